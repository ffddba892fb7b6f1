// `pesmatch serve`: the HTTP API and the web page over one index directory. The server lives in
// src/server; this only turns flags into its configuration.
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "server/server.hpp"

namespace pesmatch::cli {
namespace {

struct ServeCommand {
  ResourceOptions resources;
  ModelOptions model;
  server::ServerConfig config;
  int timeout_s = 10;  // --timeout is in whole seconds; the config counts milliseconds

  void run() {
    config.reference_dir = resources.reference_dir;
    config.data_dir = resources.data();
    config.model_path = model.model_path;
    config.timeout = std::chrono::seconds(timeout_s);
    server::Server srv(config);
    std::cerr << "pesmatch serve: listening on http://" << config.host << ":" << srv.port() << "/ (" << config.threads
              << " threads, queue " << config.max_queue << ", body ≤ " << config.max_body_bytes << " B, timeout "
              << timeout_s << " s)" << std::endl;
    srv.run();
  }
};

}  // namespace

void register_serve(CLI::App& app) {
  auto cmd = std::make_shared<ServeCommand>();
  auto& c = cmd->config;
  c.threads = std::max(1u, std::thread::hardware_concurrency());
  auto* sub = app.add_subcommand("serve", "HTTP API (/v1/...) and the web page at / over an index");
  cmd->resources.add_to(*sub);
  cmd->model.add_to(*sub);
  sub->add_option("--db", c.db, "Index directory; re-publishing it with `index` is picked up live")->required();
  sub->add_option("--port", c.port, "TCP port (0 = any free port, printed on stderr)")
      ->check(CLI::Range(0, 65535))->capture_default_str();
  sub->add_option("--host", c.host, "Address to listen on")->capture_default_str();
  sub->add_option("--threads", c.threads, "Worker threads = requests served at once (default: the number of cores)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{256}));
  sub->add_option("--max-queue", c.max_queue, "Accepted connections waiting for a worker; beyond, 503 \"server busy\"")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100000}))->capture_default_str();
  sub->add_option("--max-body", c.max_body_bytes, "Largest request body in bytes (larger: 413)")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30))->capture_default_str();
  sub->add_option("--timeout", cmd->timeout_s,
                  "Seconds to receive a request, to work on it (past it: 503) and to send the answer")
      ->check(CLI::Range(1, 3600))->capture_default_str();
  sub->add_flag("!--no-log", c.log_requests, "Do not log requests on stderr");
  sub->callback([cmd] { cmd->run(); });
}

}  // namespace pesmatch::cli
