// Xapian's exceptions turned into pesmatch::Error at the library's edge, in one place: every
// failure of Xapian (opening, reading a database modified under the reader, writing, a lost
// shard) is an I/O failure, Error(io) "WHAT: <Xapian's description>", located at the index when
// one is named. (A shard that cannot be reached at open time gets its own message: open_index.)
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <utility>

#include "pesmatch/error.hpp"

namespace pesmatch::detail {

/// What failed, for the messages used by more than one caller.
inline constexpr std::string_view kCannotOpenIndex = "cannot open index";
inline constexpr std::string_view kSearchFailed = "index search failed";

/// The Error(io) for `e`: "`what`: <description>", at `file` ("" = not tied to a file).
inline Error xapian_error(std::string_view what, const std::string& file, const Xapian::Error& e) {
  return Error(ErrorCode::io, ErrorLocation{file, 0, {}, {}}, std::string(what) + ": " + e.get_description());
}

/// Runs `fn` and returns what it returns; a Xapian::Error it throws becomes xapian_error(what,
/// file, e). Other exceptions (a pesmatch::Error above all) pass unchanged.
template <typename Fn>
decltype(auto) with_xapian_errors(std::string_view what, const std::string& file, Fn&& fn) {
  try {
    return std::forward<Fn>(fn)();
  } catch (const Xapian::Error& e) {
    throw xapian_error(what, file, e);
  }
}

}  // namespace pesmatch::detail
