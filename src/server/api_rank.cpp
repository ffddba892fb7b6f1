// POST /v1/match and POST /v1/market (`lang=pl|en` for labels and explanations). The body is read by the same tender parser as a file
// (`tender_from_body`), named `request` in error messages, and the answer is what
// `match --format json` and `market --format json|html` print.
#include "pesmatch/ingest.hpp"
#include "pesmatch/market.hpp"
#include "report/result_json.hpp"
#include "server/http_util.hpp"
#include "server/routes.hpp"

namespace pesmatch::server {

void add_rank_routes(httplib::Server& http, Context& ctx) {
  http.Post("/v1/match", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
              MatchOptions options;
              options.top_k = size_param(req, "top", 20, 1, 1000);
              options.show_excluded = flag_param(req, "show_excluded", false);
              options.deadline = request_deadline();
              const Tender tender = tender_from_body(req, ctx.ref);
              const auto result = ctx.engines.for_this_thread().matcher().match(tender, options);
              send_json(res, detail::match_result_json(tender, result, lang_param(req)).dump(2) + "\n");
            }));

  http.Post("/v1/market", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
              MarketOptions options;
              options.top_k = size_param(req, "top", options.top_k, 1, 1000);
              options.reach_km = number_param(req, "reach_km", options.reach_km, 1, 1000);
              options.deadline = request_deadline();
              const std::string format = choice_param(req, "format", {"json", "html"});
              const std::string today = date_param(req, "today");
              const Language lang = lang_param(req);
              const Tender tender = tender_from_body(req, ctx.ref);
              const auto survey = survey_market(ctx.engines.for_this_thread().matcher(), tender, options, today);
              if (format == "html") {
                res.set_content(market_html(survey, lang), "text/html; charset=utf-8");
              } else {
                send_json(res, market_json(survey, lang) + "\n");
              }
            }));
}

}  // namespace pesmatch::server
