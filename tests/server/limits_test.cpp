// The server's limits over real loopback HTTP: a request past --timeout is stopped with 503.
#include <gtest/gtest.h>

#include <chrono>
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

}  // namespace
}  // namespace pesmatch
