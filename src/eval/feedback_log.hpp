// The file side of the feedback log, without the index: crash-safe appends and the line format.
#pragma once

#include <string>

#include "pesmatch/feedback.hpp"

namespace pesmatch::detail {

/// Appends `entry` as one JSON line to the log at `path` (created when missing): under an
/// exclusive flock, a torn last line left by a killed append is cut off first, then the line is
/// written with one O_APPEND write and fsync'd. Throws Error(io) naming `path` on failure.
void append_feedback_line(const std::string& path, const FeedbackEntry& entry);

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
std::string utc_timestamp();

}  // namespace pesmatch::detail
