// GET /v1/pes/{id}/suggest?today=&top= — what `suggest --format json` prints for the PES.
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
             send_json(res, detail::suggest_result_json(result).dump(2) + "\n");
           }));
}

}  // namespace pesmatch::server
