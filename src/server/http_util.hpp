// The HTTP layer's small helpers: JSON answers, errors as the contract renders them, query
// parameters, and the mapping of pesmatch::Error codes to statuses.
#pragma once

#include <chrono>
#include <functional>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "pesmatch/error.hpp"
#include "pesmatch/messages.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::server {

/// The tender in a request body: checked for UTF-8 and read by the same parser as a file, with
/// `request` as the file name in error messages. Throws Error(invalid_input).
Tender tender_from_body(const httplib::Request& req, const ReferenceData& ref);

/// Sends `body` (already serialised JSON) with status 200.
void send_json(httplib::Response& res, const std::string& body);

/// Sends `{"status": S, "error": MESSAGE}` plus `field` and `value` when the error names them.
void send_error(httplib::Response& res, int status, const std::string& message, const ErrorLocation& where = {});

/// The status for an Error: 404 for an unknown id, 400 for other invalid input and usage, 503
/// for a request past its time limit, 500 else.
int status_of(const Error& e);

/// Starts the clock of the request this thread is serving, with `limit` to answer it (the
/// pre-routing handler calls it; a worker serves one request at a time, so it is per thread).
void start_request_clock(std::chrono::milliseconds limit);
/// When the request this thread is serving started.
std::chrono::steady_clock::time_point request_started();
/// When its work must stop: start + limit, for the library's options (MatchOptions::deadline).
std::chrono::steady_clock::time_point request_deadline();

/// Wraps a handler so that a pesmatch::Error or any exception becomes a JSON error answer; a
/// timeout says `request took longer than N s`.
httplib::Server::Handler guarded(std::function<void(const httplib::Request&, httplib::Response&)> handler);

/// A whole-number query parameter in [lo, hi]; `fallback` when absent. Throws Error(invalid_input)
/// located at `query: NAME "VALUE"` otherwise.
std::size_t size_param(const httplib::Request& req, const std::string& name, std::size_t fallback, std::size_t lo,
                       std::size_t hi);
/// A number query parameter in [lo, hi]; `fallback` when absent.
double number_param(const httplib::Request& req, const std::string& name, double fallback, double lo, double hi);
/// A `YYYY-MM-DD` query parameter; today's date (UTC) when absent.
std::string date_param(const httplib::Request& req, const std::string& name);
/// A query parameter that must be one of `allowed` (the first when absent).
std::string choice_param(const httplib::Request& req, const std::string& name, const std::vector<std::string>& allowed);
/// The typed text of a picker's look-up (`q`): at most 200 bytes of UTF-8, else Error(invalid_input).
std::string query_text(const httplib::Request& req);
/// The `lang` query parameter (pl, the default, or en): the language of labels and explanations.
Language lang_param(const httplib::Request& req);
/// A true/false query parameter (`1`, `true`, `0`, `false`); `fallback` when absent.
bool flag_param(const httplib::Request& req, const std::string& name, bool fallback);

}  // namespace pesmatch::server
