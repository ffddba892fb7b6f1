// Crash safety of publishing: `pesmatch index` killed with SIGKILL at random points of a build, or
// stopped by a full disk (RLIMIT_FSIZE), never costs the index published before: it opens and
// answers byte for byte as before, and the next build succeeds and clears what the dead one left.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "support/fixtures.hpp"
#include "support/process.hpp"

namespace pesmatch {
namespace {

namespace fs = std::filesystem;

constexpr int kKills = 20;
constexpr std::uint32_t kSeed = 20261130;

std::size_t generations(const std::string& db) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(db)) n += e.path().filename().string().rfind("gen-", 0) == 0;
  return n;
}

class CrashSafetyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    const auto synth = test::run_pesmatch({"synth", "--pes", "5000", "--seed", "7", "--out", dir_->path("cat")});
    ASSERT_EQ(synth.exit_code, 0) << synth.err;
    // The shorter of two builds (the first one also warms the page cache), so that kills spread
    // over it land inside later builds even when the machine is busy.
    build_seconds_ = 1e9;
    for (int i = 0; i < 2; ++i) {
      const auto start = std::chrono::steady_clock::now();
      const auto index = test::run_pesmatch(index_args());
      build_seconds_ = std::min(build_seconds_,
                                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      ASSERT_EQ(index.exit_code, 0) << index.err;
    }
    baseline_ = new std::string(match_output());
    ASSERT_NE(baseline_->find(" Q0 "), std::string::npos) << *baseline_;
  }
  static void TearDownTestSuite() {
    delete baseline_;
    delete dir_;
  }
  static std::string db() { return dir_->path("db"); }
  static std::vector<std::string> index_args() {
    return {"index", "--pes", dir_->path("cat") + "/pes.jsonl", "--db", db()};
  }
  static std::string match_output() {
    const auto r = test::run_pesmatch(
        {"match", "--db", db(), "--tender", test::data_dir() + "/examples/tender.json", "--format", "trec", "--top", "50"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }

  static test::TempDir* dir_;
  static std::string* baseline_;
  static double build_seconds_;
};

test::TempDir* CrashSafetyTest::dir_ = nullptr;
std::string* CrashSafetyTest::baseline_ = nullptr;
double CrashSafetyTest::build_seconds_ = 0;

TEST_F(CrashSafetyTest, SigkillAtRandomPoints_KeepsPublishedIndex_AndNextBuildSucceeds) {
  std::mt19937 rng(kSeed);
  // Delays spread over the whole build (reading, indexing, committing, publishing).
  std::uniform_real_distribution<double> when(0.02 * build_seconds_, 0.95 * build_seconds_);
  int killed = 0;
  for (int i = 0; i < kKills; ++i) {
    const double delay = when(rng);
    test::Child build(index_args());
    std::this_thread::sleep_for(std::chrono::duration<double>(delay));
    build.kill();
    const int rc = build.wait();
    ASSERT_TRUE(rc == 128 + SIGKILL || rc == 0) << "run " << i << ": exit " << rc;
    killed += rc == 128 + SIGKILL;
    ASSERT_EQ(match_output(), *baseline_) << "run " << i << " killed after " << delay << " s";
  }
  std::cerr << "[ measured ] build " << build_seconds_ << " s; " << killed << " of " << kKills
            << " builds killed mid-way\n";
  EXPECT_GE(killed, kKills / 2) << "kills must land during the build";
  const auto next = test::run_pesmatch(index_args());
  ASSERT_EQ(next.exit_code, 0) << next.err << " (a stale lock or generation blocks the next build)";
  EXPECT_LE(generations(db()), 2u) << "generations of killed builds are cleared by the next publish";
  EXPECT_FALSE(fs::exists(db() + "/current.tmp"));
  EXPECT_EQ(match_output(), *baseline_);
}

TEST_F(CrashSafetyTest, FileSizeLimit_ExitsFourNamingTheIndex_AndKeepsPublishedIndex) {
  const auto r = test::run_measured(index_args(), 256 * 1024);
  EXPECT_EQ(r.exit_code, 4) << r.err;
  const std::string prefix = "pesmatch: " + db() + ": index write failed: ";
  EXPECT_EQ(r.err.substr(0, prefix.size()), prefix) << r.err;
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << r.err;
  EXPECT_EQ(match_output(), *baseline_);
  EXPECT_LE(generations(db()), 2u) << "the failed generation is discarded";
  const auto next = test::run_pesmatch(index_args());
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(match_output(), *baseline_);
}

TEST(FileSizeLimitTest, OnStdout_ExitsFour) {
  test::TempDir dir;
  ASSERT_EQ(test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", dir.path("db")}).exit_code, 0);
  const std::vector<std::string> match{"match", "--db", dir.path("db"), "--tender",
                                       test::data_dir() + "/examples/tender.json", "--format", "trec"};
  const auto full = test::run_pesmatch(match);
  ASSERT_GT(full.out.size(), 100u);
  const auto r = test::run_measured(match, 100);
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_EQ(r.err, "pesmatch: <stdout>: write failed\n");
  EXPECT_EQ(r.out, full.out.substr(0, r.out.size())) << "what was written is a prefix of the answer";
}

TEST(FileSizeLimitTest, OnImportOutput_ExitsFourNamingTheFile_AndKeepsTheOldFile) {
  test::TempDir dir;
  const auto out = dir.write("ted.jsonl", "old\n");
  const auto notice = std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/ted/19-099886-001-EXP.xml";
  const auto r = test::run_measured({"import", "ted", notice, "--out", out}, 100);
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_EQ(r.err, "pesmatch: " + out + ": cannot write file\n");
  EXPECT_EQ(test::read_file(out), "old\n");
}

}  // namespace
}  // namespace pesmatch
