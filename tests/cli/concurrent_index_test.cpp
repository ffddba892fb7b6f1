// Readers never see a half-published index: while `pesmatch index` re-publishes one database
// directory in a loop, alternating two catalogues, `match` processes and a `pesmatch serve`
// answering POST /v1/match run without pause, and every answer is exactly one of the two
// catalogues' known rankings.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <map>
#include <regex>
#include <thread>

#include "support/fixtures.hpp"
#include "support/process.hpp"

namespace pesmatch {
namespace {

constexpr int kPublishes = 24;
constexpr int kReaders = 2;

std::vector<std::string> match_args(const std::string& db) {
  return {"match", "--db", db, "--tender", test::data_dir() + "/examples/tender.json", "--format", "trec", "--top", "20"};
}

std::vector<std::string> index_args(const std::string& catalogue, const std::string& db) {
  return {"index", "--pes", catalogue, "--db", db};
}

// `pesmatch serve --port 0` on `db`, its port read from the line it logs on stderr.
class Server {
 public:
  Server(const test::TempDir& dir, const std::string& name, const std::string& db)
      : log_(dir.path(name + ".log")),
        child_({"serve", "--db", db, "--port", "0", "--host", "127.0.0.1", "--threads", "2", "--no-log"},
               test::ChildOptions{0, "", log_}) {
    const std::regex listening("listening on http://127\\.0\\.0\\.1:([0-9]+)/");
    for (int i = 0; i < 600 && port_ == 0; ++i) {
      std::smatch m;
      const std::string log = test::read_file(log_);
      if (std::regex_search(log, m, listening)) port_ = std::stoi(m[1]);
      else std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  int port() const { return port_; }
  std::string log() const { return test::read_file(log_); }

 private:
  std::string log_;
  test::Child child_;
  int port_ = 0;
};

// One HTTP/1.1 POST; returns the status line and body ("" when the connection failed).
std::pair<std::string, std::string> http_post(int port, const std::string& target, const std::string& body) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    if (fd >= 0) ::close(fd);
    return {"", ""};
  }
  const std::string request = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                              "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
  for (std::size_t sent = 0; sent < request.size();) {
    const auto n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  std::string response;
  char buf[1 << 14];
  for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) response.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  const auto head_end = response.find("\r\n\r\n");
  if (head_end == std::string::npos) return {response, ""};
  return {response.substr(0, response.find("\r\n")), response.substr(head_end + 4)};
}

TEST(ConcurrentIndexTest, ReadersDuringRepublishing_AlwaysGetOneOfTheTwoRankings) {
  test::TempDir dir;
  const std::string catalogues[2] = {test::fixture("mini_pes.jsonl"), test::data_dir() + "/examples/pes.jsonl"};
  std::map<std::string, int> expected;  // ranking → times a reader got it
  for (int c = 0; c < 2; ++c) {
    const auto db = dir.path("expected" + std::to_string(c));
    ASSERT_EQ(test::run_pesmatch(index_args(catalogues[c], db)).exit_code, 0);
    const auto r = test::run_pesmatch(match_args(db));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_NE(r.out.find(" Q0 "), std::string::npos);
    expected[r.out] = 0;
  }
  ASSERT_EQ(expected.size(), 2u) << "the two catalogues must rank differently";

  const auto live = dir.path("live");
  ASSERT_EQ(test::run_pesmatch(index_args(catalogues[0], live)).exit_code, 0);

  // The server's answers for the two catalogues, from servers over the two fixed indexes.
  const std::string tender = test::read_file(test::data_dir() + "/examples/tender.json");
  std::map<std::string, int> expected_http;
  for (int c = 0; c < 2; ++c) {
    const Server fixed(dir, "fixed" + std::to_string(c), dir.path("expected" + std::to_string(c)));
    ASSERT_NE(fixed.port(), 0) << fixed.log();
    const auto [status, body] = http_post(fixed.port(), "/v1/match?top=20", tender);
    ASSERT_EQ(status, "HTTP/1.1 200 OK") << body;
    expected_http[body] = 0;
  }
  ASSERT_EQ(expected_http.size(), 2u);
  const Server server(dir, "live", live);
  ASSERT_NE(server.port(), 0) << server.log();
  std::atomic<bool> writing{true};
  std::atomic<int> reads{0}, wrong{0};
  std::mutex first_failure_mutex;
  std::string first_failure;
  std::vector<std::thread> readers;
  for (int i = 0; i < kReaders; ++i)
    readers.emplace_back([&] {
      while (writing) {
        const auto r = test::run_measured(match_args(live));
        ++reads;
        std::lock_guard lock(first_failure_mutex);
        if (r.exit_code == 0 && expected.count(r.out)) {
          ++expected[r.out];
        } else {
          ++wrong;
          if (first_failure.empty()) first_failure = "exit " + std::to_string(r.exit_code) + ": " + r.err + r.out;
        }
      }
    });
  std::atomic<int> http_reads{0}, http_wrong{0};
  readers.emplace_back([&] {
    while (writing) {
      const auto [status, body] = http_post(server.port(), "/v1/match?top=20", tender);
      ++http_reads;
      std::lock_guard lock(first_failure_mutex);
      if (status == "HTTP/1.1 200 OK" && expected_http.count(body)) {
        ++expected_http[body];
      } else {
        ++http_wrong;
        if (first_failure.empty()) first_failure = "HTTP " + status + ": " + body;
      }
    }
  });
  int published = 0;
  for (int i = 1; i <= kPublishes; ++i) published += test::run_pesmatch(index_args(catalogues[i % 2], live)).exit_code == 0;
  writing = false;
  for (auto& t : readers) t.join();
  std::cerr << "[ measured ] " << published << " publishes, " << reads << " match runs (" << wrong
            << " failed or wrong), " << http_reads << " POST /v1/match (" << http_wrong << " failed or wrong)\n";
  EXPECT_EQ(published, kPublishes);
  EXPECT_EQ(wrong, 0) << first_failure;
  EXPECT_EQ(http_wrong, 0) << first_failure;
  EXPECT_GE(reads, kPublishes) << "readers must overlap the publishing";
  EXPECT_GE(http_reads, kPublishes);
  for (const auto& [ranking, times] : expected) EXPECT_GT(times, 0) << "both catalogues seen by match";
  for (const auto& [ranking, times] : expected_http) EXPECT_GT(times, 0) << "both catalogues seen by serve";
}

}  // namespace
}  // namespace pesmatch
