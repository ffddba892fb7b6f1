// libFuzzer target: an HTTP request as `serve` handles it, past the socket. The first line of the
// input is the query string (URL-decoded by cpp-httplib as on the wire), the rest the body. The
// handler reads every kind of parameter and the tender body, and its answer, an error included,
// must be one well-formed JSON document: a throw or broken JSON would be a 500 or a dead worker.
#include <httplib.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "fuzz_support.hpp"
#include "server/http_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  httplib::Request req;
  httplib::detail::parse_query_text(input.substr(0, newline), req.params);
  req.body = newline == std::string::npos ? std::string() : input.substr(newline + 1);
  httplib::Response res;
  const auto& ref = pesmatch::fuzz::reference();
  const auto handler = pesmatch::server::guarded([&ref](const httplib::Request& r, httplib::Response& out) {
    pesmatch::server::size_param(r, "top", 20, 1, 1000);
    pesmatch::server::number_param(r, "reach_km", 60, 1, 1000);
    pesmatch::server::choice_param(r, "format", {"json", "html"});
    pesmatch::server::date_param(r, "today");
    pesmatch::server::flag_param(r, "show_excluded", false);
    const auto tender = pesmatch::server::tender_from_body(r, ref);
    pesmatch::server::send_json(out, nlohmann::json{{"id", tender.id}}.dump());
  });
  handler(req, res);
  if (!nlohmann::json::accept(res.body)) std::abort();
  return 0;
}
