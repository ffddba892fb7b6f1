// A stand-in for the e-Zamówienia notice API on 127.0.0.1 (ephemeral port): it replays recorded
// notice records with the API's paging (`PageSize`, `SearchAfter` = an `objectId`) and can be told
// to misbehave (HTTP 500, answer too late, answer garbage) for the next requests or for good.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pesmatch::test {

/// The records of ../shared/examples/bzp/*.json (2 full, 2 stored without `objectId`), ordered so
/// that every second one has its objectId: a page of 2 always ends on a record the next page can
/// follow, as every real record can.
std::vector<nlohmann::json> recorded_bzp_records();

/// How the server answers a request instead of the normal page.
enum class ReplayFault {
  none,       ///< the normal page (to script a fault for a later request)
  http500,    ///< HTTP 500 with an error text
  slow,       ///< the normal page, but only after `slow_delay`
  malformed,  ///< HTTP 200 with a body that is not JSON
  not_array,  ///< HTTP 200 with a JSON object instead of an array
};

/// A running replay server; stopped when destroyed.
class BzpReplayServer {
 public:
  explicit BzpReplayServer(std::vector<nlohmann::json> records);
  ~BzpReplayServer();
  BzpReplayServer(const BzpReplayServer&) = delete;
  BzpReplayServer& operator=(const BzpReplayServer&) = delete;

  /// The endpoint: http://127.0.0.1:PORT/mo-board/api/v1/notice.
  [[nodiscard]] std::string url() const;
  /// The next requests get these faults, one each, in order; later ones are answered normally.
  void fail_next(std::vector<ReplayFault> faults);
  /// Every request from now on gets `fault`.
  void fail_always(ReplayFault fault);
  /// How long a `slow` answer waits (default 600 ms).
  void set_slow_delay(std::chrono::milliseconds delay);
  /// The query parameters of every request received, in order.
  [[nodiscard]] std::vector<std::map<std::string, std::string>> requests() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// A loopback port where nothing listens (bound, then released).
int unused_loopback_port();

}  // namespace pesmatch::test
