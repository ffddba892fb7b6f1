// Splits text into lowercase words: maximal runs of letters and digits. Pure numbers and
// one-letter words carry no meaning for matching and are dropped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pesmatch::detail {

/// Longest word kept, in bytes; longer runs are cut (Xapian terms must stay under 245 bytes).
inline constexpr std::size_t kMaxWordBytes = 64;

/// The lowercase words of `text`, in order.
std::vector<std::string> tokenize(std::string_view text);

}  // namespace pesmatch::detail
