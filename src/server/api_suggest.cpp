// The adviser's side: GET /v1/pes/{id}/suggest?today=&top=&lang= (what `suggest --format json`
// prints), GET /v1/pes?q= (the member picker) and GET /v1/members?today=&top= (the digest's
// count per member).
#include "pesmatch/digest.hpp"
#include "pesmatch/suggester.hpp"
#include "report/result_json.hpp"
#include "server/http_util.hpp"
#include "server/routes.hpp"

namespace pesmatch::server {

void add_suggest_routes(httplib::Server& http, Context& ctx) {
  http.Get(R"(/v1/pes/([^/]+)/suggest)", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
             SuggestOptions options;
             options.top_k = size_param(req, "top", options.top_k, 1, 1000);
             options.today = date_param(req, "today");
             options.deadline = request_deadline();
             const auto result = ctx.engines.for_this_thread().suggester().suggest(req.matches[1], options);
             send_json(res, detail::suggest_result_json(result, lang_param(req)).dump(2) + "\n");
           }));

  http.Get("/v1/pes", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
             const auto limit = size_param(req, "limit", 10, 1, 100);
             const Language lang = lang_param(req);
             nlohmann::ordered_json out = nlohmann::ordered_json::array();
             for (const auto& p : ctx.engines.for_this_thread().suggester().find_pes(query_text(req), limit))
               out.push_back({{"id", p.id}, {"name", p.name}, {"legal_form", p.legal_form},
                              {"legal_form_label", detail::legal_form_label(p.legal_form, lang)}, {"teryt", p.teryt},
                              {"place", p.place}, {"nip", p.nip}, {"location", {{"lat", p.location.lat}, {"lon", p.location.lon}}}});
             send_json(res, out.dump() + "\n");
           }));

  http.Get("/v1/members", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
             SuggestOptions options;
             options.top_k = size_param(req, "top", options.top_k, 1, 1000);
             options.today = date_param(req, "today");
             options.deadline = request_deadline();
             auto& suggester = ctx.engines.for_this_thread().suggester();
             auto ids = suggester.pes_ids();
             ids.resize(std::min(ids.size(), size_param(req, "limit", 100, 1, 1000)));
             nlohmann::ordered_json out = nlohmann::ordered_json::array();
             for (const auto& m : summarise_members(suggester, ids, options))
               out.push_back({{"pes", m.pes_id}, {"name", m.name}, {"tenders", m.tenders}, {"best_tender", m.best_tender},
                              {"best_score", m.best_score}});
             send_json(res, out.dump() + "\n");
           }));
}

}  // namespace pesmatch::server
