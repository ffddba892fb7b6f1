// parse_tender and read_tenders: contract section 2 and its error messages.
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>
#include <string>

#include "ingest/record_json.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using nlohmann::json;

const json kFull = json::parse(R"({
  "id": "2025-BZP-00123456-01", "title": "Sprzątanie budynku Urzędu Gminy",
  "description": "Codzienne sprzątanie pomieszczeń biurowych i mycie okien.",
  "cpv": ["90911200-8", "90911300-9"], "buyer": {"name": "Gmina Bolesławiec", "teryt": "0201022"},
  "place_teryt": ["0201022", "0201"], "reserved": "art94", "social_clauses": ["employment"],
  "value_pln": 98000.5, "published": "2025-03-01", "deadline": "2025-03-17"
})");

const json kMinimal = json::parse(R"({"id": "T1", "title": "Catering", "cpv": ["55520000-1"], "place_teryt": ["14"]})");

Tender parse(const json& record) { return parse_tender(record.dump(), test::reference(), "tenders.jsonl", 5); }

std::string error_of(const json& patch) {
  json record = kMinimal;
  record.merge_patch(patch);
  try {
    (void)parse(record);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    return e.what();
  }
  return "";
}

TEST(TenderParserTest, ParsesFullTender_EveryField) {
  const Tender t = parse(kFull);
  EXPECT_EQ(t.id, "2025-BZP-00123456-01");
  EXPECT_EQ(t.title, "Sprzątanie budynku Urzędu Gminy");
  EXPECT_EQ(t.description, "Codzienne sprzątanie pomieszczeń biurowych i mycie okien.");
  ASSERT_EQ(t.cpv.size(), 2u);
  EXPECT_EQ(t.cpv[0].str(), "90911200-8");
  EXPECT_EQ(t.cpv[1].str(), "90911300-9");
  EXPECT_EQ(t.buyer_name, "Gmina Bolesławiec");
  ASSERT_TRUE(t.buyer_teryt.has_value());
  EXPECT_EQ(t.buyer_teryt->str(), "0201022");
  ASSERT_EQ(t.places.size(), 2u);
  EXPECT_EQ(t.places[0].str(), "0201022");
  EXPECT_EQ(t.places[1].str(), "0201");
  EXPECT_EQ(t.reserved, Reservation::art94);
  EXPECT_EQ(t.social_clauses, (std::vector<std::string>{"employment"}));
  EXPECT_EQ(t.value_pln, 98000.5);
  EXPECT_EQ(t.published, "2025-03-01");
  EXPECT_EQ(t.deadline, "2025-03-17");
}

TEST(TenderParserTest, RoundTripsFullTender_ThroughContractJson) {
  EXPECT_EQ(detail::to_json(parse(kFull)), kFull);
}

TEST(TenderParserTest, AppliesDefaults_ForOptionalFields) {
  const Tender t = parse(kMinimal);
  EXPECT_EQ(t.reserved, Reservation::none);
  EXPECT_TRUE(t.description.empty());
  EXPECT_TRUE(t.buyer_name.empty());
  EXPECT_FALSE(t.buyer_teryt.has_value());
  EXPECT_FALSE(t.value_pln.has_value());
  EXPECT_TRUE(t.published.empty() && t.deadline.empty());
  ASSERT_EQ(t.places.size(), 1u);
  EXPECT_EQ(t.places[0].level(), TerytLevel::wojewodztwo);
}

TEST(TenderParserTest, ParsesArt361Reservation) {
  EXPECT_EQ(parse(json{{"id", "T"}, {"title", "Opieka"}, {"cpv", {"85312000-9"}}, {"place_teryt", {"1261"}},
                       {"reserved", "art361"}})
                .reserved,
            Reservation::art361);
}

TEST(TenderParserTest, RejectsMissingCpv) {
  EXPECT_EQ(error_of({{"cpv", nullptr}}), "tenders.jsonl:5: cpv: missing required field");
  EXPECT_EQ(error_of({{"cpv", json::array()}}), "tenders.jsonl:5: cpv: must not be empty");
}

TEST(TenderParserTest, RejectsBadCpv_WithIndex) {
  EXPECT_EQ(error_of({{"cpv", {"55520000-1", "90910000-8"}}}),
            "tenders.jsonl:5: cpv[1] \"90910000-8\": bad check digit");
}

TEST(TenderParserTest, RejectsEmptyOrMissingPlaceTeryt) {
  EXPECT_EQ(error_of({{"place_teryt", json::array()}}), "tenders.jsonl:5: place_teryt: must not be empty");
  EXPECT_EQ(error_of({{"place_teryt", nullptr}}), "tenders.jsonl:5: place_teryt: missing required field");
  EXPECT_EQ(error_of({{"place_teryt", {"14", "1499"}}}), "tenders.jsonl:5: place_teryt[1] \"1499\": unknown TERC unit");
}

TEST(TenderParserTest, RejectsUnknownReservation_ListingAllowedValues) {
  EXPECT_EQ(error_of({{"reserved", "art95"}}),
            "tenders.jsonl:5: reserved \"art95\": expected \"art94\", \"art361\" or no value");
  EXPECT_EQ(error_of({{"reserved", true}}), "tenders.jsonl:5: reserved: expected a string, got boolean");
}

