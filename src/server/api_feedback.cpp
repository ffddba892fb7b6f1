// POST /v1/feedback — body {"tender", "pes", "verdict": "fit"|"unfit"|"won", "by"}: what
// `pesmatch feedback` records, appended to the same log (the library serialises the two).
#include "ingest/jsonl_reader.hpp"
#include "pesmatch/feedback.hpp"
#include "server/http_util.hpp"
#include "server/routes.hpp"

namespace pesmatch::server {

void add_feedback_routes(httplib::Server& http, Context& ctx) {
  http.Post("/v1/feedback", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
              constexpr const char* kBodyName = "request";
              detail::require_utf8(req.body, kBodyName, 1);
              auto entry = parse_feedback_entry(req.body, kBodyName, 1);
              entry.at.clear();  // the server's clock stamps the verdict
              append_feedback(ctx.config.db, entry);
              nlohmann::ordered_json out{{"tender", entry.tender}, {"pes", entry.pes},
                                         {"verdict", std::string(verdict_name(entry.verdict))}, {"by", entry.by}};
              send_json(res, out.dump() + "\n");
            }));
}

}  // namespace pesmatch::server
