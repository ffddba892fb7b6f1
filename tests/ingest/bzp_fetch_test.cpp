// fetch_bzp against a replay of real e-Zamówienia records on 127.0.0.1: paging with SearchAfter,
// retries (HTTP 500, a timeout), giving up, no connection, and answers that are no page.
#include "pesmatch/fetch.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pesmatch/error.hpp"
#include "support/bzp_replay_server.hpp"

namespace pesmatch {
namespace {

using ::testing::ElementsAre;

// Options a test can afford: no politeness pause, short timeouts and back-off.
BzpFetchOptions fast_options(const std::string& url) {
  BzpFetchOptions o;
  o.url = url;
  o.from = "2026-09-15";
  o.to = "2026-09-24";
  o.page_size = 2;
  o.pause = std::chrono::milliseconds(0);
  o.timeout = std::chrono::milliseconds(200);
  o.backoff = std::chrono::milliseconds(10);
  o.tries = 3;
  return o;
}

std::vector<std::string> bzp_numbers(const std::vector<std::string>& records) {
  std::vector<std::string> out;
  for (const auto& r : records) out.push_back(nlohmann::json::parse(r).at("bzpNumber").get<std::string>());
  return out;
}

std::vector<std::string> search_after(const test::BzpReplayServer& server) {
  std::vector<std::string> out;
  for (const auto& q : server.requests()) out.push_back(q.count("SearchAfter") ? q.at("SearchAfter") : "-");
  return out;
}

// The recorded order: partial, full, partial, full (see recorded_bzp_records).
const std::vector<std::string> kRecordedOrder = {"2026/BZP 00449679", "2026/BZP 00439099", "2026/BZP 00448927",
                                                 "2026/BZP 00453849"};

TEST(BzpFetchTest, EveryRecordOnce_AcrossPageBoundaries) {
  test::BzpReplayServer server(test::recorded_bzp_records());
  const auto report = fetch_bzp(fast_options(server.url()));
  EXPECT_EQ(bzp_numbers(report.records), kRecordedOrder);
  // Two full pages, then an empty one that ends the fetch; each next page follows the last objectId.
  EXPECT_EQ(report.pages, 3u);
  EXPECT_THAT(search_after(server),
              ElementsAre("-", "08df1323-1b2d-9e0b-db89-6a0001709b90", "08df1a13-1518-3829-db89-6a00014692f4"));
  EXPECT_EQ(report.retries, 0u);
  EXPECT_EQ(report.duplicates, 0u);
}

TEST(BzpFetchTest, StopsAtShortPage_WithoutAskingFurther) {
  auto records = test::recorded_bzp_records();
  records.pop_back();  // three records: a full page of 2, then a page of 1
  test::BzpReplayServer server(records);
  const auto report = fetch_bzp(fast_options(server.url()));
  EXPECT_EQ(bzp_numbers(report.records),
            std::vector<std::string>(kRecordedOrder.begin(), kRecordedOrder.begin() + 3));
  EXPECT_EQ(report.pages, 2u);
  EXPECT_EQ(server.requests().size(), 2u);
}

TEST(BzpFetchTest, SendsTheApiQuery_ForTypeAndDays) {
  test::BzpReplayServer server(test::recorded_bzp_records());
  auto options = fast_options(server.url());
  options.notice_type = "TenderResultNotice";
  options.page_size = 500;
  fetch_bzp(options);
  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  const std::map<std::string, std::string> expected{{"NoticeType", "TenderResultNotice"},
                                                    {"PublicationDateFrom", "2026-09-15T00:00:00"},
                                                    {"PublicationDateTo", "2026-09-24T23:59:59"},
                                                    {"PageSize", "500"}};
  EXPECT_EQ(requests.front(), expected);
}

TEST(BzpFetchTest, RecordsKeptAsTheApiWroteThem) {
  test::BzpReplayServer server(test::recorded_bzp_records());
  const auto report = fetch_bzp(fast_options(server.url()));
  ASSERT_EQ(report.records.size(), 4u);
  EXPECT_EQ(nlohmann::json::parse(report.records[1]), test::recorded_bzp_records()[1]);
  EXPECT_EQ(report.records[1].find('\n'), std::string::npos);  // one record a line
}

TEST(BzpFetchTest, Retries_AfterHttp500) {
  test::BzpReplayServer server(test::recorded_bzp_records());
  server.fail_next({test::ReplayFault::http500, test::ReplayFault::http500});
  std::vector<std::string> problems;
  const auto report = fetch_bzp(fast_options(server.url()), [&](const BzpFetchEvent& e) {
    if (e.kind == BzpFetchEvent::Kind::retry) problems.push_back(std::to_string(e.page) + ": " + e.problem);
  });
  EXPECT_EQ(bzp_numbers(report.records), kRecordedOrder);
  EXPECT_EQ(report.retries, 2u);
  EXPECT_THAT(problems, ElementsAre("1: HTTP 500", "1: HTTP 500"));
}

TEST(BzpFetchTest, Retries_AfterTimeout) {
  test::BzpReplayServer server(test::recorded_bzp_records());
  server.set_slow_delay(std::chrono::milliseconds(600));  // the client waits 200 ms
  server.fail_next({test::ReplayFault::slow});
  std::vector<std::string> problems;
  const auto report = fetch_bzp(fast_options(server.url()), [&](const BzpFetchEvent& e) {
    if (e.kind == BzpFetchEvent::Kind::retry) problems.push_back(e.problem);
  });
  EXPECT_EQ(bzp_numbers(report.records), kRecordedOrder);
  EXPECT_EQ(report.retries, 1u);
  EXPECT_THAT(problems, ElementsAre("no answer: nothing complete within the timeout"));
}

TEST(BzpFetchTest, GivesUp_WhenServerKeepsFailing) {
  test::BzpReplayServer server(test::recorded_bzp_records());
  server.fail_always(test::ReplayFault::http500);
  const auto options = fast_options(server.url());
  try {
    fetch_bzp(options);
    FAIL() << "expected an io error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(std::string(e.what()), server.url() +
                                         "?NoticeType=ContractNotice&PageSize=2&PublicationDateFrom=2026-09-15T00%3A00%3A00"
                                         "&PublicationDateTo=2026-09-24T23%3A59%3A59: HTTP 500 (gave up "
                                         "after 3 tries)");
  }
  EXPECT_EQ(server.requests().size(), 3u);
}

TEST(BzpFetchTest, CannotConnect_WhenNothingListens) {
  auto options = fast_options("http://127.0.0.1:" + std::to_string(test::unused_loopback_port()) + "/mo-board/api/v1/notice");
  options.tries = 2;
  try {
    fetch_bzp(options);
    FAIL() << "expected an io error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(e.problem(), "cannot connect: host unknown, unreachable or refusing connections (gave up after 2 tries)");
    EXPECT_EQ(e.where().file.rfind(options.url + "?NoticeType=ContractNotice", 0), 0u) << e.where().file;
  }
}

// The io error of a fetch, its message without the request URL (checked to start the message).
std::string io_problem(const BzpFetchOptions& options) {
  try {
    fetch_bzp(options);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(e.where().file.rfind(options.url + "?", 0), 0u) << e.what();
    return e.problem();
  }
  ADD_FAILURE() << "expected an io error";
  return {};
}

TEST(BzpFetchTest, MalformedJson_IsIoErrorNamingUrlAndPage) {
  test::BzpReplayServer server(test::recorded_bzp_records());
  server.fail_next({test::ReplayFault::none, test::ReplayFault::malformed});
  EXPECT_EQ(io_problem(fast_options(server.url())),
            "page 2: malformed JSON at byte 19: syntax error while parsing object key - unexpected end of input; "
            "expected string literal");
  EXPECT_EQ(server.requests().back().at("SearchAfter"), "08df1323-1b2d-9e0b-db89-6a0001709b90");
}

TEST(BzpFetchTest, AnswerNotAnArray_IsIoError) {
  test::BzpReplayServer server(test::recorded_bzp_records());
  server.fail_next({test::ReplayFault::not_array});
  EXPECT_EQ(io_problem(fast_options(server.url())), "page 1: expected a JSON array, got object");
}

TEST(BzpFetchTest, FullPageEndingWithoutObjectId_IsIoError) {
  test::BzpReplayServer server(test::recorded_bzp_records());
  auto options = fast_options(server.url());
  options.page_size = 1;  // the first recorded record was stored without its objectId
  EXPECT_EQ(io_problem(options), "page 1: the last record has no objectId to ask the next page after");
}

TEST(BzpFetchTest, BadOptions_AreInvalidInput) {
  auto options = fast_options("http://127.0.0.1:1/x");
  const auto message = [](const BzpFetchOptions& o) {
    try {
      fetch_bzp(o);
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::invalid_input);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  auto bad = options;
  bad.from = "2026-02-30";
  EXPECT_EQ(message(bad), R"(--from "2026-02-30": expected a date YYYY-MM-DD)");
  bad = options;
  bad.to = "2026-09-01";
  EXPECT_EQ(message(bad), R"(--to "2026-09-01": is before --from 2026-09-15)");
  bad = options;
  bad.notice_type = "Contract&Notice";
  EXPECT_EQ(message(bad), R"(--type "Contract&Notice": expected a notice type such as ContractNotice)");
  bad = options;
  bad.url = "ftp://ezamowienia.gov.pl/x";
  EXPECT_EQ(message(bad), R"(--base-url "ftp://ezamowienia.gov.pl/x": expected http(s)://HOST[:PORT]/PATH)");
}

}  // namespace
}  // namespace pesmatch
