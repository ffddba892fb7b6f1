// BatchMatcher: a batch matched on several threads gives exactly what one Matcher gives in a
// loop, in input order, on a synthetic catalogue indexed on disk.
#include "pesmatch/batch.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "ingest/record_json.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/index.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

class BatchMatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    data_ = new test::SynthRecords(test::synth_records(*dir_, 1500, 60));
    Analyzer analyzer = test::make_analyzer();
    build_index(dir_->path("db"), data_->pes, {}, test::reference(), analyzer, {"d"});
  }
  static void TearDownTestSuite() {
    delete data_;
    delete dir_;
  }

  Analyzer analyzer = test::make_analyzer();
  Model model = Model::load(test::data_dir() + "/model.json");

  static void expect_same(const std::vector<RankedPes>& a, const std::vector<RankedPes>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].id, b[i].id);
      EXPECT_EQ(a[i].score, b[i].score);
      EXPECT_EQ(a[i].distance_km, b[i].distance_km);
      ASSERT_EQ(a[i].factors.size(), b[i].factors.size());
      for (std::size_t f = 0; f < a[i].factors.size(); ++f) {
        EXPECT_EQ(a[i].factors[f].value, b[i].factors[f].value);
        EXPECT_EQ(a[i].factors[f].detail, b[i].factors[f].detail);
      }
      EXPECT_EQ(detail::to_json(a[i].record), detail::to_json(b[i].record));
    }
  }

  static test::TempDir* dir_;
  static test::SynthRecords* data_;
};

test::TempDir* BatchMatcherTest::dir_ = nullptr;
test::SynthRecords* BatchMatcherTest::data_ = nullptr;

TEST_F(BatchMatcherTest, ThreeThreads_GiveTheSerialResultsInInputOrder) {
  MatchOptions options;
  options.show_excluded = true;
  Matcher serial(dir_->path("db"), {test::reference(), analyzer, model, test::data_dir()});
  BatchMatcher batch(dir_->path("db"), {test::reference(), analyzer, model, test::data_dir()}, 3);
  ASSERT_EQ(batch.threads(), 3u);
  std::vector<std::size_t> order;
  std::size_t ranked = 0;
  batch.match(data_->tenders, options, [&](std::size_t i, MatchResult&& got) {
    order.push_back(i);
    const auto want = serial.match(data_->tenders[i], options);
    EXPECT_EQ(got.tender_id, data_->tenders[i].id);
    EXPECT_EQ(got.candidates, want.candidates);
    expect_same(got.ranked, want.ranked);
    expect_same(got.excluded, want.excluded);
    ranked += got.ranked.size();
  });
  ASSERT_EQ(order.size(), data_->tenders.size());
  for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
  EXPECT_GT(ranked, data_->tenders.size() * 10);  // real rankings, not empty ones
}

TEST_F(BatchMatcherTest, CollectsResultsInInputOrder) {
  BatchMatcher batch(dir_->path("db"), {test::reference(), analyzer, model, test::data_dir()}, 2);
  const auto results = batch.match(data_->tenders);
  ASSERT_EQ(results.size(), data_->tenders.size());
  for (std::size_t i = 0; i < results.size(); ++i) EXPECT_EQ(results[i].tender_id, data_->tenders[i].id);
}

TEST_F(BatchMatcherTest, PassedDeadline_ThrowsTimeout_BeforeAnyResult) {
  BatchMatcher batch(dir_->path("db"), {test::reference(), analyzer, model, test::data_dir()}, 2);
  MatchOptions options;
  options.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  std::size_t delivered = 0;
  try {
    batch.match(data_->tenders, options, [&](std::size_t, MatchResult&&) { ++delivered; });
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::timeout);
  }
  EXPECT_EQ(delivered, 0u);
}

TEST_F(BatchMatcherTest, MissingIndex_ThrowsIo) {
  try {
    BatchMatcher batch(dir_->path("nothing-here"), {test::reference(), analyzer, model, test::data_dir()}, 2);
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
  }
}

}  // namespace
}  // namespace pesmatch
