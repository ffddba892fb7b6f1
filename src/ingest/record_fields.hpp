// Typed access to the fields of one JSON record, raising contract errors (`FILE:LINE: FIELD:
// problem`) for missing fields and wrong types. Keeps the PES and tender parsers declarative.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pesmatch/error.hpp"

namespace pesmatch::detail {

/// One JSON object being validated, with where it came from.
class RecordFields {
 public:
  /// Parses `text` as one JSON object; malformed JSON or a non-object is an invalid_input error.
  RecordFields(std::string_view text, std::string file, std::size_t line);
  /// Wraps an already parsed object (e.g. an element of a JSON array).
  RecordFields(nlohmann::json object, std::string file, std::size_t line);

  /// A required non-empty string, at most `max_len` bytes.
  std::string required_string(const char* field, std::size_t max_len = 1 << 20) const;
  /// An optional string ("" when absent or null).
  std::string optional_string(const char* field) const;
  /// An optional array of strings.
  std::vector<std::string> string_array(const char* field, bool required = false) const;
  /// An optional boolean.
  std::optional<bool> optional_bool(const char* field) const;
  /// An optional number within [lo, hi].
  std::optional<double> optional_number(const char* field, double lo, double hi) const;
  /// An optional integer within [lo, hi].
  std::optional<long long> optional_integer(const char* field, long long lo, long long hi) const;
  /// The raw value of an optional field, or nullptr when absent or null.
  const nlohmann::json* raw(const char* field) const;

  /// Throws invalid_input for `field` (a path such as `cpv[1]`), quoting `value` when given.
  [[noreturn]] void fail(const std::string& field, const std::string& problem,
                         std::optional<std::string> value = {}) const;

  /// The file name used in errors.
  const std::string& file() const noexcept { return file_; }
  /// The line used in errors.
  std::size_t line() const noexcept { return line_; }

 private:
  nlohmann::json object_;
  std::string file_;
  std::size_t line_;
};

/// The JSON type name used in messages ("string", "number", …).
std::string json_type_name(const nlohmann::json& v);

}  // namespace pesmatch::detail
