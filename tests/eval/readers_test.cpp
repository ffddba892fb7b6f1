// Reading TREC qrels and runs: what trec_eval accepts is read the same way; what it would
// silently misread (atof/atol on garbage) or refuse is a contract error with FILE:LINE.
#include <gtest/gtest.h>

#include "pesmatch/error.hpp"
#include "pesmatch/eval.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

// Runs `read` and returns the invalid_input message it throws ("" when it does not throw).
template <typename Read>
std::string invalid_message(Read read) {
  try {
    read();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    return e.what();
  }
  ADD_FAILURE() << "expected an invalid_input error";
  return {};
}

TEST(QrelsReaderTest, ReadsGrades_WithTabsSpacesAndCrlf) {
  test::TempDir dir;
  const auto path = dir.write("q.txt", "T1 0 P1 3\r\nT1\t0\tP2\t0\n  T2   0 P1  1\n");
  const auto q = read_qrels(path);
  ASSERT_EQ(q.grades.size(), 2u);
  EXPECT_EQ(q.grades.at("T1").at("P1"), 3);
  EXPECT_EQ(q.grades.at("T1").at("P2"), 0);
  EXPECT_EQ(q.grades.at("T2").at("P1"), 1);
}

TEST(QrelsReaderTest, SkipsBlankAndCommentLines) {
  test::TempDir dir;
  const auto path = dir.write("q.txt", "# judged by OWES\n\nT1 0 P1 2\n   \n");
  const auto q = read_qrels(path);
  ASSERT_EQ(q.grades.size(), 1u);
  EXPECT_EQ(q.grades.at("T1").size(), 1u);
}

TEST(QrelsReaderTest, AcceptsAnyIntegerGrade_IncludingNegativeAndSigned) {
  test::TempDir dir;
  const auto q = read_qrels(dir.write("q.txt", "T1 0 A -1\nT1 0 B 7\nT1 0 C +2\n"));
  EXPECT_EQ(q.grades.at("T1").at("A"), -1);
  EXPECT_EQ(q.grades.at("T1").at("B"), 7);
  EXPECT_EQ(q.grades.at("T1").at("C"), 2);
}

TEST(QrelsReaderTest, RejectsWrongColumnCount_WithFileAndLine) {
  test::TempDir dir;
  const auto path = dir.write("q.txt", "T1 0 P1 1\nT1 0 P2\n");
  EXPECT_EQ(invalid_message([&] { read_qrels(path); }),
            path + ":2: expected 4 whitespace-separated columns (QID ITER DOCNO GRADE), found 3");
}

TEST(QrelsReaderTest, RejectsExtraColumn_AsTrecEvalDoes) {
  test::TempDir dir;
  const auto path = dir.write("q.txt", "T1 0 P1 1 extra\n");
  EXPECT_EQ(invalid_message([&] { read_qrels(path); }),
            path + ":1: expected 4 whitespace-separated columns (QID ITER DOCNO GRADE), found 5");
}

TEST(QrelsReaderTest, RejectsNonIntegerGrade_NamingFieldAndValue) {
  test::TempDir dir;
  const auto path = dir.write("q.txt", "T1 0 P1 1\n\nT1 0 P2 1.5\n");
  EXPECT_EQ(invalid_message([&] { read_qrels(path); }), path + ":3: grade \"1.5\": not an integer");
}

TEST(QrelsReaderTest, RejectsDocumentJudgedTwice_ForOneQuery) {
  test::TempDir dir;
  const auto path = dir.write("q.txt", "T1 0 P1 1\nT2 0 P1 0\nT1 0 P1 2\n");
  EXPECT_EQ(invalid_message([&] { read_qrels(path); }), path + ":3: docno \"P1\": judged twice for query \"T1\"");
}

TEST(QrelsReaderTest, MissingFile_IsIoError) {
  test::TempDir dir;
  try {
    (void)read_qrels(dir.path("absent.txt"));
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(e.where().file, dir.path("absent.txt"));
  }
}

