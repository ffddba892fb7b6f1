#include "pesmatch/matcher.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "pesmatch/error.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using ::testing::Contains;
using ::testing::Not;

class MatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    Analyzer analyzer = test::make_analyzer();
    const auto catalogue = read_catalogue(test::fixture("mini_pes.jsonl"), test::reference()).records;
    build_index(dir_->path("db"), catalogue, {}, test::reference(), analyzer, {"d"});
  }
  static void TearDownTestSuite() { delete dir_; }

  Analyzer analyzer = test::make_analyzer();
  Matcher matcher{dir_->path("db"), {test::reference(), analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()}};

  Tender tender(const std::string& json) { return parse_tender(json, test::reference()); }
  static std::vector<std::string> ids(const std::vector<RankedPes>& ranked) {
    std::vector<std::string> out;
    for (const auto& r : ranked) out.push_back(r.id);
    return out;
  }

  static test::TempDir* dir_;
};

test::TempDir* MatcherTest::dir_ = nullptr;

const char* kSchoolMeals =
    R"({"id":"T1","title":"Dostarczanie posiłków dla uczniów szkół w Gminie Niepołomice","cpv":["55523100-3"],)"
    R"("place_teryt":["1219043"],"reserved":"art94"})";

TEST_F(MatcherTest, RanksLocalCateringCooperativeFirst_ForReservedSchoolMeals) {
  const auto r = matcher.match(tender(kSchoolMeals));
  ASSERT_FALSE(r.ranked.empty());
  EXPECT_EQ(r.ranked.front().id, "MINI01");
}

TEST_F(MatcherTest, LeavesIneligibleOut_OfReservedResults) {
  const auto r = matcher.match(tender(kSchoolMeals));
  EXPECT_THAT(ids(r.ranked), Not(Contains("MINI07")));  // KGW, no art. 94 basis
  EXPECT_THAT(ids(r.ranked), Not(Contains("MINI02")));  // foundation with 20 %
  EXPECT_TRUE(r.excluded.empty());
}

TEST_F(MatcherTest, ListsExcludedWithReason_WhenAsked) {
  MatchOptions options;
  options.show_excluded = true;
  const auto r = matcher.match(tender(kSchoolMeals), options);
  ASSERT_THAT(ids(r.excluded), Contains("MINI07"));
  const auto kgw = std::find_if(r.excluded.begin(), r.excluded.end(), [](const auto& p) { return p.id == "MINI07"; });
  EXPECT_FALSE(kgw->eligibility.eligible);
  EXPECT_EQ(kgw->eligibility.reason, "art. 94 PZP: not an integration employer (share of employees from art. 94 groups unknown)");
}

TEST_F(MatcherTest, ContributionsSumToTheScore_ForEveryResult) {
  const auto r = matcher.match(tender(kSchoolMeals));
  for (const auto& p : r.ranked) {
    double sum = 0;
    for (const auto& f : p.factors) {
      EXPECT_DOUBLE_EQ(f.contribution, f.value * f.weight);
      EXPECT_GE(f.value, 0.0);
      EXPECT_LE(f.value, 1.0);
      sum += f.contribution;
    }
    EXPECT_NEAR(sum, p.score, 1e-12) << p.id;
    EXPECT_EQ(p.factors.size(), kFeatureCount);
  }
}

TEST_F(MatcherTest, TopKEqualsSortThenTake_ForEveryK) {
  MatchOptions all;
  all.top_k = 1000;
  const auto full = matcher.match(tender(kSchoolMeals), all);
  EXPECT_TRUE(std::is_sorted(full.ranked.begin(), full.ranked.end(), ranks_before));
  for (std::size_t k = 1; k <= full.ranked.size(); ++k) {
    MatchOptions options;
    options.top_k = k;
    const auto top = matcher.match(tender(kSchoolMeals), options);
    const auto all_ids = ids(full.ranked);
    const std::vector<std::string> expected(all_ids.begin(), all_ids.begin() + static_cast<std::ptrdiff_t>(k));
    EXPECT_EQ(ids(top.ranked), expected) << "k=" << k;
  }
}

TEST_F(MatcherTest, FindsThinRecordsByText_WhenTheyHaveNoCodes) {
  // MINI07 has no CPV/PKD and writes without diacritics ("posilki"); an open order must find it.
  const auto r = matcher.match(tender(
      R"({"id":"T2","title":"Przygotowanie posiłków na festyn gminny","cpv":["55520000-1"],"place_teryt":["1219043"]})"));
  EXPECT_THAT(ids(r.ranked), Contains("MINI07"));
}

TEST_F(MatcherTest, PrefersTransportCooperative_ForTransportOfDisabledPeople) {
  const auto r = matcher.match(tender(
      R"({"id":"T3","title":"Dowóz uczniów niepełnosprawnych do placówek oświatowych","cpv":["60130000-8"],"place_teryt":["1261011"]})"));
  ASSERT_FALSE(r.ranked.empty());
  EXPECT_EQ(r.ranked.front().id, "MINI05");
  const auto& cpv = r.ranked.front().factors[static_cast<std::size_t>(Feature::cpv)];
  EXPECT_EQ(cpv.value, 1.0);
  EXPECT_EQ(cpv.detail, "60130000-8 is 60130000-8");
}

