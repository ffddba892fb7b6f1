#include "ingest/http_get.hpp"

#include <httplib.h>

#include <optional>
#include <regex>
#include <thread>

#include "pesmatch/error.hpp"
#include "pesmatch/version.hpp"

namespace pesmatch::detail {
namespace {

// scheme://host[:port] for httplib's Client, and the path it is asked for.
const std::regex kHttpUrl(R"(^(https?://[^/?#\s]+)(/[^?#\s]*)?$)");

// One failed attempt: what to say, and whether trying again may help.
struct Failure {
  std::string problem;
  bool transient = true;
};

std::string transport_problem(httplib::Error error) {
  switch (error) {
    case httplib::Error::Connection: return "cannot connect: host unknown, unreachable or refusing connections";
    case httplib::Error::ConnectionTimeout: return "cannot connect: no connection within the timeout";
    case httplib::Error::SSLConnection: return "cannot connect: TLS handshake failed";
    case httplib::Error::SSLLoadingCerts: return "cannot connect: cannot load the system's CA certificates";
    case httplib::Error::SSLServerVerification: return "cannot connect: the server's certificate is not trusted";
    case httplib::Error::Read: return "no answer: nothing complete within the timeout";
    case httplib::Error::Write: return "no answer: the request could not be sent";
    default: return "no answer: " + httplib::to_string(error);
  }
}

// A certificate problem will not pass by waiting; a refused or timed-out connection may.
bool transient(httplib::Error error) {
  return error != httplib::Error::SSLLoadingCerts && error != httplib::Error::SSLServerVerification;
}

std::optional<Failure> attempt(httplib::Client& client, const std::string& target, std::string& body) {
  const auto result = client.Get(target, httplib::Headers{{"Accept", "application/json"}});
  if (!result) return Failure{transport_problem(result.error()), transient(result.error())};
  const int status = result->status;
  if (status == 200) {
    body = std::move(result->body);
    return std::nullopt;
  }
  return Failure{"HTTP " + std::to_string(status), status >= 500 || status == 429};
}

}  // namespace

bool is_http_url(const std::string& url) { return std::regex_match(url, kHttpUrl); }

HttpAnswer http_get(const std::string& url, const std::vector<std::pair<std::string, std::string>>& query,
                    const RetryPolicy& policy, const RetryNotice& on_retry) {
  std::smatch parts;
  if (!std::regex_match(url, parts, kHttpUrl))
    throw Error(ErrorCode::invalid_input, ErrorLocation{{}, 0, "url", url}, "expected http(s)://HOST[:PORT]/PATH");
  httplib::Params params(query.begin(), query.end());
  const std::string target = httplib::append_query_params(parts[2].matched ? parts[2].str() : "/", params);
  HttpAnswer answer{{}, parts[1].str() + target, 0};

  httplib::Client client(parts[1].str());
  if (!client.is_valid())
    throw Error(ErrorCode::io, ErrorLocation{answer.url, 0, {}, {}}, "cannot connect: this build has no HTTPS support");
  client.set_connection_timeout(policy.timeout);
  client.set_read_timeout(policy.timeout);
  client.set_write_timeout(policy.timeout);
  client.set_follow_location(true);
  client.set_default_headers({{"User-Agent", std::string("pesmatch/") + version()}});

  auto wait = policy.backoff;
  for (int tried = 1;; ++tried) {
    const auto failure = attempt(client, target, answer.body);
    if (!failure) return answer;
    if (!failure->transient || tried >= policy.tries) {
      const std::string after = tried == 1 ? "" : " (gave up after " + std::to_string(tried) + " tries)";
      throw Error(ErrorCode::io, ErrorLocation{answer.url, 0, {}, {}}, failure->problem + after);
    }
    if (on_retry) on_retry(answer.url, failure->problem);
    ++answer.retries;
    std::this_thread::sleep_for(wait);
    wait *= 2;
  }
}

}  // namespace pesmatch::detail
