#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "pesmatch/baselines.hpp"
#include "pesmatch/error.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using ::testing::ElementsAre;

class BaselinesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    Analyzer analyzer = test::make_analyzer();
    build_index(dir_->path("db"), read_catalogue(test::fixture("mini_pes.jsonl"), test::reference()).records, {},
                test::reference(), analyzer, {"d"});
  }
  static void TearDownTestSuite() { delete dir_; }
  Analyzer analyzer = test::make_analyzer();
  TenderBaselines baselines{dir_->path("db"), test::reference(), analyzer};
  static test::TempDir* dir_;
};

test::TempDir* BaselinesTest::dir_ = nullptr;

TEST_F(BaselinesTest, DirectoryListsPowiatBeforeWojewodztwo_InNameOrder) {
  // Main CPV label "Usługi w zakresie posiłków szkolnych": the officer searches "posiłków". In the
  // place's powiat (1219) that finds the CIS in Wieliczka and the KGW in Podgrabie (name order),
  // then the ZAZ in Bochnia elsewhere in Małopolska; the cooperative that writes "obiady" is
  // missed, and so is everyone outside the województwo.
  const auto found = baselines.directory(parse_tender(
      R"({"id":"T","title":"x","cpv":["55523100-3"],"place_teryt":["1219043"]})", test::reference()), 10);
  EXPECT_THAT(found, ElementsAre("MINI03", "MINI07", "MINI08"));
}

TEST_F(BaselinesTest, DirectoryCutsAtK) {
  const auto found = baselines.directory(parse_tender(
      R"({"id":"T","title":"x","cpv":["55523100-3"],"place_teryt":["1219043"]})", test::reference()), 2);
  EXPECT_THAT(found, ElementsAre("MINI03", "MINI07"));
}

TEST_F(BaselinesTest, Bm25RanksByTextAlone_IgnoringDistanceAndEligibility) {
  const auto ids = baselines.bm25(parse_tender(
      R"({"id":"T","title":"Catering i żywienie zbiorowe","cpv":["55520000-1"],"place_teryt":["1219043"],"reserved":"art94"})",
      test::reference()), 3);
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(ids.front(), "MINI04");  // Gdańsk, 500 km away, but its text says exactly that
}

TEST_F(BaselinesTest, Bm25WithWojewodztwoFilter_KeepsOnlyPesSeatedInThePlacesWojewodztwo) {
  const auto tender = parse_tender(
      R"({"id":"T","title":"Catering i żywienie zbiorowe","cpv":["55520000-1"],"place_teryt":["1219043"]})", test::reference());
  const auto ids = baselines.bm25_wojewodztwo(tender, 10);
  ASSERT_FALSE(ids.empty());
  EXPECT_THAT(ids, ::testing::Not(::testing::Contains("MINI04")));  // Gdańsk, Pomorskie
  const auto all = baselines.bm25(tender, 10);
  std::vector<std::string> in_malopolska;  // the plain BM25 order, seats 12xx only
  for (const auto& id : all)
    if (id != "MINI04") in_malopolska.push_back(id);
  EXPECT_EQ(ids, in_malopolska);
}

TEST_F(BaselinesTest, MissingIndex_IsAnIoErrorNamingIt) {
  try {
    TenderBaselines missing("/nonexistent/db", test::reference(), analyzer);
    FAIL() << "opened a missing index";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(std::string(e.what()).rfind("/nonexistent/db: cannot open index: ", 0), 0u) << e.what();
  }
}

}  // namespace
}  // namespace pesmatch
