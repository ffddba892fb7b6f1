// fetch_bzp: the paging loop over the e-Zamówienia notice API. Pages are asked with `SearchAfter`
// set to the last record's `objectId` (a cursor, not a page number) and end with a short page.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <thread>
#include <unordered_set>

#include "ingest/http_get.hpp"
#include "ingest/record_fields.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/fetch.hpp"

namespace pesmatch {
namespace {

using Query = std::vector<std::pair<std::string, std::string>>;

[[noreturn]] void bad_option(const char* name, const std::string& value, const std::string& problem) {
  throw Error(ErrorCode::invalid_input, ErrorLocation{{}, 0, name, value}, problem);
}

void validate(const BzpFetchOptions& o) {
  if (!detail::is_http_url(o.url)) bad_option("--base-url", o.url, "expected http(s)://HOST[:PORT]/PATH");
  if (!detail::is_iso_date(o.from)) bad_option("--from", o.from, "expected a date YYYY-MM-DD");
  if (!detail::is_iso_date(o.to)) bad_option("--to", o.to, "expected a date YYYY-MM-DD");
  if (o.to < o.from) bad_option("--to", o.to, "is before --from " + o.from);
  // Letters only: the type goes into the query as it is, and the API knows only such names.
  const bool letters = !o.notice_type.empty() && std::all_of(o.notice_type.begin(), o.notice_type.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
  if (!letters) bad_option("--type", o.notice_type, "expected a notice type such as ContractNotice");
  if (o.page_size < 1 || o.page_size > 500) bad_option("--page-size", std::to_string(o.page_size), "expected 1 to 500");
  if (o.tries < 1) bad_option("--tries", std::to_string(o.tries), "expected at least 1");
}

Query page_query(const BzpFetchOptions& o, const std::string& search_after) {
  Query q{{"NoticeType", o.notice_type},
          {"PublicationDateFrom", o.from + "T00:00:00"},
          {"PublicationDateTo", o.to + "T23:59:59"},
          {"PageSize", std::to_string(o.page_size)}};
  if (!search_after.empty()) q.emplace_back("SearchAfter", search_after);
  return q;
}

[[noreturn]] void bad_page(const std::string& url, std::size_t page, const std::string& problem) {
  throw Error(ErrorCode::io, ErrorLocation{url, 0, {}, {}}, "page " + std::to_string(page) + ": " + problem);
}

// The answer must be a JSON array of objects; anything else (an error object, a maintenance page)
// would otherwise read as "no notices" and end the fetch early, silently.
nlohmann::json parse_page(const detail::HttpAnswer& answer, std::size_t page) {
  nlohmann::json records;
  try {
    records = detail::parse_json(answer.body, answer.url, 0);
  } catch (const Error& e) {
    bad_page(answer.url, page, e.problem());
  }
  if (!records.is_array()) bad_page(answer.url, page, "expected a JSON array, got " + detail::json_type_name(records));
  for (std::size_t i = 0; i < records.size(); ++i)
    if (!records[i].is_object())
      bad_page(answer.url, page,
               "record " + std::to_string(i + 1) + ": expected a JSON object, got " + detail::json_type_name(records[i]));
  return records;
}

std::string object_id(const nlohmann::json& record) {
  const auto it = record.find("objectId");
  return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

BzpFetchReport fetch_bzp(const BzpFetchOptions& options, const std::function<void(const BzpFetchEvent&)>& on_event) {
  validate(options);
  const detail::RetryPolicy policy{options.timeout, options.backoff, options.tries};
  BzpFetchReport report;
  std::unordered_set<std::string> seen;
  std::string cursor;
  for (std::size_t page = 1;; ++page) {
    if (page > 1) std::this_thread::sleep_for(options.pause);
    const auto on_retry = [&](const std::string& url, const std::string& problem) {
      if (on_event) on_event({BzpFetchEvent::Kind::retry, page, report.records.size(), url, problem});
    };
    const auto answer = detail::http_get(options.url, page_query(options, cursor), policy, on_retry);
    report.retries += answer.retries;
    const auto records = parse_page(answer, page);
    ++report.pages;
    for (const auto& r : records) {
      const auto id = object_id(r);
      if (!id.empty() && !seen.insert(id).second) {
        ++report.duplicates;
        continue;
      }
      report.records.push_back(r.dump());
    }
    if (on_event) on_event({BzpFetchEvent::Kind::page, page, report.records.size(), answer.url, {}});
    if (records.size() < options.page_size) return report;
    // A full page: the next one starts after its last record, which must name a new position.
    const auto next = object_id(records.back());
    if (next.empty()) bad_page(answer.url, page, "the last record has no objectId to ask the next page after");
    if (next == cursor) bad_page(answer.url, page, "SearchAfter " + next + " did not advance");
    cursor = next;
  }
}

}  // namespace pesmatch
