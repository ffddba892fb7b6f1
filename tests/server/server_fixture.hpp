// A real pesmatch server for the tests: the bundled example catalogue indexed on disk, the server
// started in-process on a free loopback port, and an HTTP client to talk to it.
#pragma once

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

#include "server/server.hpp"
#include "support/fixtures.hpp"

namespace pesmatch::test {

/// Indexes `pes` (+ `tenders`) into DIR/db with the real binary; fails the test when it cannot.
inline void index_catalogue(const std::string& db, const std::string& pes, const std::string& tenders) {
  std::vector<std::string> args{"index", "--pes", pes, "--db", db};
  if (!tenders.empty()) args.insert(args.end(), {"--tenders", tenders});
  const auto r = run_pesmatch(args);
  if (r.exit_code != 0) throw std::runtime_error("index failed: " + r.err);
}

/// The server configuration the tests use: loopback, any port, small body limit, no log.
inline server::ServerConfig test_config(const std::string& db) {
  server::ServerConfig c;
  c.db = db;
  c.reference_dir = PESMATCH_TEST_REFERENCE_DIR;
  c.data_dir = PESMATCH_TEST_DATA_DIR;
  c.port = 0;
  c.threads = 4;
  c.max_body_bytes = 64 * 1024;
  c.log_requests = false;
  return c;
}

/// A started server; stopped on destruction.
class RunningServer {
 public:
  explicit RunningServer(server::ServerConfig config) : server_(std::make_unique<server::Server>(std::move(config))) {
    server_->start();
  }
  ~RunningServer() { server_->stop(); }
  /// A client for the server, with generous timeouts for slow CI machines.
  [[nodiscard]] std::unique_ptr<httplib::Client> client() const {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    c->set_read_timeout(60, 0);
    return c;
  }
  [[nodiscard]] int port() const { return server_->port(); }

 private:
  std::unique_ptr<server::Server> server_;
};

/// A client on a plain loopback socket, for what httplib::Client cannot do: send a request in
/// pieces with pauses (a slow upload), or hold a request half-sent while others arrive.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd_ < 0 || ::connect(fd_, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0)
      throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
  }
  ~RawConnection() { ::close(fd_); }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  /// The head of `POST path` with a body of `body_size` bytes (the body is sent separately).
  static std::string post_head(const std::string& path, std::size_t body_size) {
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
           "Content-Type: application/json\r\nContent-Length: " + std::to_string(body_size) + "\r\n\r\n";
  }
  /// Sends all of `bytes`; throws when the server has closed the connection.
  void send(const std::string& bytes) {
    for (std::size_t done = 0; done < bytes.size();) {
      const auto n = ::send(fd_, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
      if (n <= 0) throw std::runtime_error("send failed");
      done += static_cast<std::size_t>(n);
    }
  }
  /// Whether the server has answered (or closed) within `ms` milliseconds.
  [[nodiscard]] bool answered_within(int ms) const {
    pollfd p{fd_, POLLIN, 0};
    return ::poll(&p, 1, ms) > 0;
  }
  /// Everything the server sends until it closes the connection (it is asked to close it).
  [[nodiscard]] std::string response() const {
    std::string out;
    char buf[4096];
    for (ssize_t n; (n = ::recv(fd_, buf, sizeof buf, 0)) > 0;) out.append(buf, static_cast<std::size_t>(n));
    return out;
  }
  /// The status line of a whole response, e.g. "HTTP/1.1 503 Service Unavailable".
  static std::string status_line(const std::string& response) { return response.substr(0, response.find("\r\n")); }
  /// The body of a whole response.
  static std::string body(const std::string& response) {
    const auto at = response.find("\r\n\r\n");
    return at == std::string::npos ? std::string() : response.substr(at + 4);
  }

 private:
  int fd_;
};

}  // namespace pesmatch::test
