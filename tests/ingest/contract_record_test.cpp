// Past contracts JSONL: parse_contract validates, contract_record writes what it reads back,
// read_contracts reads a file with the JSONL reader's error model.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pesmatch/contracts.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using nlohmann::json;

// The contract of the real result notice 2026/BZP 00453849 (shared examples), as imported.
json wieliczka() {
  return json{{"id", "BZP-2026-00453849/1"},
              {"notice", "BZP-2026-00453849"},
              {"tender_ref", "ocds-148610-d4fb88dc-cb6a-4b13-91e5-1d3394c48971"},
              {"title", "Dostawa odzieży, obuwia ochronnego i roboczego oraz akcesoriów ochronnych"},
              {"cpv", {"18143000-3", "18142000-6", "18141000-9"}},
              {"buyer", {{"name", "KOPALNIA SOLI \"WIELICZKA\" SPÓŁKA AKCYJNA"}, {"nip", "6830003427"}, {"teryt", "1219053"}}},
              {"winner",
               {{"name", "Przedsiębiorstwo Wielobranżowe MADA Kosiec i Wspólnicy sp.k."},
                {"nip", "1181625269"},
                {"town", "Warszawa"},
                {"teryt", "1465011"}}},
              {"value_pln", 31740.15},
              {"date", "2026-09-11"}};
}

std::string message_of(const json& record) {
  try {
    parse_contract(record.dump(), test::reference(), "c.jsonl", 4);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    return e.what();
  }
  return "no error";
}

TEST(ContractRecordTest, Parse_AllFields) {
  const auto c = parse_contract(wieliczka().dump(), test::reference());
  EXPECT_EQ(c.id, "BZP-2026-00453849/1");
  EXPECT_EQ(c.notice, "BZP-2026-00453849");
  EXPECT_EQ(c.tender_ref, "ocds-148610-d4fb88dc-cb6a-4b13-91e5-1d3394c48971");
  ASSERT_EQ(c.cpv.size(), 3u);
  EXPECT_EQ(c.cpv.front().str(), "18143000-3");
  EXPECT_EQ(c.buyer_teryt->str(), "1219053");
  EXPECT_EQ(c.buyer_nip, "6830003427");
  EXPECT_EQ(c.winner.name, "Przedsiębiorstwo Wielobranżowe MADA Kosiec i Wspólnicy sp.k.");
  EXPECT_EQ(c.winner.nip, "1181625269");
  EXPECT_EQ(c.winner.town, "Warszawa");
  EXPECT_EQ(c.winner.teryt->str(), "1465011");
  EXPECT_DOUBLE_EQ(*c.value_pln, 31740.15);
  EXPECT_EQ(c.date, "2026-09-11");
}

TEST(ContractRecordTest, Record_ReadsBackEqual) {
  const auto c = parse_contract(wieliczka().dump(), test::reference());
  EXPECT_EQ(json::parse(contract_record(c)), wieliczka());
}

TEST(ContractRecordTest, Record_OmitsUnknownOptionalFields) {
  json minimal{{"id", "X-1"}, {"title", "Catering"}, {"cpv", {"55520000-1"}}, {"winner", {{"name", "Smaki"}}},
               {"date", "2025-01-31"}};
  const auto c = parse_contract(minimal.dump(), test::reference());
  EXPECT_FALSE(c.value_pln);
  EXPECT_FALSE(c.buyer_teryt);
  EXPECT_EQ(json::parse(contract_record(c)), minimal);
}

TEST(ContractRecordTest, Reject_BadWinnerNip) {
  auto r = wieliczka();
  r["winner"]["nip"] = "1181625260";
  EXPECT_EQ(message_of(r), "c.jsonl:4: winner.nip \"1181625260\": bad NIP checksum");
}

TEST(ContractRecordTest, Reject_MissingWinner) {
  auto r = wieliczka();
  r.erase("winner");
  EXPECT_EQ(message_of(r), "c.jsonl:4: winner: missing required field");
}

TEST(ContractRecordTest, Reject_EmptyWinnerName) {
  auto r = wieliczka();
  r["winner"]["name"] = " ";
  EXPECT_EQ(message_of(r), "c.jsonl:4: winner.name: must not be empty");
}

TEST(ContractRecordTest, Reject_BadDate) {
  auto r = wieliczka();
  r["date"] = "2026-02-30";
  EXPECT_EQ(message_of(r), "c.jsonl:4: date \"2026-02-30\": expected a date YYYY-MM-DD");
}

TEST(ContractRecordTest, Reject_UnknownBuyerTeryt) {
  auto r = wieliczka();
  r["buyer"]["teryt"] = "1299";
  EXPECT_EQ(message_of(r).rfind("c.jsonl:4: buyer.teryt \"1299\": ", 0), 0u) << message_of(r);
}

TEST(ContractRecordTest, ReadContracts_DuplicateIdNamesFirstLine) {
  test::TempDir dir;
  const auto line = wieliczka().dump();
  const auto path = dir.write("c.jsonl", line + "\n\n" + line + "\n");
  try {
    read_contracts(path, test::reference());
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), path + ":3: id \"BZP-2026-00453849/1\": duplicate id (first on line 1)");
  }
}

TEST(ContractRecordTest, ReadContracts_SkipInvalidKeepsTheRest) {
  test::TempDir dir;
  auto bad = wieliczka();
  bad["id"] = "B-2";
  bad["cpv"] = json::array();
  const auto path = dir.write("c.jsonl", wieliczka().dump() + "\n" + bad.dump() + "\n");
  const auto read = read_contracts(path, test::reference(), IngestOptions{true});
  ASSERT_EQ(read.records.size(), 1u);
  ASSERT_EQ(read.rejected.size(), 1u);
  EXPECT_EQ(std::string(read.rejected.front().what()), path + ":2: cpv: must not be empty");
}

}  // namespace
}  // namespace pesmatch
