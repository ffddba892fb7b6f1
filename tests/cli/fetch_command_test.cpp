// `pesmatch fetch bzp` through the real binary against a replay of real e-Zamówienia records on
// 127.0.0.1: the JSONL it writes, its progress on stderr, and its exit codes.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/bzp_replay_server.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

std::vector<std::string> fetch_args(const std::string& url, const std::string& out) {
  return {"fetch",        "bzp",        "--from",  "2026-09-15", "--to",         "2026-09-24", "--out", out,
          "--base-url",   url,          "--page-size", "2",      "--pause-ms",   "0",          "--timeout-ms", "200",
          "--backoff-ms", "10",         "--tries", "3"};
}

TEST(FetchCommandTest, WritesEveryRecordAsJsonl_WithProgressOnStderr) {
  test::BzpReplayServer server(test::recorded_bzp_records());
  server.fail_next({test::ReplayFault::none, test::ReplayFault::http500});
  test::TempDir dir;
  const auto out = dir.path("bzp.jsonl");
  const auto r = test::run_pesmatch(fetch_args(server.url(), out));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");

  std::istringstream lines(test::read_file(out));
  std::vector<nlohmann::json> written;
  for (std::string line; std::getline(lines, line);) written.push_back(nlohmann::json::parse(line));
  EXPECT_EQ(written, test::recorded_bzp_records());
  EXPECT_FALSE(std::filesystem::exists(out + ".tmp"));

  const std::string request2 = server.url() +
                               "?NoticeType=ContractNotice&PageSize=2&PublicationDateFrom=2026-09-15T00%3A00%3A00"
                               "&PublicationDateTo=2026-09-24T23%3A59%3A59"
                               "&SearchAfter=08df1323-1b2d-9e0b-db89-6a0001709b90";
  EXPECT_EQ(r.err, "pesmatch: page 1 read, 2 records so far\n"
                   "pesmatch: page 2: HTTP 500, retrying: " + request2 + "\n"
                   "pesmatch: page 2 read, 4 records so far\n"
                   "pesmatch: page 3 read, 4 records so far\n"
                   "pesmatch: fetched 4 ContractNotice records from 2026-09-15 to 2026-09-24 in 3 pages (1 retries) into " +
                       out + "\n");
}

TEST(FetchCommandTest, Offline_Exit4_NamesUrl_LeavesOldFile) {
  test::TempDir dir;
  const auto out = dir.write("bzp.jsonl", "old\n");
  const auto url = "http://127.0.0.1:" + std::to_string(test::unused_loopback_port()) + "/mo-board/api/v1/notice";
  auto args = fetch_args(url, out);
  args.back() = "1";  // --tries 1
  const auto r = test::run_pesmatch(args);
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.err, "pesmatch: " + url +
                       "?NoticeType=ContractNotice&PageSize=2&PublicationDateFrom=2026-09-15T00%3A00%3A00"
                       "&PublicationDateTo=2026-09-24T23%3A59%3A59: cannot connect: host unknown, "
                       "unreachable or refusing connections\n");
  EXPECT_EQ(test::read_file(out), "old\n");
}

TEST(FetchCommandTest, BadDate_Exit3) {
  test::TempDir dir;
  auto args = fetch_args("http://127.0.0.1:1/x", dir.path("bzp.jsonl"));
  args[3] = "15.09.2026";
  const auto r = test::run_pesmatch(args);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "pesmatch: --from \"15.09.2026\": expected a date YYYY-MM-DD\n");
}

}  // namespace
}  // namespace pesmatch
