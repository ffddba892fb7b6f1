// Awarded contracts in the index: winners linked to catalogue PES (by NIP, else by name and
// gmina) become references the ranking uses; comparable_contracts reads them back for `market`;
// add_contracts adds to the published index. A real Xapian index on disk over tests/data/mini_pes.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "pesmatch/contracts.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "pesmatch/market.hpp"
#include "pesmatch/matcher.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using nlohmann::json;

// The contract of the real result notice 2026/BZP 00453849 with `winner` and `id` changed.
AwardedContract contract(const std::string& id, const json& winner, const std::string& date = "2026-09-11") {
  json j{{"id", id},
         {"notice", "BZP-2026-00453849"},
         {"title", "Dostawa odzieży, obuwia ochronnego i roboczego oraz akcesoriów ochronnych"},
         {"cpv", {"18143000-3", "18142000-6", "18141000-9"}},
         {"buyer", {{"name", "KOPALNIA SOLI \"WIELICZKA\" SPÓŁKA AKCYJNA"}, {"teryt", "1219053"}}},
         {"winner", winner},
         {"value_pln", 31740.15},
         {"date", date}};
  return parse_contract(j.dump(), test::reference());
}

const RankedPes* find(const MatchResult& r, const std::string& id) {
  for (const auto* list : {&r.ranked, &r.excluded})
    for (const auto& p : *list)
      if (p.id == id) return &p;
  return nullptr;
}

class ContractIndexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    auto catalogue = read_catalogue(test::fixture("mini_pes.jsonl"), test::reference()).records;
    catalogue.front().nip = "1181625269";  // MINI01 is the winner of the real notice, by NIP
    Analyzer analyzer = test::make_analyzer();
    stats_ = build_index(dir_->path("db"), catalogue, {}, test::reference(), analyzer, {"cafe0123"}, {}, ShardBy::none,
                         {contract("C/1", {{"name", "MADA sp.k."}, {"nip", "1181625269"}, {"town", "Warszawa"}}),
                          contract("C/2", {{"name", "FUNDACJA CZYSTY DOM"}, {"town", "Niepołomice"}, {"teryt", "1219043"}},
                                   "2025-05-01"),
                          contract("C/3", {{"name", "Hurtownia BHP Kowalski"}, {"town", "Kraków"}, {"teryt", "1261011"}},
                                   "2026-01-20")});
  }
  static void TearDownTestSuite() { delete dir_; }

  Tender gloves = parse_tender(
      R"({"id":"T1","title":"Dostawa rękawic roboczych i okularów ochronnych","cpv":["18141000-9"],"place_teryt":["1219043"]})",
      test::reference());
  static test::TempDir* dir_;
  static IndexStats stats_;
};

test::TempDir* ContractIndexTest::dir_ = nullptr;
IndexStats ContractIndexTest::stats_;

TEST_F(ContractIndexTest, Build_LinksWinnersByNipThenNameAndGmina) {
  EXPECT_EQ(stats_.contracts, 3u);
  EXPECT_EQ(stats_.contracts_linked, 2u);
  const auto found = comparable_contracts(dir_->path("db"), gloves, test::reference());
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].contract.id, "C/1");  // newest first
  EXPECT_EQ(found[0].winner_pes, "MINI01");
  EXPECT_EQ(found[1].contract.id, "C/3");
  EXPECT_EQ(found[1].winner_pes, "");  // no catalogue PES
  EXPECT_EQ(found[2].contract.id, "C/2");
  EXPECT_EQ(found[2].winner_pes, "MINI02");
  EXPECT_DOUBLE_EQ(*found[0].contract.value_pln, 31740.15);
}

TEST_F(ContractIndexTest, Comparable_OtherCpvGroupOrWojewodztwoNotListed) {
  auto elsewhere = gloves;
  elsewhere.places = {*TerytCode::parse("1465011").value};  // Warszawa: the buyer is in małopolskie
  EXPECT_TRUE(comparable_contracts(dir_->path("db"), elsewhere, test::reference()).empty());
  auto meals = gloves;
  meals.cpv = {*test::reference().cpv.parse("55523100-3").value};
  EXPECT_TRUE(comparable_contracts(dir_->path("db"), meals, test::reference()).empty());
}

