// tools/nightly.sh (fetch -> import bzp -> index --add-tenders -> digest) run by bash with the real
// binary, its fetch pointed at a replay of real e-Zamówienia records on 127.0.0.1.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "support/bzp_replay_server.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

const std::string kDay = "2026-09-22";

// Runs the script with `fetch_args` for its fetch; the exit code, stderr in `err`.
int run_nightly(const test::TempDir& dir, const std::string& fetch_args, std::string& err) {
  const std::string script = std::string(PESMATCH_TEST_FIXTURES) + "/../../tools/nightly.sh";
  const std::string command = "PESMATCH='" PESMATCH_TEST_BINARY "' NIGHTLY_DAY=" + kDay + " NIGHTLY_FETCH_ARGS='" +
                              fetch_args + "' PESMATCH_REFERENCE='" PESMATCH_TEST_REFERENCE_DIR "' bash '" + script +
                              "' '" + dir.path("db") + "' '" + dir.path("nightly") + "' 2>'" + dir.path("err") + "'";
  const int status = std::system(command.c_str());
  err = test::read_file(dir.path("err"));
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void index_catalogue(const test::TempDir& dir) {
  const auto r = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", dir.path("db")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
}

TEST(NightlyScriptTest, Offline_Exit4_BeforeTouchingTheIndex) {
  test::TempDir dir;
  index_catalogue(dir);
  const auto before = std::filesystem::read_symlink(dir.path("db") + "/current");
  const auto url = "http://127.0.0.1:" + std::to_string(test::unused_loopback_port()) + "/mo-board/api/v1/notice";
  std::string err;
  EXPECT_EQ(run_nightly(dir, "--base-url " + url + " --tries 1", err), 4);
  EXPECT_NE(err.find("cannot connect: host unknown, unreachable or refusing connections\n"), std::string::npos) << err;
  EXPECT_NE(err.find("nightly: stopped: exit 4 from: "), std::string::npos) << err;
  EXPECT_EQ(err.find("import bzp"), std::string::npos) << err;  // the later steps did not run
  EXPECT_FALSE(std::filesystem::exists(dir.path("nightly/" + kDay + "/bzp.jsonl")));
  EXPECT_EQ(std::filesystem::read_symlink(dir.path("db") + "/current"), before);
}

TEST(NightlyScriptTest, WholeLoop_FetchImportIndexDigest) {
  // Without the importer, `import bzp FILE` is a usage error (2); with it, a missing file (4).
  if (test::run_pesmatch({"import", "bzp", "/nonexistent.json"}).exit_code == 2)
    GTEST_SKIP() << "`pesmatch import bzp` is not in this build (branch bzp)";
  test::BzpReplayServer server(test::recorded_bzp_records());
  test::TempDir dir;
  index_catalogue(dir);
  std::string err;
  const int rc = run_nightly(dir, "--base-url " + server.url() + " --pause-ms 0", err);
  EXPECT_TRUE(rc == 0 || rc == 3) << rc << "\n" << err;
  const auto day = dir.path("nightly/" + kDay);
  const auto fetched = test::read_file(day + "/bzp.jsonl");
  EXPECT_EQ(std::count(fetched.begin(), fetched.end(), '\n'), 4) << err;
  EXPECT_FALSE(test::read_file(day + "/tenders.jsonl").empty()) << err;
  EXPECT_TRUE(std::filesystem::exists(day + "/digest/digest.json")) << err;
  EXPECT_NE(err.find("nightly: done: " + day + "/digest"), std::string::npos) << err;
}

}  // namespace
}  // namespace pesmatch