TEST(RunReaderTest, KeepsScores_AndIgnoresRankColumn) {
  // The RANK column disagrees with the scores; trec_eval (and so pesmatch) trusts the scores.
  test::TempDir dir;
  const auto path = dir.write("r.txt", "T1 Q0 P1 1 0.25 pesmatch\nT1 Q0 P2 2 0.75 pesmatch\n");
  const auto r = read_run(path);
  ASSERT_EQ(r.entries.at("T1").size(), 2u);
  EXPECT_EQ(r.entries.at("T1")[0].doc, "P1");
  EXPECT_DOUBLE_EQ(r.entries.at("T1")[0].score, 0.25);
  EXPECT_EQ(trec_ranking(r.entries.at("T1")), (std::vector<std::string>{"P2", "P1"}));
}

TEST(RunReaderTest, AcceptsExponentsSignsAndExtraColumns) {
  test::TempDir dir;
  const auto r = read_run(dir.write("r.txt", "T1 Q0 A 1 1e-3 tag\nT1 Q0 B 2 -2 tag trailing words\nT1 Q0 C 3 +4.5 t\n"));
  const auto& e = r.entries.at("T1");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_DOUBLE_EQ(e[0].score, 0.001);
  EXPECT_DOUBLE_EQ(e[1].score, -2.0);
  EXPECT_DOUBLE_EQ(e[2].score, 4.5);
}

TEST(RunReaderTest, SkipsCommentAndBlankLines) {
  test::TempDir dir;
  const auto r = read_run(dir.write("r.txt", "# pesmatch match --format trec\n\n  # indented comment\nT1 Q0 A 1 1 t\n"));
  EXPECT_EQ(r.entries.size(), 1u);
}

TEST(RunReaderTest, RejectsMissingTagColumn_WithFileAndLine) {
  test::TempDir dir;
  const auto path = dir.write("r.txt", "T1 Q0 A 1 0.5 t\nT1 Q0 B 2 0.4\n");
  EXPECT_EQ(invalid_message([&] { read_run(path); }),
            path + ":2: expected at least 6 whitespace-separated columns (QID Q0 DOCNO RANK SCORE TAG), found 5");
}

TEST(RunReaderTest, RejectsNonNumericScore_NamingFieldAndValue) {
  test::TempDir dir;
  const auto path = dir.write("r.txt", "T1 Q0 A 1 high t\n");
  EXPECT_EQ(invalid_message([&] { read_run(path); }), path + ":1: score \"high\": not a finite number");
}

TEST(RunReaderTest, RejectsNanAndInfiniteScores) {
  test::TempDir dir;
  const auto nan_path = dir.write("n.txt", "T1 Q0 A 1 nan t\n");
  const auto inf_path = dir.write("i.txt", "T1 Q0 A 1 1e999 t\n");
  EXPECT_EQ(invalid_message([&] { read_run(nan_path); }), nan_path + ":1: score \"nan\": not a finite number");
  EXPECT_EQ(invalid_message([&] { read_run(inf_path); }), inf_path + ":1: score \"1e999\": not a finite number");
}

TEST(RunReaderTest, RejectsDocumentRetrievedTwice_NamingBothLines) {
  test::TempDir dir;
  const auto path = dir.write("r.txt", "T1 Q0 A 1 0.9 t\nT2 Q0 A 1 0.9 t\nT1 Q0 A 2 0.8 t\n");
  EXPECT_EQ(invalid_message([&] { read_run(path); }),
            path + ":3: docno \"A\": retrieved twice for query \"T1\" (first at line 1)");
}

TEST(RunReaderTest, MissingFile_IsIoError) {
  test::TempDir dir;
  try {
    (void)read_run(dir.path("absent.txt"));
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
  }
}

}  // namespace
}  // namespace pesmatch