TEST(TenderParserTest, RejectsBadDates) {
  const auto bad_date = [](const char* field, const char* value) {
    return "tenders.jsonl:5: " + std::string(field) + " \"" + value + "\": expected a date YYYY-MM-DD";
  };
  EXPECT_EQ(error_of({{"published", "2025-13-01"}}), bad_date("published", "2025-13-01"));
  EXPECT_EQ(error_of({{"deadline", "17.03.2025"}}), bad_date("deadline", "17.03.2025"));
  EXPECT_EQ(error_of({{"deadline", "2025-02-29"}}), bad_date("deadline", "2025-02-29"));  // not a leap year
  EXPECT_EQ(error_of({{"deadline", "2025-04-31"}}), bad_date("deadline", "2025-04-31"));
  EXPECT_EQ(error_of({{"deadline", "2025-04-00"}}), bad_date("deadline", "2025-04-00"));
  EXPECT_EQ(error_of({{"deadline", "2024-02-29"}}), "");  // leap year
}

TEST(TenderParserTest, RejectsUnknownBuyerTeryt_WithNestedPath) {
  EXPECT_EQ(error_of({{"buyer", {{"name", "Gmina X"}, {"teryt", "9999"}}}}),
            "tenders.jsonl:5: buyer.teryt \"9999\": unknown TERC unit");
  EXPECT_EQ(error_of({{"buyer", "Gmina X"}}), "tenders.jsonl:5: buyer: expected an object, got string");
}

TEST(TenderParserTest, RejectsMissingTitle_IdWithWhiteSpace_AndNegativeValue) {
  EXPECT_EQ(error_of({{"title", nullptr}}), "tenders.jsonl:5: title: missing required field");
  EXPECT_EQ(error_of({{"id", "BZP 1"}}), "tenders.jsonl:5: id \"BZP 1\": must not contain white space");
  EXPECT_EQ(error_of({{"value_pln", -1}}), "tenders.jsonl:5: value_pln \"-1\": out of range [0.0, 10000000000000.0]");
}

TEST(TenderParserTest, ReadsSingleJsonObject) {
  const test::TempDir dir;
  const auto path = dir.write("tender.json", kFull.dump(2));
  const auto result = read_tenders(path, test::reference());
  ASSERT_EQ(result.records.size(), 1u);
  EXPECT_EQ(result.records[0].id, "2025-BZP-00123456-01");
  EXPECT_TRUE(result.rejected.empty());
}

TEST(TenderParserTest, ReadsJsonArray_InOrder) {
  const test::TempDir dir;
  json second = kMinimal;
  second["id"] = "T2";
  const auto path = dir.write("tenders.json", "\xEF\xBB\xBF" + json::array({kMinimal, second}).dump(2) + "\n");
  const auto result = read_tenders(path, test::reference());
  ASSERT_EQ(result.records.size(), 2u);
  EXPECT_EQ(result.records[0].id, "T1");
  EXPECT_EQ(result.records[1].id, "T2");
}

TEST(TenderParserTest, PrettyPrintedJson_NamesTheLineOfTheBadField) {
  const test::TempDir dir;
  json bad = kMinimal;
  bad["buyer"] = {{"name", "Gmina X"}, {"teryt", "9999"}};
  // dump(2) of an object: "{", then the keys in order (buyer, cpv, id, …), one per line.
  const auto single = dir.write("tender.json", bad.dump(2));
  try {
    (void)read_tenders(single, test::reference());
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), single + ":4: buyer.teryt \"9999\": unknown TERC unit");
  }
  json second = kMinimal;
  second["id"] = "T2";
  second["cpv"] = json::array({"90910000-9", "90910000-8"});
  const auto array = dir.write("tenders.json", json::array({kMinimal, second}).dump(2));
  const std::string text = json::array({kMinimal, second}).dump(2);
  const auto cpv_line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(text.find("90910000-8")), '\n')) + 1;
  const auto result = read_tenders(array, test::reference(), IngestOptions{true});
  ASSERT_EQ(result.rejected.size(), 1u);
  EXPECT_EQ(std::string(result.rejected[0].what()),
            array + ":" + std::to_string(cpv_line) + ": cpv[1] \"90910000-8\": bad check digit");
}

TEST(TenderParserTest, RejectsEmptyJsonArray_AsNoTenders) {
  const test::TempDir dir;
  const auto path = dir.write("tenders.json", " [ ]\n");
  try {
    (void)read_tenders(path, test::reference());
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), path + ": no tenders in file");
  }
}

TEST(TenderParserTest, RejectsMalformedJsonArray_WithByte) {
  const test::TempDir dir;
  const auto path = dir.write("tenders.json", "[{\"id\": }]");
  try {
    (void)read_tenders(path, test::reference());
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()).rfind(path + ":1: malformed JSON at byte ", 0), 0u) << e.what();
  }
}

TEST(TenderParserTest, ReadsJsonl_AndNamesLineOfBadRecord) {
  const test::TempDir dir;
  json bad = kMinimal;
  bad["id"] = "T3";
  bad["place_teryt"] = json::array();
  const auto path = dir.write("tenders.jsonl", kMinimal.dump() + "\n\n" + kFull.dump() + "\n" + bad.dump() + "\n");
  try {
    (void)read_tenders(path, test::reference());
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), path + ":4: place_teryt: must not be empty");
  }
  const auto result = read_tenders(path, test::reference(), IngestOptions{true});
  ASSERT_EQ(result.records.size(), 2u);
  EXPECT_EQ(result.records[1].id, "2025-BZP-00123456-01");
  ASSERT_EQ(result.rejected.size(), 1u);
  EXPECT_EQ(result.rejected[0].where().line, 4u);
}

}  // namespace
}  // namespace pesmatch
