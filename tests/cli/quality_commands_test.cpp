// `pesmatch train` and `pesmatch bench-quality` end to end on a small judged collection.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "pesmatch/model.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

class QualityCommandsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    const auto r = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", dir_->path("db")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::vector<std::string> collection() {
    return {"--db", dir_->path("db"), "--tenders", test::fixture("mini_tenders.jsonl"), "--qrels", test::fixture("mini_qrels.txt"),
            "--folds", "2"};
  }
  static test::TempDir* dir_;
};

test::TempDir* QualityCommandsTest::dir_ = nullptr;

TEST_F(QualityCommandsTest, TrainPrintsFoldsAndWritesALoadableModel) {
  auto args = collection();
  args.insert(args.begin(), "train");
  args.push_back("--out");
  args.push_back(dir_->path("trained.json"));
  const auto r = test::run_pesmatch(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("mean test ndcg@10: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n2     "), std::string::npos) << "one line per fold: " << r.out;
  const auto model = Model::load(dir_->path("trained.json"));
  double sum = 0;
  for (double w : model.weights()) sum += w;
  EXPECT_NEAR(sum, 1.0, 1e-9);
}

TEST_F(QualityCommandsTest, BenchQualityPrintsOneRowPerRanker_WithMetricsInRange) {
  auto args = collection();
  args.insert(args.begin(), "bench-quality");
  const auto r = test::run_pesmatch(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<std::string> rows;
  while (std::getline(lines, line))
    if (line.rfind("| ", 0) == 0 && line.find("---") == std::string::npos && line.find("ranker") == std::string::npos) rows.push_back(line);
  ASSERT_EQ(rows.size(), 7u) << r.out;
  EXPECT_EQ(rows[0].rfind("| BM25 (text only) | 5 | ", 0), 0u) << rows[0];
  EXPECT_EQ(rows[1].rfind("| BM25 + filter on the województwo | 5 | ", 0), 0u) << rows[1];
  EXPECT_EQ(rows[3].rfind("| pesmatch, default model | 5 | ", 0), 0u) << rows[3];
  for (const auto& row : rows) {
    std::istringstream cells(row);
    std::string cell;
    std::vector<std::string> parts;
    while (std::getline(cells, cell, '|')) parts.push_back(cell);
    for (std::size_t i = parts.size() - 4; i < parts.size(); ++i) {
      const double v = std::stod(parts[i]);
      EXPECT_GE(v, 0.0);
      EXPECT_LE(v, 1.0);
    }
  }
}

TEST_F(QualityCommandsTest, TrainRefusesMoreFoldsThanJudgedTenders_AsUsageError) {
  auto args = collection();
  args.insert(args.begin(), "train");
  args.back() = std::string{"7"};  // --folds 7 with 5 judged tenders
  args.push_back("--out");
  args.push_back(dir_->path("never.json"));
  const auto r = test::run_pesmatch(args);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "pesmatch: cross-validation needs at least 2 folds and one judged tender per fold\n");
}

TEST_F(QualityCommandsTest, TrainRejectsASplitDateNotWrittenYYYYMMDD_AsUsageError) {
  auto args = collection();
  args.insert(args.begin(), "train");
  for (const char* extra : {"--split-date", "2026-6-1", "--out"}) args.push_back(extra);
  args.push_back(dir_->path("never.json"));
  const auto r = test::run_pesmatch(args);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, ::testing::HasSubstr("--split-date: expected a date YYYY-MM-DD, got \"2026-6-1\""));
}

}  // namespace
}  // namespace pesmatch
