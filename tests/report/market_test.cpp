#include "pesmatch/market.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

class MarketTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    Analyzer analyzer = test::make_analyzer();
    build_index(dir_->path("db"), read_catalogue(test::fixture("mini_pes.jsonl"), test::reference()).records, {},
                test::reference(), analyzer, {"cafe0123"});
  }
  static void TearDownTestSuite() { delete dir_; }
  Analyzer analyzer = test::make_analyzer();
  Matcher matcher{dir_->path("db"), {test::reference(), analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()}};
  Tender meals = parse_tender(
      R"({"id":"T1","title":"Przygotowanie i dostarczanie posiłków dla uczniów szkół","cpv":["55523100-3"],"place_teryt":["1219043"]})",
      test::reference());
  static test::TempDir* dir_;
};

test::TempDir* MarketTest::dir_ = nullptr;

TEST_F(MarketTest, CountsEligiblePesWithinReach_AndGivesTheArt94Verdict) {
  const auto s = survey_market(matcher, meals, MarketOptions{}, "2026-11-23");
  EXPECT_GE(s.able.within_60_km, s.able_art94.within_60_km);
  EXPECT_GE(s.able.within_30_km, s.able.within_10_km);
  EXPECT_EQ(s.reachable_art94, 3u);  // the cooperative in Niepołomice, the CIS in Wieliczka, the ZAZ in Bochnia
  EXPECT_TRUE(s.art94_viable);
  EXPECT_NE(s.verdict.find("(reguła: co najmniej 2)"), std::string::npos) << s.verdict;
}

TEST_F(MarketTest, SaysReservationIsRisky_WhenTheRuleAsksForMore) {
  MarketOptions strict;
  strict.min_for_art94 = 50;
  const auto s = survey_market(matcher, meals, strict, "2026-11-23");
  EXPECT_FALSE(s.art94_viable);
  EXPECT_EQ(s.verdict.rfind("Zastrzeżenie zamówienia (art. 94 PZP) jest ryzykowne", 0), 0u) << s.verdict;
}

TEST_F(MarketTest, JsonNamesTheDataSnapshotAndParameters) {
  const auto j = nlohmann::json::parse(market_json(survey_market(matcher, meals, MarketOptions{}, "2026-11-23")));
  EXPECT_EQ(j["snapshot"]["catalogue_digest"], "cafe0123");
  EXPECT_EQ(j["snapshot"]["reference_date"], "2025-01-01");
  EXPECT_EQ(j["parameters"]["reach_km"], 60.0);
  EXPECT_FALSE(j["ranked"].empty());
}

TEST_F(MarketTest, HtmlIsAPrintablePolishReport_WithEscapedText) {
  const auto html = market_html(survey_market(matcher, meals, MarketOptions{}, "2026-11-23"));
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<html lang=\"pl\">"), std::string::npos);
  EXPECT_NE(html.find("Rozeznanie rynku"), std::string::npos);
  EXPECT_NE(html.find("rejestr TERYT na dzień 2025-01-01"), std::string::npos);
  EXPECT_NE(html.find("Spółdzielnia Socjalna „Smaczny Kąsek”"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

}  // namespace
}  // namespace pesmatch
