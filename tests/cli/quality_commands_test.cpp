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


std::vector<std::vector<std::string>> table_rows(const std::string& out) {
  std::istringstream lines(out);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("| ", 0) != 0 || line.find("---") != std::string::npos) continue;
    std::vector<std::string> cells;
    std::istringstream in(line.substr(2));
    for (std::string cell; std::getline(in, cell, '|');) {
      const auto first = cell.find_first_not_of(' ');
      cells.push_back(first == std::string::npos ? std::string() : cell.substr(first, cell.find_last_not_of(' ') + 1 - first));
    }
    rows.push_back(cells);
  }
  return rows;
}

TEST_F(QualityCommandsTest, BenchQuality_PrintsGradedAndStrictViewsSideBySide) {
  auto args = collection();
  args.insert(args.begin(), "bench-quality");
  const auto r = test::run_pesmatch(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = table_rows(r.out);
  ASSERT_EQ(rows.size(), 8u) << r.out;  // the header and seven rankers
  EXPECT_EQ(rows[0], (std::vector<std::string>{"ranker", "queries", "NDCG@10", "NDCG@10 strict", "NDCG@5", "NDCG@5 strict", "P@5",
                                               "P@5 strict", "P@10", "P@10 strict", "MAP", "MAP strict", "MRR", "MRR strict"}));
  for (std::size_t i = 1; i < rows.size(); ++i)
    EXPECT_LE(std::stod(rows[i][7]), std::stod(rows[i][6])) << "fewer relevant PES in the strict view: " << rows[i][0];
  EXPECT_NE(r.out.find("5 of 5 queries have a document graded 2 or more"), std::string::npos) << r.out;
}

TEST_F(QualityCommandsTest, BenchQuality_PerQuery_ListsLossesToTheBestBaseline) {
  auto args = collection();
  args.insert(args.begin(), "bench-quality");
  args.push_back("--per-query");
  const auto r = test::run_pesmatch(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("loses to the best baseline (NDCG@10):"), std::string::npos) << r.out;
  for (const auto& row : table_rows(r.out))
    if (row[0] == "graded" || row[0] == "strict") {
      // by = baseline - model > 0, and the baseline is one of the three baseline rows.
      EXPECT_NEAR(std::stod(row[5]), std::stod(row[4]) - std::stod(row[3]), 1e-4);
      EXPECT_GT(std::stod(row[5]), 0.0);
      EXPECT_TRUE(row[2] == "BM25 (text only)" || row[2] == "BM25 + filter on the województwo" ||
                  row[2].rfind("directory", 0) == 0)
          << row[2];
    }
}

TEST_F(QualityCommandsTest, BenchQuality_DirectionPes_RanksTendersForEveryJudgedPes) {
  const auto db = dir_->path("with-tenders");
  const auto index = test::run_pesmatch(
      {"index", "--pes", test::fixture("mini_pes.jsonl"), "--tenders", test::fixture("mini_tenders.jsonl"), "--db", db});
  ASSERT_EQ(index.exit_code, 0) << index.err;
  const auto r = test::run_pesmatch({"bench-quality", "--direction", "pes", "--db", db, "--qrels", test::fixture("mini_qrels.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = table_rows(r.out);
  ASSERT_EQ(rows.size(), 4u) << r.out;
  // MINI01..06 and MINI08 are judged for some tender; MINI07 is not: 7 queries.
  EXPECT_EQ(rows[1][0], "BM25 (PES text over tender text)");
  EXPECT_EQ(rows[3][0], "pesmatch suggest, model");
  for (std::size_t i = 1; i < rows.size(); ++i) EXPECT_EQ(rows[i][1], "7") << rows[i][0];
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
