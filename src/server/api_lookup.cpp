// The pickers' look-ups (GET /v1/cpv?q=, GET /v1/teryt?q=) and GET /v1/health. The searching is
// the library's CpvLookup and PlaceLookup; this file only prints their answers.
#include "core/utf8.hpp"
#include "server/http_util.hpp"
#include "server/routes.hpp"

namespace pesmatch::server {
namespace {

const char* level_name(TerytLevel level) {
  switch (level) {
    case TerytLevel::wojewodztwo: return "wojewodztwo";
    case TerytLevel::powiat: return "powiat";
    case TerytLevel::gmina: return "gmina";
  }
  return "";
}

std::string query_text(const httplib::Request& req) {
  const std::string q = req.get_param_value("q");
  if (q.size() > 200) throw Error(ErrorCode::invalid_input, ErrorLocation{"query", 0, "q", {}}, "longer than 200 bytes");
  if (detail::find_invalid_utf8(q)) throw Error(ErrorCode::invalid_input, ErrorLocation{"query", 0, "q", {}}, "invalid UTF-8");
  return q;
}

}  // namespace

void add_lookup_routes(httplib::Server& http, Context& ctx) {
  http.Get("/v1/cpv", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
             const auto limit = size_param(req, "limit", 10, 1, 100);
             nlohmann::ordered_json out = nlohmann::ordered_json::array();
             for (const auto& e : ctx.cpv.search(query_text(req), limit))
               out.push_back({{"code", e.code.str()}, {"label", e.label_pl}, {"annex_xiv", e.annex_xiv}});
             send_json(res, out.dump() + "\n");
           }));

  http.Get("/v1/teryt", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
             const auto limit = size_param(req, "limit", 10, 1, 100);
             nlohmann::ordered_json out = nlohmann::ordered_json::array();
             for (const auto& m : ctx.places.search(query_text(req), limit))
               out.push_back({{"code", m.unit.code.str()},
                              {"name", m.unit.name},
                              {"kind", m.unit.kind},
                              {"level", level_name(m.unit.code.level())},
                              {"description", m.description},
                              {"parents", m.parents}});
             send_json(res, out.dump() + "\n");
           }));

  http.Get("/v1/health", guarded([&ctx](const httplib::Request&, httplib::Response& res) {
             auto& matcher = ctx.engines.for_this_thread().matcher();
             nlohmann::ordered_json out;
             out["status"] = "ok";
             out["version"] = matcher.snapshot().version;
             out["generation"] = ctx.engines.published_generation();
             out["pes"] = matcher.size();
             send_json(res, out.dump() + "\n");
           }));
}

}  // namespace pesmatch::server
