// The one JSONL reader: streams a file line by line in bounded memory, rejects over-long lines
// and invalid UTF-8 with the file and line, and hands each non-blank line to the caller.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "pesmatch/error.hpp"

namespace pesmatch::detail {

/// Longest record line accepted; longer lines are rejected without being held in memory.
inline constexpr std::size_t kMaxLineBytes = 1 << 20;

/// Calls `on_line(line_number, text)` for every non-blank line of `path`. Throws Error(io) when
/// the file cannot be read. A line over kMaxLineBytes or not UTF-8 is an Error(invalid_input):
/// passed to `on_unreadable_line` and skipped when that is given, thrown otherwise.
/// Returns the number of non-blank lines, skipped ones included.
std::size_t for_each_jsonl_line(const std::string& path,
                                const std::function<void(std::size_t, std::string_view)>& on_line,
                                const std::function<void(const Error&)>& on_unreadable_line = {});

/// Throws Error(invalid_input) at `file:line` when `text` is not valid UTF-8, with a hint when it
/// looks like Windows-1250 (what Polish Excel exports produce).
void require_utf8(std::string_view text, const std::string& file, std::size_t line);

}  // namespace pesmatch::detail
