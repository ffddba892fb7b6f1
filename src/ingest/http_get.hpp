// One GET of a public API, repeated with exponential back-off when the failure may pass (no
// connection, a timeout, HTTP 5xx or 429), given up with an io Error naming the request otherwise.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace pesmatch::detail {

/// How long to wait for one request and how often to try it.
struct RetryPolicy {
  std::chrono::milliseconds timeout{30000};  ///< connect and read timeout of one request
  std::chrono::milliseconds backoff{2000};   ///< wait before the first retry, doubled for each next
  int tries = 4;                             ///< requests at most
};

/// A successful answer and what it took.
struct HttpAnswer {
  std::string body;      ///< the body of the HTTP 200 answer
  std::string url;       ///< the full request URL, for messages
  std::size_t retries = 0;  ///< requests repeated before it came
};

/// Called before each retry with the request URL and why it failed (`HTTP 503`, …).
using RetryNotice = std::function<void(const std::string& url, const std::string& problem)>;

/// GETs `url` (http:// or https://HOST[:PORT]/PATH) with `query` appended, encoded. An io Error
/// `URL: cannot connect: …`, `URL: no answer: …` or `URL: HTTP 503` when it gives up.
HttpAnswer http_get(const std::string& url, const std::vector<std::pair<std::string, std::string>>& query,
                    const RetryPolicy& policy, const RetryNotice& on_retry = {});

/// True when `url` has the shape http_get accepts.
bool is_http_url(const std::string& url);

}  // namespace pesmatch::detail
