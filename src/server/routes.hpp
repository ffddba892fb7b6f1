// The routes of the server, grouped by what they serve. Each group registers its handlers on the
// httplib server; handlers parse the request, call the library and print its answer.
#pragma once

#include <httplib.h>

#include "server/context.hpp"

namespace pesmatch::server {

/// POST /v1/match and POST /v1/market: a tender in the body, ranked PES or the market survey out.
void add_rank_routes(httplib::Server& http, Context& ctx);
/// GET /v1/pes/{id}/suggest (open tenders for one PES), GET /v1/pes?q= (the member picker) and
/// GET /v1/members (the digest's count per member).
void add_suggest_routes(httplib::Server& http, Context& ctx);
/// POST /v1/feedback: a verdict on a tender–PES pair, appended to the index's feedback log.
void add_feedback_routes(httplib::Server& http, Context& ctx);
/// GET /v1/cpv, GET /v1/teryt (the form's pickers), GET /v1/messages, GET /v1/map/* and GET /v1/health.
void add_lookup_routes(httplib::Server& http, Context& ctx);
/// GET / and the page's files, embedded in the binary at build time.
void add_page_routes(httplib::Server& http);

}  // namespace pesmatch::server
