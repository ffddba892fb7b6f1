// The server's limits over real loopback HTTP: a request past --timeout is stopped with 503, an
// overloaded server (full queue) refuses at once with 503 and Retry-After instead of hanging, and
// tenders added with `index --add-tenders` are suggested on the next request.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "server/server_fixture.hpp"

namespace pesmatch {
namespace {

using namespace std::chrono_literals;

class ServerLimitsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new test::TempDir();
    test::index_catalogue(dir->path("db"), test::data_dir() + "/examples/pes.jsonl", test::data_dir() + "/examples/tenders.jsonl");
  }
  static void TearDownTestSuite() { delete dir; }
  static std::string tender_body() { return test::read_file(test::data_dir() + "/examples/tender.json"); }

  static inline test::TempDir* dir = nullptr;
};

// The clock starts when the request's head has arrived; here the body then trickles in for longer
// than the limit (each piece well within the socket timeout), so the match must not start.
TEST_F(ServerLimitsTest, RequestPastTheTimeout_Is503WithTheLimit) {
  auto config = test::test_config(dir->path("db"));
  config.timeout = 1500ms;
  config.threads = 1;  // one worker, whose engines the first request opens (that takes a while)
  test::RunningServer server(config);
  const std::string body = tender_body();
  const auto at_once = [&] {
    const auto r = server.client()->Post("/v1/match?top=5", body, "application/json");
    ASSERT_TRUE(r) << httplib::to_string(r.error());
    EXPECT_EQ(r->status, 200) << r->body;
  };
  at_once();

  test::RawConnection slow(server.port());
  slow.send(test::RawConnection::post_head("/v1/match?top=5", body.size()));
  const std::size_t pieces = 10;  // 10 × 250 ms ≥ 2.5 s > 1.5 s, each pause far below 1.5 s
  for (std::size_t i = 0; i < pieces; ++i) {
    std::this_thread::sleep_for(250ms);
    const std::size_t from = body.size() * i / pieces, to = body.size() * (i + 1) / pieces;
    slow.send(body.substr(from, to - from));
  }
  const auto response = slow.response();
  EXPECT_EQ(test::RawConnection::status_line(response), "HTTP/1.1 503 Service Unavailable");
  EXPECT_NE(response.find("Content-Type: application/json; charset=utf-8\r\n"), std::string::npos) << response;
  EXPECT_EQ(test::RawConnection::body(response), "{\"status\":503,\"error\":\"request took longer than 1.5 s\"}\n");

  at_once();  // the worker is free again and the same request, sent at once, is well within the limit
}

// One worker, a queue of one. A holds the worker (its body is withheld), B waits in the queue;
// the requests that come then find the queue full and are refused at once, while A and B are
// served in full once their bodies arrive.
TEST_F(ServerLimitsTest, FullQueue_RefusesWith503AndRetryAfter_AndServesTheOthers) {
  auto config = test::test_config(dir->path("db"));
  config.threads = 1;
  config.max_queue = 1;
  test::RunningServer server(config);
  const std::string body = tender_body();
  const std::string head = test::RawConnection::post_head("/v1/match?top=3", body.size());

  test::RawConnection a(server.port());
  a.send(head);
  std::this_thread::sleep_for(300ms);  // the worker takes A and waits for its body
  test::RawConnection b(server.port());
  b.send(head);
  std::this_thread::sleep_for(100ms);

  std::vector<std::future<httplib::Result>> refused;
  for (int i = 0; i < 4; ++i)
    refused.push_back(std::async(std::launch::async, [&] {
      return server.client()->Post("/v1/match?top=3", body, "application/json");
    }));
  for (auto& f : refused) {
    const auto r = f.get();
    ASSERT_TRUE(r) << httplib::to_string(r.error());
    EXPECT_EQ(r->status, 503);
    EXPECT_EQ(r->get_header_value("Retry-After"), "1");
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
    EXPECT_EQ(r->body, "{\"status\":503,\"error\":\"server busy: queue full (1 waiting); retry later\"}\n");
  }

  // B was queued unless the worker had not yet taken A when B came (then B was the one refused).
  const bool b_refused = b.answered_within(200);
  a.send(body);
  const auto a_response = a.response();
  EXPECT_EQ(test::RawConnection::status_line(a_response), "HTTP/1.1 200 OK");
  EXPECT_EQ(nlohmann::json::parse(test::RawConnection::body(a_response))["results"].size(), 3u);
  if (b_refused) {
    EXPECT_EQ(test::RawConnection::status_line(b.response()), "HTTP/1.1 503 Service Unavailable");
  } else {
    b.send(body);
    EXPECT_EQ(test::RawConnection::status_line(b.response()), "HTTP/1.1 200 OK");
  }

  // Once the load is gone, requests are served again.
  const auto after = server.client()->Post("/v1/match?top=3", body, "application/json");
  ASSERT_TRUE(after) << httplib::to_string(after.error());
  EXPECT_EQ(after->status, 200) << after->body;
}

// `index --add-tenders` commits into the published generation without publishing a new one; the
// server's long-lived suggesters must still see the added tender on the very next request.
TEST_F(ServerLimitsTest, AddTendersWhileServing_NewTenderIsSuggestedOnTheNextRequest) {
  test::TempDir own;  // not the suite's index: the tender is added for good
  const std::string db = own.path("db");
  test::index_catalogue(db, test::data_dir() + "/examples/pes.jsonl", test::data_dir() + "/examples/tenders.jsonl");
  auto config = test::test_config(db);
  config.threads = 1;  // both requests on the one worker, whose engines were opened by the first
  test::RunningServer server(config);
  const std::string url = "/v1/pes/PES0001/suggest?today=2026-01-15&top=1000";
  const auto ids = [&] {
    const auto r = server.client()->Get(url);
    if (!r || r->status != 200) throw std::runtime_error(r ? r->body : httplib::to_string(r.error()));
    const auto answer = nlohmann::json::parse(r->body);
    std::vector<std::string> out;
    for (const auto& t : answer["tenders"]) out.push_back(t["id"]);
    return out;
  };
  const auto before = ids();
  ASSERT_FALSE(before.empty());
  ASSERT_EQ(std::count(before.begin(), before.end(), "ADDED-1"), 0);

  const auto added = own.write("added.jsonl",
      R"({"id":"ADDED-1","title":"Sprzątanie klatek schodowych i pielęgnacja zieleni osiedlowej we Wrocławiu",)"
      R"("cpv":["90911200-8"],"place_teryt":["0264011"],"published":"2026-01-10","deadline":"2026-02-28"})"
      "\n");
  const auto r = test::run_pesmatch({"index", "--add-tenders", added, "--db", db});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  const auto after = ids();
  EXPECT_EQ(std::count(after.begin(), after.end(), "ADDED-1"), 1);
  EXPECT_EQ(after.size(), before.size() + 1);
}

}  // namespace
}  // namespace pesmatch