TEST_F(ContractIndexTest, Match_WonContractIsAReference) {
  Analyzer analyzer = test::make_analyzer();
  Matcher matcher(dir_->path("db"), {test::reference(), analyzer, Model::load(test::data_dir() + "/model.json"),
                  test::data_dir()});
  MatchOptions all;
  all.top_k = matcher.size();
  all.show_excluded = true;
  const auto result = matcher.match(gloves, all);
  const auto* winner = find(result, "MINI01");
  ASSERT_NE(winner, nullptr);
  const auto& ref = winner->factors[static_cast<std::size_t>(Feature::references)];
  EXPECT_DOUBLE_EQ(ref.value, 1.0);  // MINI01 lists no references of its own: the won contract is one
  const auto* other = find(result, "MINI03");
  ASSERT_NE(other, nullptr);
  EXPECT_DOUBLE_EQ(other->factors[static_cast<std::size_t>(Feature::references)].value, 0.0);
}

TEST_F(ContractIndexTest, Market_ListsAwardedContractsOnceWithWinners) {
  Analyzer analyzer = test::make_analyzer();
  Matcher matcher(dir_->path("db"), {test::reference(), analyzer, Model::load(test::data_dir() + "/model.json"),
                  test::data_dir()});
  const auto awarded = comparable_contracts(dir_->path("db"), gloves, test::reference());
  const auto s = survey_market(matcher, gloves, MarketOptions{}, "2026-11-23", awarded);
  ASSERT_EQ(s.comparable.size(), 3u);  // MINI01's and MINI02's references are these contracts, listed once
  EXPECT_EQ(s.comparable[0].winner, "MADA sp.k.");
  EXPECT_EQ(s.comparable[0].pes_id, "MINI01");
  EXPECT_EQ(s.comparable[0].winner_nip, "1181625269");
  EXPECT_EQ(s.comparable[0].date, "2026-09-11");
  EXPECT_DOUBLE_EQ(s.comparable[0].value_pln, 31740.15);
  EXPECT_EQ(s.comparable[1].winner, "Hurtownia BHP Kowalski");
  EXPECT_EQ(s.comparable[1].pes_id, "");
  const auto j = json::parse(market_json(s));
  EXPECT_EQ(j["comparable_contracts"][1]["winner"], "Hurtownia BHP Kowalski");
  EXPECT_EQ(j["comparable_contracts"][1]["notice"], "BZP-2026-00453849");
}

TEST(ContractIndexAddTest, AddContracts_ToPublishedIndexWithoutLink) {
  test::TempDir dir;
  Analyzer analyzer = test::make_analyzer();
  const auto catalogue = read_catalogue(test::fixture("mini_pes.jsonl"), test::reference()).records;
  build_index(dir.path("db"), catalogue, {}, test::reference(), analyzer, {"cafe0123"});
  const auto tender = parse_tender(R"({"id":"T1","title":"Rękawice","cpv":["18141000-9"],"place_teryt":["12"]})",
                                   test::reference());
  EXPECT_TRUE(comparable_contracts(dir.path("db"), tender, test::reference()).empty());
  EXPECT_EQ(add_contracts(dir.path("db"), {contract("A/1", {{"name", "Spółdzielnia Socjalna „Smaczny Kąsek”"}})},
                          test::reference()),
            1u);
  const auto found = comparable_contracts(dir.path("db"), tender, test::reference());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].contract.winner.name, "Spółdzielnia Socjalna „Smaczny Kąsek”");
  EXPECT_EQ(found[0].winner_pes, "");
}

TEST(ContractIndexAddTest, AddContracts_NoPublishedIndexIsIoError) {
  test::TempDir dir;
  try {
    add_contracts(dir.path("none"), {}, test::reference());
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(e.problem(), "no published index to add contracts to (run index first)");
  }
}

}  // namespace
}  // namespace pesmatch
