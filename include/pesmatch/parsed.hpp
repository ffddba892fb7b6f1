// The result of parsing one code from text: the value, or the reason it was rejected. Parsers
// return it instead of throwing so that the caller can attach file, line and field to the reason.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace pesmatch {

/// A parsed value or the problem that prevented it.
template <typename T>
struct Parsed {
  std::optional<T> value;  ///< set on success
  std::string problem;     ///< set on failure, e.g. "bad check digit"

  /// A successful parse.
  static Parsed ok(T v) { return Parsed{std::move(v), {}}; }
  /// A failed parse with its reason.
  static Parsed fail(std::string why) { return Parsed{std::nullopt, std::move(why)}; }
  /// True on success.
  explicit operator bool() const noexcept { return value.has_value(); }
};

}  // namespace pesmatch
