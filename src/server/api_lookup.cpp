// The pickers' look-ups (GET /v1/cpv?q=, GET /v1/teryt?q=), the message catalogue
// (GET /v1/messages?lang=), the map boundaries (GET /v1/map/powiaty|wojewodztwa) and GET
// /v1/health. The searching is the library's CpvLookup and PlaceLookup; this file only prints.
#include <filesystem>
#include <memory>

#include "reference/csv.hpp"
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

nlohmann::ordered_json centroid_json(LatLon p) { return {{"lat", p.lat}, {"lon", p.lon}}; }

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
                              {"parents", m.parents},
                              {"centroid", centroid_json(ctx.ref.territory.centroid(m.unit.code))}});
             send_json(res, out.dump() + "\n");
           }));

  // The page takes its texts from the same catalogue as the reports.
  http.Get("/v1/messages", guarded([](const httplib::Request& req, httplib::Response& res) {
             send_json(res, Catalogue::of(lang_param(req)).json());
           }));

  // The maps' boundaries (GeoJSON of the reference directory, already generalised: 294 KB for
  // the powiaty, 80 KB for the województwa), read once; the page draws them as SVG, offline.
  for (const char* layer : {"powiaty", "wojewodztwa"}) {
    const std::string path = ctx.ref.dir + "/" + layer + ".geojson";
    auto body = std::make_shared<const std::string>(std::filesystem::exists(path) ? detail::read_file(path) : std::string());
    http.Get(std::string("/v1/map/") + layer, guarded([body, path](const httplib::Request&, httplib::Response& res) {
               if (body->empty()) throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, "map boundaries not found");
               res.set_header("Cache-Control", "max-age=3600");
               res.set_content(body->data(), body->size(), "application/geo+json; charset=utf-8");
             }));
  }

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
