// The feedback log on disk: appends survive a SIGKILL, a torn last line is ignored with a warning
// and cut off by the next append, verdicts read back as TREC qrels with the latest one winning.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <thread>

#include "eval/feedback_log.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/feedback.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

FeedbackEntry entry(std::string tender, std::string pes, Verdict v) { return {std::move(tender), std::move(pes), v, "test", "2026-12-03T10:00:00Z"}; }

// "T7" or, with padding, "P7xxx…": ids built by appending (GCC 12 warns falsely on "T" + to_string()).
std::string numbered(char prefix, int n, std::size_t padding = 0) {
  std::string id(1, prefix);
  id += std::to_string(n);
  id.append(padding, 'x');
  return id;
}

void append_raw(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::app) << bytes;
}

TEST(FeedbackLogTest, MissingLog_ReadsAsEmpty) {
  test::TempDir dir;
  const auto log = read_feedback(dir.path("feedback.jsonl"));
  EXPECT_TRUE(log.entries.empty());
  EXPECT_TRUE(log.warnings.empty());
}

TEST(FeedbackLogTest, Appends_ReadBackInOrder_WithEveryField) {
  test::TempDir dir;
  const auto path = dir.path("feedback.jsonl");
  detail::append_feedback_line(path, entry("T1", "P1", Verdict::fit));
  detail::append_feedback_line(path, entry("T1", "P2", Verdict::won));
  EXPECT_EQ(test::read_file(path),
            "{\"tender\":\"T1\",\"pes\":\"P1\",\"verdict\":\"fit\",\"by\":\"test\",\"at\":\"2026-12-03T10:00:00Z\"}\n"
            "{\"tender\":\"T1\",\"pes\":\"P2\",\"verdict\":\"won\",\"by\":\"test\",\"at\":\"2026-12-03T10:00:00Z\"}\n");
  const auto log = read_feedback(path);
  ASSERT_EQ(log.entries.size(), 2u);
  EXPECT_EQ(log.entries[1].pes, "P2");
  EXPECT_EQ(log.entries[1].verdict, Verdict::won);
  EXPECT_EQ(log.entries[1].by, "test");
}

TEST(FeedbackLogTest, TornLastLine_IsIgnoredWithAWarning_AndCutByTheNextAppend) {
  test::TempDir dir;
  const auto path = dir.path("feedback.jsonl");
  detail::append_feedback_line(path, entry("T1", "P1", Verdict::fit));
  append_raw(path, "{\"tender\":\"T1\",\"pes\":\"P2\",\"verd");  // an append killed mid-write
  const auto torn = read_feedback(path);
  ASSERT_EQ(torn.entries.size(), 1u);
  ASSERT_EQ(torn.warnings.size(), 1u);
  EXPECT_EQ(torn.warnings[0],
            path + ":2: last line is incomplete (an append was interrupted); ignored, the next append removes it");
  detail::append_feedback_line(path, entry("T2", "P3", Verdict::unfit));
  const auto repaired = read_feedback(path);
  EXPECT_TRUE(repaired.warnings.empty());
  ASSERT_EQ(repaired.entries.size(), 2u);
  EXPECT_EQ(repaired.entries[1].tender, "T2");
  EXPECT_EQ(repaired.entries[1].verdict, Verdict::unfit);
}

TEST(FeedbackLogTest, TornOnlyLine_LeavesAnEmptyLog_ThatTheNextAppendStartsCleanly) {
  test::TempDir dir;
  const auto path = dir.path("feedback.jsonl");
  append_raw(path, "{\"tender\":\"T");
  EXPECT_TRUE(read_feedback(path).entries.empty());
  detail::append_feedback_line(path, entry("T1", "P1", Verdict::fit));
  const auto log = read_feedback(path);
  ASSERT_EQ(log.entries.size(), 1u);
  EXPECT_TRUE(log.warnings.empty());
}

TEST(FeedbackLogTest, BadCompleteLine_IsInvalidInputAtItsLine) {
  test::TempDir dir;
  const auto path = dir.path("feedback.jsonl");
  detail::append_feedback_line(path, entry("T1", "P1", Verdict::fit));
  append_raw(path, "{\"tender\":\"T1\",\"pes\":\"P2\",\"verdict\":\"maybe\"}\n");
  try {
    (void)read_feedback(path);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), path + ":2: verdict \"maybe\": must be fit, unfit or won");
  }
}

