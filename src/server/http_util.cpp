#include "server/http_util.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

#include "core/utf8.hpp"
#include "ingest/jsonl_reader.hpp"
#include "pesmatch/ingest.hpp"

namespace pesmatch::server {
namespace {

[[noreturn]] void bad_param(const std::string& name, const std::string& value, const std::string& problem) {
  throw Error(ErrorCode::invalid_input, ErrorLocation{"query", 0, name, value}, problem);
}

// The request this thread is serving: when it started and how long it may take.
struct RequestClock {
  std::chrono::steady_clock::time_point start;
  std::chrono::milliseconds limit{0};
};
thread_local RequestClock request_clock;

// "10" for 10 s, "0.25" for 250 ms: the limit as `--timeout` would write it.
std::string seconds_text(std::chrono::milliseconds ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", static_cast<double>(ms.count()) / 1000.0);
  return buf;
}

std::string utc_today() {
  const auto ymd = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

}  // namespace

Tender tender_from_body(const httplib::Request& req, const ReferenceData& ref) {
  constexpr const char* kBodyName = "request";
  detail::require_utf8(req.body, kBodyName, 1);
  return parse_tender(req.body, ref, kBodyName, 1);
}

void send_json(httplib::Response& res, const std::string& body) {
  res.status = 200;
  res.set_content(body, "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& message, const ErrorLocation& where) {
  nlohmann::ordered_json j;
  j["status"] = status;
  j["error"] = message;
  if (!where.field.empty()) j["field"] = where.field;
  if (where.value) j["value"] = *where.value;
  res.status = status;
  // A query value or path segment may hold any bytes (`%FF`): shown as U+FFFD, never a throw.
  res.set_content(j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n",
                  "application/json; charset=utf-8");
}

int status_of(const Error& e) {
  // The suggester names the PES it does not know in the `pes-id` field: that is a missing resource.
  if (e.code() == ErrorCode::invalid_input && e.where().field == "pes-id") return 404;
  if (e.code() == ErrorCode::invalid_input || e.code() == ErrorCode::usage) return 400;
  if (e.code() == ErrorCode::timeout) return 503;
  return 500;
}

void start_request_clock(std::chrono::milliseconds limit) { request_clock = {std::chrono::steady_clock::now(), limit}; }

std::chrono::steady_clock::time_point request_started() { return request_clock.start; }

std::chrono::steady_clock::time_point request_deadline() { return request_clock.start + request_clock.limit; }

httplib::Server::Handler guarded(std::function<void(const httplib::Request&, httplib::Response&)> handler) {
  return [handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
    try {
      handler(req, res);
    } catch (const Error& e) {
      // The library names the stage it stopped at; the client needs the limit it ran into.
      if (e.code() == ErrorCode::timeout)
        send_error(res, status_of(e), "request took longer than " + seconds_text(request_clock.limit) + " s");
      else
        send_error(res, status_of(e), e.what(), e.where());
    } catch (const std::exception& e) {
      send_error(res, 500, std::string("internal error: ") + e.what());
    }
  };
}

std::size_t size_param(const httplib::Request& req, const std::string& name, std::size_t fallback, std::size_t lo,
                       std::size_t hi) {
  if (!req.has_param(name.c_str())) return fallback;
  const std::string v = req.get_param_value(name.c_str());
  std::size_t n = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || ptr != v.data() + v.size() || n < lo || n > hi)
    bad_param(name, v, "expected a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
  return n;
}

double number_param(const httplib::Request& req, const std::string& name, double fallback, double lo, double hi) {
  if (!req.has_param(name.c_str())) return fallback;
  const std::string v = req.get_param_value(name.c_str());
  double x = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec != std::errc() || ptr != v.data() + v.size() || !(x >= lo && x <= hi)) {
    char range[64];
    std::snprintf(range, sizeof range, "expected a number from %g to %g", lo, hi);
    bad_param(name, v, range);
  }
  return x;
}

std::string date_param(const httplib::Request& req, const std::string& name) {
  if (!req.has_param(name.c_str())) return utc_today();
  const std::string v = req.get_param_value(name.c_str());
  const bool shape = v.size() == 10 && v[4] == '-' && v[7] == '-' &&
                     std::all_of(v.begin(), v.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
  if (!shape) bad_param(name, v, "expected a date YYYY-MM-DD");
  return v;
}

std::string choice_param(const httplib::Request& req, const std::string& name, const std::vector<std::string>& allowed) {
  if (!req.has_param(name.c_str())) return allowed.front();
  const std::string v = req.get_param_value(name.c_str());
  if (std::find(allowed.begin(), allowed.end(), v) == allowed.end()) {
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    bad_param(name, v, "expected one of " + list);
  }
  return v;
}

std::string query_text(const httplib::Request& req) {
  const std::string q = req.get_param_value("q");
  if (q.size() > 200) throw Error(ErrorCode::invalid_input, ErrorLocation{"query", 0, "q", {}}, "longer than 200 bytes");
  if (detail::find_invalid_utf8(q)) throw Error(ErrorCode::invalid_input, ErrorLocation{"query", 0, "q", {}}, "invalid UTF-8");
  return q;
}

Language lang_param(const httplib::Request& req) { return parse_language(choice_param(req, "lang", {"pl", "en"})); }

bool flag_param(const httplib::Request& req, const std::string& name, bool fallback) {
  if (!req.has_param(name.c_str())) return fallback;
  return choice_param(req, name, {"true", "false", "1", "0"}) == "true" || req.get_param_value(name.c_str()) == "1";
}

}  // namespace pesmatch::server