TEST_F(MatcherTest, ExplainsDistanceInKilometres_FromThePlaceOfPerformance) {
  const auto r = matcher.match(tender(kSchoolMeals));
  const auto gdansk = std::find_if(r.ranked.begin(), r.ranked.end(), [](const auto& p) { return p.id == "MINI04"; });
  ASSERT_NE(gdansk, r.ranked.end());
  EXPECT_GT(gdansk->distance_km, 400.0);
  EXPECT_LT(gdansk->distance_km, 600.0);
  EXPECT_EQ(gdansk->factors[static_cast<std::size_t>(Feature::same_wojewodztwo)].value, 0.0);
}

TEST_F(MatcherTest, ReturnsTheRecordWithContact_ForEachResult) {
  const auto r = matcher.match(tender(kSchoolMeals));
  ASSERT_FALSE(r.ranked.empty());
  EXPECT_NE(r.ranked.front().record.contact_json.find("kasek@example.pl"), std::string::npos);
  EXPECT_EQ(r.ranked.front().record.id, r.ranked.front().id);
  EXPECT_EQ(r.ranked.front().record.legal_form, LegalForm::spoldzielnia_socjalna);
  EXPECT_EQ(r.ranked.front().name, "Spółdzielnia Socjalna „Smaczny Kąsek”");
}

TEST_F(MatcherTest, ReportsUnopenableIndex_AsIoError) {
  try {
    Matcher missing("/nonexistent/db", {test::reference(), analyzer, Model{}, test::data_dir()});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(std::string(e.what()).rfind("/nonexistent/db: cannot open index: ", 0), 0u) << e.what();
  }
}

TEST_F(MatcherTest, DeadlineAlreadyPassed_ThrowsTimeoutBeforeRetrieval) {
  MatchOptions options;
  options.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  try {
    (void)matcher.match(tender(kSchoolMeals), options);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::timeout);
    EXPECT_STREQ(e.what(), "deadline passed before candidate retrieval");
    EXPECT_EQ(e.exit_code(), 4) << "the contract has no exit code of its own for a timeout";
  }
}

TEST_F(MatcherTest, DeadlineNotReached_ChangesNoResult) {
  MatchOptions options;
  options.deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
  const auto limited = matcher.match(tender(kSchoolMeals), options);
  const auto free = matcher.match(tender(kSchoolMeals));
  EXPECT_EQ(ids(limited.ranked), ids(free.ranked));
  ASSERT_FALSE(limited.ranked.empty());
  EXPECT_EQ(limited.ranked.front().score, free.ranked.front().score);
}

// One engine per thread is the documented way to match concurrently (the server's workers do
// so). The engines must then share nothing: a global Xapian query (Query::MatchAll, with a
// reference count that is not atomic) copied by every match once crashed `serve` under load.
TEST_F(MatcherTest, EnginesOnSeveralThreads_AnswerAsOneThreadDoes) {
  const Tender unreserved = tender(
      R"({"id":"T9","title":"Sprzątanie budynków urzędu gminy","cpv":["90911200-8"],"place_teryt":["1219043"]})");
  const auto expected = ids(matcher.match(unreserved).ranked);
  ASSERT_FALSE(expected.empty());
  std::vector<int> wrong(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < wrong.size(); ++t)
    threads.emplace_back([&, t] {
      Analyzer own_analyzer = test::make_analyzer();
      Matcher own(dir_->path("db"), {test::reference(), own_analyzer, Model::load(test::data_dir() + "/model.json"),
                  test::data_dir()});
      for (int i = 0; i < 600; ++i)
        if (ids(own.match(unreserved).ranked) != expected) ++wrong[t];
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong, std::vector<int>(wrong.size(), 0));
}

// PES with the same text weigh the same. When they straddle the candidate cut-off, the lower ids
// get in, as in every layout: here the seats number the documents in the opposite order.
TEST_F(MatcherTest, TiesAtTheCandidateCutOff_AdmitTheLowestIds_WhateverTheDocumentOrder) {
  test::TempDir dir;
  std::string lines;
  const std::pair<const char*, const char*> twins[] = {{"TWIN6", "0264011"}, {"TWIN5", "1061011"}, {"TWIN4", "1219043"},
                                                       {"TWIN3", "1465011"}, {"TWIN2", "2261011"}, {"TWIN1", "3064011"}};
  for (const auto& [id, teryt] : twins)
    lines += std::string(R"({"id":")") + id + R"(","name":"Spółdzielnia Socjalna Porządek","legal_form":"spoldzielnia_socjalna",)" +
             R"("teryt":")" + teryt + R"(","description":"Sprzątanie biur i urzędów, mycie okien."})" + "\n";
  build_index(dir.path("db"), read_catalogue(dir.write("twins.jsonl", lines), test::reference()).records, {}, test::reference(),
              analyzer, {"twins"});
  Matcher twin_matcher(dir.path("db"), {test::reference(), analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()});
  MatchOptions options;
  options.text_candidates = 2;
  options.local_candidates = 0;
  const auto r = twin_matcher.match(tender(R"({"id":"T","title":"Sprzątanie biur","cpv":["90910000-9"],"place_teryt":["1219043"]})"), options);
  EXPECT_EQ(r.candidates, 2u);
  auto got = ids(r.ranked);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"TWIN1", "TWIN2"}));
}

}  // namespace
}  // namespace pesmatch
