// `pesmatch eval` end to end: the real binary on files in a temporary directory.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

// T1: P1 (grade 2) first, P3 (unjudged) second, P2 (grade 1) third.
//   map = (1/1 + 2/3) / 2 = 5/6; recip_rank = 1; P@2 = 1/2; recall@2 = 1/2;
//   nDCG@2 = (2/1 + 0) / (2/1 + 1/log2(3)) = 2 / 2.63093 = 0.760192.
// T2: P1 (grade 0) only: every measure 0.
// T3: in the run only, not evaluated. Means over T1 and T2: half of T1's values.
constexpr const char* kQrels = "T1 0 P1 2\nT1 0 P2 1\nT2 0 P1 0\n";
constexpr const char* kRun =
    "T1 Q0 P1 1 0.9 pesmatch\nT1 Q0 P3 2 0.8 pesmatch\nT1 Q0 P2 3 0.7 pesmatch\n"
    "T2 Q0 P1 1 0.5 pesmatch\nT3 Q0 P9 1 0.5 pesmatch\n";

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST(EvalCommandTest, PrintsOneSummaryObject_WithKeysNamedAfterK) {
  test::TempDir dir;
  const auto r = test::run_pesmatch(
      {"eval", "--qrels", dir.write("q.txt", kQrels), "--run", dir.write("r.txt", kRun), "--k", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const auto& s = lines[0];
  EXPECT_EQ(s.size(), 10u);
  EXPECT_EQ(s.at("queries"), 2);
  EXPECT_EQ(s.at("queries_with_relevant"), 1);  // T2 has no relevant document and counts as 0
  EXPECT_EQ(s.at("min_grade"), 1);
  // ndcg@5 of T1: P2 (grade 1) at rank 3 now counts: (2 + 1/log2(4)) / (2 + 1/log2(3)) = 0.950234.
  EXPECT_DOUBLE_EQ(s.at("ndcg@5").get<double>(), ((2.0 + 0.5) / (2.0 + 1.0 / std::log2(3.0))) / 2.0);
  EXPECT_DOUBLE_EQ(s.at("p@5").get<double>(), 0.2);  // T1: 2 relevant / 5, T2: 0
  EXPECT_DOUBLE_EQ(s.at("map").get<double>(), 5.0 / 12.0);
  EXPECT_DOUBLE_EQ(s.at("mrr").get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(s.at("p@2").get<double>(), 0.25);
  EXPECT_DOUBLE_EQ(s.at("recall@2").get<double>(), 0.25);
  EXPECT_DOUBLE_EQ(s.at("ndcg@2").get<double>(), (2.0 / (2.0 + 1.0 / std::log2(3.0))) / 2.0);
  EXPECT_NE(r.err.find("1 run queries have no judgments"), std::string::npos) << r.err;
}

TEST(EvalCommandTest, PerQuery_PrintsQueryLinesThenSummaryLast) {
  test::TempDir dir;
  const auto r = test::run_pesmatch(
      {"eval", "--qrels", dir.write("q.txt", kQrels), "--run", dir.write("r.txt", kRun), "--per-query"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].at("query"), "T1");
  EXPECT_DOUBLE_EQ(lines[0].at("map").get<double>(), 5.0 / 6.0);
  EXPECT_DOUBLE_EQ(lines[0].at("p@10").get<double>(), 0.2);  // default K = 10: 2 relevant / 10
  EXPECT_EQ(lines[1].at("query"), "T2");
  EXPECT_DOUBLE_EQ(lines[1].at("ndcg@10").get<double>(), 0.0);
  EXPECT_EQ(lines[2].at("queries"), 2);
  EXPECT_FALSE(lines[2].contains("query"));
}

TEST(EvalCommandTest, MinGradeTwo_CountsOnlyGradeTwoAndAbove) {
  // -l 2: T1's only relevant document is P1 (grade 2), ranked first: map = mrr = recall@2 = 1,
  // P@2 = 1/2, P@5 = 1/5, nDCG@2 = nDCG@5 = 2/2 = 1 (P2's grade 1 is gain 0, also in the ideal).
  // T2 has no relevant document: all 0. Means: half of T1's.
  test::TempDir dir;
  const auto r = test::run_pesmatch({"eval", "--qrels", dir.write("q.txt", kQrels), "--run", dir.write("r.txt", kRun),
                                     "--k", "2", "--min-grade", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto s = json_lines(r.out).at(0);
  EXPECT_EQ(s.at("min_grade"), 2);
  EXPECT_DOUBLE_EQ(s.at("map").get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(s.at("mrr").get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(s.at("recall@2").get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(s.at("p@2").get<double>(), 0.25);
  EXPECT_DOUBLE_EQ(s.at("p@5").get<double>(), 0.1);
  EXPECT_DOUBLE_EQ(s.at("ndcg@2").get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(s.at("ndcg@5").get<double>(), 0.5);
}

TEST(EvalCommandTest, PerQueryWithBaseline_MarksQueriesWhereTheBaselineWins) {
  // The model ranks T1: P3 (unjudged), P2 (grade 1): nDCG@2 = (1/log2(3)) / (2 + 1/log2(3)).
  // The baseline (kRun) ranks P1 (grade 2) first: nDCG@2 = 2 / (2 + 1/log2(3)). T2: both 0.
  test::TempDir dir;
  const auto baseline = dir.write("b.txt", kRun);
  const auto model = dir.write("m.txt", "T1 Q0 P3 1 0.9 m\nT1 Q0 P2 2 0.8 m\nT2 Q0 P1 1 0.5 m\n");
  const auto r = test::run_pesmatch({"eval", "--qrels", dir.write("q.txt", kQrels), "--run", model, "--k", "2",
                                     "--per-query", "--baseline", baseline});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  const double idcg = 2.0 + 1.0 / std::log2(3.0);
  ASSERT_TRUE(lines[0].contains("loses_to")) << lines[0].dump();
  EXPECT_EQ(lines[0].at("loses_to").at("baseline"), baseline);
  EXPECT_DOUBLE_EQ(lines[0].at("loses_to").at("ndcg@2").get<double>(), 2.0 / idcg);
  EXPECT_DOUBLE_EQ(lines[0].at("loses_to").at("by").get<double>(), (2.0 - 1.0 / std::log2(3.0)) / idcg);
  EXPECT_FALSE(lines[1].contains("loses_to"));
}

TEST(EvalCommandTest, MalformedRunLine_ExitsThreeNamingFileAndLine) {
  test::TempDir dir;
  const auto run = dir.write("r.txt", "T1 Q0 P1 1 0.9 pesmatch\nT1 Q0 P2 2 abc pesmatch\n");
  const auto r = test::run_pesmatch({"eval", "--qrels", dir.write("q.txt", kQrels), "--run", run});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find(run + ":2: score \"abc\": not a finite number"), std::string::npos) << r.err;
}

TEST(EvalCommandTest, MissingQrels_ExitsFour) {
  test::TempDir dir;
  const auto r = test::run_pesmatch({"eval", "--qrels", dir.path("none.txt"), "--run", dir.write("r.txt", kRun)});
  EXPECT_EQ(r.exit_code, 4);
}

TEST(EvalCommandTest, ZeroK_IsUsageError) {
  test::TempDir dir;
  const auto r = test::run_pesmatch(
      {"eval", "--qrels", dir.write("q.txt", kQrels), "--run", dir.write("r.txt", kRun), "--k", "0"});
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace pesmatch
