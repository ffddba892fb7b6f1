// Fetching notices from the public e-Zamówienia (BZP) notice API, page by page, politely and with
// retries. The records come back as the API wrote them, one JSON object a line, which is what
// `import bzp` reads; converting them to tenders is the importer's job, not this one's.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace pesmatch {

/// The public notice endpoint of e-Zamówienia (no key, GET, a JSON array of notice records).
inline constexpr const char* kBzpNoticeUrl = "https://ezamowienia.gov.pl/mo-board/api/v1/notice";

/// What to fetch, from where, and how politely.
struct BzpFetchOptions {
  std::string url = kBzpNoticeUrl;              ///< the endpoint; a local replay server in tests
  std::string notice_type = "ContractNotice";   ///< `NoticeType` (ContractNotice, TenderResultNotice, …)
  std::string from;                             ///< first publication day, YYYY-MM-DD (from 00:00:00)
  std::string to;                               ///< last publication day, YYYY-MM-DD (to 23:59:59)
  std::size_t page_size = 100;                  ///< `PageSize`, 1–500 (the API rejects 2000)
  std::chrono::milliseconds pause{1000};        ///< wait between two requests (politeness)
  std::chrono::milliseconds timeout{30000};     ///< connect and read timeout of one request
  std::chrono::milliseconds backoff{2000};      ///< wait before the first retry, doubled for each next
  int tries = 4;                                ///< requests per page at most (5xx, 429, timeouts, no connection)
};

/// Something the caller may show while the fetch runs (progress goes to stderr in the CLI).
struct BzpFetchEvent {
  /// A page arrived, or a request failed and will be retried.
  enum class Kind { page, retry };
  Kind kind = Kind::page;       ///< what happened
  std::size_t page = 0;         ///< 1-based page number
  std::size_t records = 0;      ///< records kept so far
  std::string url;              ///< the request
  std::string problem;          ///< for a retry: why (`HTTP 503`, `no answer within the timeout`)
};

/// What a fetch brought back.
struct BzpFetchReport {
  std::vector<std::string> records;  ///< one compact JSON object each, in the API's order
  std::size_t pages = 0;             ///< pages read
  std::size_t retries = 0;           ///< requests repeated after a failure
  std::size_t duplicates = 0;        ///< records whose objectId an earlier page already gave (dropped)
};

/// Fetches every notice of `options.notice_type` published from `from` to `to`: `PageSize` records
/// a page, the next page asked with `SearchAfter` = the last record's `objectId`, until a page comes
/// back shorter than the page size. Bad options are invalid_input errors (exit 3); a server that
/// cannot be reached, keeps failing, or answers anything but a JSON array of objects is an io error
/// (exit 4) naming the request URL (and the page for a bad answer).
BzpFetchReport fetch_bzp(const BzpFetchOptions& options,
                         const std::function<void(const BzpFetchEvent&)>& on_event = {});

}  // namespace pesmatch
