// The HTTP server of `pesmatch serve`: the JSON API under /v1 and the web page at /. It only
// parses requests and prints answers; every decision is the library's. Not a public header: it
// is shared by the CLI and the server tests.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace pesmatch::server {

/// What `serve` was asked for; the defaults are those documented in the README.
struct ServerConfig {
  std::string db;                       ///< index directory (re-publishing it is picked up live)
  std::string reference_dir;            ///< reference data ("" = the default location)
  std::string data_dir;                 ///< pesmatch data (word lists, model)
  std::string model_path;               ///< ranking model ("" = DATA/model.json)
  std::string host = "127.0.0.1";       ///< address to listen on
  int port = 8080;                      ///< 0 = any free port (see Server::port)
  std::size_t threads = 2;              ///< worker threads = requests served at once
  std::size_t max_queue = 64;           ///< accepted connections waiting for a worker; beyond, 503 "server busy"
  std::size_t max_body_bytes = 1 << 20; ///< larger request bodies get 413
  /// Per request: the socket read/write timeout, and the time from its headers to its answer,
  /// past which the work stops and the answer is 503 (milliseconds, so tests can make it short).
  std::chrono::milliseconds timeout{10'000};
  bool log_requests = true;             ///< one line per request on stderr
};

/// A running server. Loads the reference data, the analyzer resources and the model on
/// construction (throws pesmatch::Error when they or the index cannot be opened), then serves
/// on its own threads until stop() or destruction.
class Server {
 public:
  /// Loads everything and binds the port; throws pesmatch::Error(io) when it cannot.
  explicit Server(ServerConfig config);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// The bound port (the chosen one when the config asked for 0).
  [[nodiscard]] int port() const noexcept;
  /// Serves until stop() is called; blocks the calling thread.
  void run();
  /// Starts serving on a background thread and returns once requests are accepted.
  void start();
  /// Stops accepting and waits for the requests in progress.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pesmatch::server
