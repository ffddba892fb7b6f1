#include "support/bzp_replay_server.hpp"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

namespace pesmatch::test {

std::vector<nlohmann::json> recorded_bzp_records() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/bzp"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<nlohmann::json> with_id, without_id;
  for (const auto& f : files) {
    auto record = nlohmann::json::parse(std::ifstream(f));
    (record.contains("objectId") ? with_id : without_id).push_back(std::move(record));
  }
  if (with_id.size() != without_id.size()) throw std::runtime_error("expected as many records with objectId as without");
  std::vector<nlohmann::json> ordered;
  for (std::size_t i = 0; i < with_id.size(); ++i) {
    ordered.push_back(std::move(without_id[i]));
    ordered.push_back(std::move(with_id[i]));
  }
  return ordered;
}

struct BzpReplayServer::State {
  std::vector<nlohmann::json> records;
  httplib::Server server;
  std::thread thread;
  int port = 0;
  mutable std::mutex mutex;
  std::deque<ReplayFault> next_faults;
  std::optional<ReplayFault> always;
  std::chrono::milliseconds slow_delay{600};
  std::vector<std::map<std::string, std::string>> requests;

  std::optional<ReplayFault> take_fault(const httplib::Request& req) {
    std::lock_guard lock(mutex);
    requests.emplace_back(req.params.begin(), req.params.end());
    if (always) return always;
    if (next_faults.empty()) return std::nullopt;
    const auto f = next_faults.front();
    next_faults.pop_front();
    return f;
  }

  std::chrono::milliseconds delay() const {
    std::lock_guard lock(mutex);
    return slow_delay;
  }

  // The page the API would give: PageSize records after the one whose objectId is SearchAfter.
  void answer_page(const httplib::Request& req, httplib::Response& res) const {
    for (const char* required : {"NoticeType", "PublicationDateFrom", "PublicationDateTo"})
      if (!req.has_param(required)) {
        res.status = 400;
        res.set_content(std::string("missing ") + required, "text/plain");
        return;
      }
    const std::size_t size = req.has_param("PageSize") ? std::stoul(req.get_param_value("PageSize")) : 10;
    std::size_t start = 0;
    if (req.has_param("SearchAfter")) {
      const auto after = req.get_param_value("SearchAfter");
      const auto it = std::find_if(records.begin(), records.end(),
                                   [&](const nlohmann::json& r) { return r.value("objectId", "") == after; });
      if (it == records.end()) {
        res.status = 400;
        res.set_content("unknown SearchAfter", "text/plain");
        return;
      }
      start = static_cast<std::size_t>(it - records.begin()) + 1;
    }
    nlohmann::json page = nlohmann::json::array();
    for (std::size_t i = start; i < records.size() && page.size() < size; ++i) page.push_back(records[i]);
    res.set_content(page.dump(), "application/json");
  }

  void handle(const httplib::Request& req, httplib::Response& res) {
    const auto fault = take_fault(req);
    if (!fault) return answer_page(req, res);
    switch (*fault) {
      case ReplayFault::none: return answer_page(req, res);
      case ReplayFault::http500:
        res.status = 500;
        res.set_content("Internal Server Error", "text/plain");
        return;
      case ReplayFault::slow:
        std::this_thread::sleep_for(delay());
        return answer_page(req, res);
      case ReplayFault::malformed: res.set_content("[{\"objectId\": \"x\",", "application/json"); return;
      case ReplayFault::not_array: res.set_content(R"({"error":"maintenance"})", "application/json"); return;
    }
  }
};

BzpReplayServer::BzpReplayServer(std::vector<nlohmann::json> records) : state_(std::make_unique<State>()) {
  state_->records = std::move(records);
  state_->server.Get("/mo-board/api/v1/notice",
                     [s = state_.get()](const httplib::Request& req, httplib::Response& res) { s->handle(req, res); });
  state_->port = state_->server.bind_to_any_port("127.0.0.1");
  if (state_->port <= 0) throw std::runtime_error("replay server: cannot bind 127.0.0.1");
  state_->thread = std::thread([s = state_.get()] { s->server.listen_after_bind(); });
}

BzpReplayServer::~BzpReplayServer() {
  state_->server.stop();
  if (state_->thread.joinable()) state_->thread.join();
}

std::string BzpReplayServer::url() const {
  return "http://127.0.0.1:" + std::to_string(state_->port) + "/mo-board/api/v1/notice";
}

void BzpReplayServer::fail_next(std::vector<ReplayFault> faults) {
  std::lock_guard lock(state_->mutex);
  state_->next_faults.assign(faults.begin(), faults.end());
}

void BzpReplayServer::fail_always(ReplayFault fault) {
  std::lock_guard lock(state_->mutex);
  state_->always = fault;
}

void BzpReplayServer::set_slow_delay(std::chrono::milliseconds delay) {
  std::lock_guard lock(state_->mutex);
  state_->slow_delay = delay;
}

std::vector<std::map<std::string, std::string>> BzpReplayServer::requests() const {
  std::lock_guard lock(state_->mutex);
  return state_->requests;
}

int unused_loopback_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
                     ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
  if (fd >= 0) ::close(fd);  // never listened: a connection there is refused
  if (!bound) throw std::runtime_error("cannot find a free loopback port");
  return ntohs(addr.sin_port);
}

}  // namespace pesmatch::test
