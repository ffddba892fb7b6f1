// A real pesmatch server for the tests: the bundled example catalogue indexed on disk, the server
// started in-process on a free loopback port, and an HTTP client to talk to it.
#pragma once

#include <httplib.h>

#include <memory>
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

}  // namespace pesmatch::test
