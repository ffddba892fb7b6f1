// A caller's time limit (MatchOptions::deadline), looked at between the stages of a match or a
// suggestion so that a server can stop a request nobody waits for any more instead of finishing
// it. Checks are cheap (one clock read) and placed where the work is long: after retrieval, every
// kDeadlineStride candidates, before the explanations.
#pragma once

#include <chrono>
#include <string>

#include "pesmatch/error.hpp"
#include "pesmatch/matcher.hpp"

namespace pesmatch::detail {

/// Candidates scored between two looks at the clock: a candidate costs microseconds and a clock
/// read some nanoseconds, so the checks cost nothing measurable and the overrun stays far below
/// a millisecond.
inline constexpr std::size_t kDeadlineStride = 64;

/// Throws Error(timeout) "deadline passed STAGE" when `deadline` is set and has passed.
inline void check_deadline(const Deadline& deadline, const char* stage) {
  if (deadline && std::chrono::steady_clock::now() >= *deadline)
    throw Error(ErrorCode::timeout, std::string("deadline passed ") + stage);
}

}  // namespace pesmatch::detail