TEST(FeedbackLogTest, MissingField_IsInvalidInputNamingIt) {
  try {
    (void)parse_feedback_entry(R"({"tender":"T1","verdict":"fit"})", "request", 1);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "request:1: pes: missing or not a string");
  }
}

TEST(FeedbackLogTest, Qrels_MapVerdictsToGrades_LatestVerdictPerPairWins) {
  const auto qrels = feedback_qrels({entry("T1", "P1", Verdict::fit), entry("T1", "P2", Verdict::won),
                                     entry("T2", "P1", Verdict::fit), entry("T1", "P1", Verdict::unfit)});
  EXPECT_EQ(qrels.grades.at("T1").at("P1"), 0);  // unfit came after fit
  EXPECT_EQ(qrels.grades.at("T1").at("P2"), 3);
  EXPECT_EQ(qrels.grades.at("T2").at("P1"), 2);
}

TEST(FeedbackLogTest, Merge_FeedbackOverridesJudgedGrade_AndAddsNewPairs) {
  Qrels judged;
  judged.grades["T1"] = {{"P1", 1}, {"P2", 3}};
  const auto merged = merge_qrels(judged, feedback_qrels({entry("T1", "P1", Verdict::won), entry("T9", "P5", Verdict::fit)}));
  EXPECT_EQ(merged.grades.at("T1").at("P1"), 3);
  EXPECT_EQ(merged.grades.at("T1").at("P2"), 3);
  EXPECT_EQ(merged.grades.at("T9").at("P5"), 2);
}

TEST(FeedbackLogTest, SigkillDuringAppends_LosesNoConfirmedVerdict_AndTheNextAppendWorks) {
  test::TempDir dir;
  const auto path = dir.path("feedback.jsonl");
  int confirmed[2];
  ASSERT_EQ(::pipe(confirmed), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::close(confirmed[0]);
    for (int i = 0;; ++i) {
      detail::append_feedback_line(path, entry(numbered('T', i), numbered('P', 0, 200), Verdict::fit));
      // Reported only once the append returned: a verdict the caller was told is recorded.
      if (::write(confirmed[1], &i, sizeof i) != sizeof i) ::_exit(1);
    }
  }
  ::close(confirmed[1]);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
  int last = -1, i = 0;
  while (::read(confirmed[0], &i, sizeof i) == sizeof i) last = i;
  ::close(confirmed[0]);
  ASSERT_GE(last, 0) << "the child appended nothing before the kill";

  const auto log = read_feedback(path);
  ASSERT_GE(static_cast<int>(log.entries.size()), last + 1);
  for (int n = 0; n <= last; ++n) ASSERT_EQ(log.entries[static_cast<std::size_t>(n)].tender, numbered('T', n));
  detail::append_feedback_line(path, entry("after", "P1", Verdict::won));
  const auto after = read_feedback(path);
  EXPECT_TRUE(after.warnings.empty());
  EXPECT_EQ(after.entries.back().tender, "after");
  EXPECT_GE(static_cast<int>(after.entries.size()), last + 2);
  std::cerr << "[ measured ] " << last + 1 << " verdicts confirmed before the kill, " << log.entries.size() << " read back\n";
}

TEST(FeedbackLogTest, ConcurrentAppenders_NeverInterleave) {
  // Four processes (as the CLI and the server would be) append 25 long lines each at once.
  test::TempDir dir;
  const auto path = dir.path("feedback.jsonl");
  constexpr int kWriters = 4, kLines = 25;
  std::vector<pid_t> children;
  for (int w = 0; w < kWriters; ++w) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      for (int i = 0; i < kLines; ++i)
        detail::append_feedback_line(path, entry(numbered('W', w), numbered('P', i, 3000), Verdict::fit));
      ::_exit(0);
    }
    children.push_back(child);
  }
  for (const pid_t child : children) {
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  const auto log = read_feedback(path);
  EXPECT_TRUE(log.warnings.empty());
  ASSERT_EQ(log.entries.size(), static_cast<std::size_t>(kWriters * kLines));
  std::map<std::string, int> per_writer;
  for (const auto& e : log.entries) ++per_writer[e.tender];
  for (int w = 0; w < kWriters; ++w) EXPECT_EQ(per_writer[numbered('W', w)], kLines);
}

}  // namespace
}  // namespace pesmatch
