#include "pesmatch/baselines.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pesmatch/error.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

// The mini catalogue indexed with the open tenders ("db") and without ("pes-only").
class PesBaselinesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    Analyzer indexing = test::make_analyzer();
    const auto pes = read_catalogue(test::fixture("mini_pes.jsonl"), test::reference()).records;
    const auto open = read_tenders(test::fixture("mini_open_tenders.jsonl"), test::reference()).records;
    build_index(dir_->path("db"), pes, open, test::reference(), indexing, {"d"});
    build_index(dir_->path("pes-only"), pes, {}, test::reference(), indexing, {"d"});
  }
  static void TearDownTestSuite() { delete dir_; }
  Analyzer analyzer = test::make_analyzer();
  PesBaselines baselines{dir_->path("db"), test::reference(), analyzer};
  static test::TempDir* dir_;
};

test::TempDir* PesBaselinesTest::dir_ = nullptr;

TEST_F(PesBaselinesTest, DirectoryBaseline_FindsTheServiceKeywordInThePowiat_NewestFirst_ClosedOnesToo) {
  // MINI02 has no CPV: its first service tag "sprzątanie biur" gives the keyword. OT1 and OT3 are
  // cleaning orders in its powiat (OT3 closed: baselines know no deadline); OT1 is newer.
  EXPECT_EQ(baselines.directory("MINI02", 10), (std::vector<std::string>{"OT1", "OT3"}));
  EXPECT_EQ(baselines.directory("MINI02", 1), (std::vector<std::string>{"OT1"}));
}

TEST_F(PesBaselinesTest, Bm25Baseline_RanksByTextAlone_IncludingClosedTenders) {
  const auto ids = baselines.bm25("MINI02", 10);
  ASSERT_FALSE(ids.empty());
  EXPECT_THAT(ids, ::testing::Contains("OT3"));
  EXPECT_THAT(ids, ::testing::Not(::testing::Contains("OT4")));  // care services share no word with cleaning
}

TEST_F(PesBaselinesTest, Baselines_RejectUnknownPes) {
  for (const auto& rank : {&PesBaselines::bm25, &PesBaselines::directory}) {
    try {
      (void)(baselines.*rank)("NOPE", 10);
      FAIL() << "ranked for an unknown PES";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::invalid_input);
      EXPECT_STREQ(e.what(), "pes-id \"NOPE\": no PES with this id in the index");
    }
  }
}

TEST_F(PesBaselinesTest, IndexWithoutTenders_IsAnIoError) {
  try {
    PesBaselines none(dir_->path("pes-only"), test::reference(), analyzer);
    FAIL() << "opened an index without tenders";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(e.problem(), "index has no tenders (build it with index --tenders)");
  }
}

}  // namespace
}  // namespace pesmatch
