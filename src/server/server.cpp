#include "server/server.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <httplib.h>
#include <iostream>
#include <thread>

#include "pesmatch/error.hpp"
#include "server/context.hpp"
#include "server/http_util.hpp"
#include "server/routes.hpp"
#include "server/task_queue.hpp"

namespace pesmatch::server {
namespace {

std::string error_for_status(int status, const httplib::Request& req, const ServerConfig& config) {
  switch (status) {
    case 404: return "no such resource: " + req.method + " " + req.path;
    case 413: return "request body larger than " + std::to_string(config.max_body_bytes) + " bytes";
    case 405: return "method not allowed: " + req.method + " " + req.path;
    default: return status < 500 ? "bad request" : "internal error";
  }
}

std::string busy_message(const ServerConfig& config) {
  return "server busy: queue full (" + std::to_string(config.max_queue) + " waiting); retry later";
}

}  // namespace

Context::Context(ServerConfig c)
    : config(std::move(c)),
      ref(ReferenceData::load(resolve_reference_dir(config.reference_dir))),
      cpv(ref.cpv),
      places(ref.territory),
      engines(config.db, ref, Model::load(config.model_path.empty() ? config.data_dir + "/model.json" : config.model_path),
              config.data_dir) {}

struct Server::Impl {
  Context ctx;
  httplib::Server http;
  std::thread thread;
  std::atomic<bool> ended{false};  // set when the listening loop has returned
  int port = 0;

  explicit Impl(ServerConfig config) : ctx(std::move(config)) {}

  void configure() {
    const auto& c = ctx.config;
    http.new_task_queue = [threads = c.threads, queue = c.max_queue] { return new BoundedPool(threads, queue); };
    http.set_payload_max_length(c.max_body_bytes);
    const auto timeout_s = std::chrono::duration_cast<std::chrono::seconds>(c.timeout);
    const auto timeout_us = std::chrono::duration_cast<std::chrono::microseconds>(c.timeout - timeout_s);
    http.set_read_timeout(timeout_s.count(), timeout_us.count());
    http.set_write_timeout(timeout_s.count(), timeout_us.count());
    http.set_keep_alive_max_count(100);
    http.set_keep_alive_timeout(1);  // an idle keep-alive connection holds its worker
    http.set_tcp_nodelay(true);
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      start_request_clock(ctx.config.timeout);
      if (!BoundedPool::shedding()) return httplib::Server::HandlerResponse::Unhandled;
      // Refused before its body is read, so that refusing stays cheap whatever the client sends.
      // The client is told to close: the unread body would otherwise be read as its next request
      // (httplib writes "Connection: close" itself when the request asked for it).
      if (req.get_header_value("Connection") != "close") res.set_header("Connection", "close");
      res.set_header("Retry-After", "1");
      send_error(res, 503, busy_message(ctx.config));
      return httplib::Server::HandlerResponse::Handled;
    });
    http.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      send_error(res, res.status, error_for_status(res.status, req, ctx.config));
      return httplib::Server::HandlerResponse::Handled;
    }));
    if (c.log_requests) http.set_logger([](const httplib::Request& req, const httplib::Response& res) { log(req, res); });
    add_rank_routes(http, ctx);
    add_suggest_routes(http, ctx);
    add_feedback_routes(http, ctx);
    add_lookup_routes(http, ctx);
    add_page_routes(http);
  }

  static void log(const httplib::Request& req, const httplib::Response& res) {
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - request_started()).count();
    char line[512];
    std::snprintf(line, sizeof line, "pesmatch serve: %s %s %s %d %zu B %.1f ms\n", req.remote_addr.c_str(),
                  req.method.c_str(), req.path.c_str(), res.status, res.body.size(), ms);
    std::cerr << line;
  }

  void bind() {
    const auto& c = ctx.config;
    port = c.port == 0 ? http.bind_to_any_port(c.host) : (http.bind_to_port(c.host, c.port) ? c.port : -1);
    if (port <= 0)
      throw Error(ErrorCode::io, ErrorLocation{c.host + ":" + std::to_string(c.port), 0, {}, {}}, "cannot listen on this address");
  }
};

Server::Server(ServerConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {
  // Open the index once now, so that a bad --db fails at start and not on the first request.
  {
    Analyzer analyzer(AnalyzerConfig::defaults(impl_->ctx.config.data_dir));
    const auto& c = impl_->ctx.config;
    Matcher probe(c.db, {impl_->ctx.ref, analyzer, Model::load(c.model_path.empty() ? c.data_dir + "/model.json" : c.model_path),
                  c.data_dir});
    for (const auto& w : probe.warnings()) std::cerr << "pesmatch: warning: " << w << "\n";
  }
  impl_->configure();
  impl_->bind();
}

Server::~Server() { stop(); }

int Server::port() const noexcept { return impl_->port; }

void Server::run() { impl_->http.listen_after_bind(); }

void Server::start() {
  impl_->thread = std::thread([this] {
    impl_->http.listen_after_bind();
    impl_->ended = true;
  });
  // listen_after_bind returns at once when it cannot listen; do not wait for it forever then.
  while (!impl_->http.is_running() && !impl_->ended) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  if (!impl_->http.is_running()) {
    impl_->thread.join();
    throw Error(ErrorCode::io, "cannot serve on port " + std::to_string(impl_->port));
  }
}

void Server::stop() {
  if (impl_->http.is_running()) impl_->http.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

}  // namespace pesmatch::server
