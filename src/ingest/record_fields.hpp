// Typed access to the fields of one JSON record, raising contract errors (`FILE:LINE: FIELD:
// problem`) for missing fields and wrong types. Keeps the PES and tender parsers declarative.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pesmatch/error.hpp"

namespace pesmatch::detail {

/// Deepest nesting of arrays and objects accepted in a JSON input; contract records nest 3 levels.
inline constexpr std::size_t kMaxJsonDepth = 64;
/// Most values (counted by their separators and brackets) accepted in one JSON text; a parsed
/// value costs ~80 bytes however short its text, so this, not the file size, bounds the memory.
inline constexpr std::size_t kMaxJsonValues = 1'000'000;
/// Most items accepted in one array field of a record (above the 9454 CPV and 2477 gmina codes).
inline constexpr std::size_t kMaxArrayItems = 10000;

/// Throws invalid_input at `file:line` when `text` nests arrays and objects deeper than
/// kMaxJsonDepth, has more than kMaxJsonValues values or holds a NUL byte. Checked before parsing: the JSON library's dump recurses,
/// and its parser takes a NUL for the end of the text, silently dropping what follows.
void require_json_depth(std::string_view text, const std::string& file, std::size_t line);

/// Parses one JSON text after require_json_depth; malformed JSON is invalid_input at `file:line`
/// (`malformed JSON at byte N: reason`).
nlohmann::json parse_json(std::string_view text, const std::string& file, std::size_t line);

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

/// The invalid_input error for a number the JSON parser cannot hold (`1E400`), which nlohmann
/// reports as out_of_range rather than as a parse error.
Error number_overflow_error(const nlohmann::json::out_of_range& e, const std::string& file, std::size_t line);

/// Throws invalid_input for `field` when `id` holds a control character (`\u0000` and the like,
/// which JSON escapes allow): ids are written to TREC runs and Xapian terms as they are.
void require_printable_id(const RecordFields& rec, const char* field, const std::string& id);

/// The record's id in `field`: a required string of at most 128 bytes, without white space or
/// control characters (ids become Xapian terms and TREC run columns).
std::string required_id(const RecordFields& rec, const char* field);

/// True for a real calendar date written YYYY-MM-DD.
bool is_iso_date(const std::string& s);

/// The JSON type name used in messages ("string", "number", …).
std::string json_type_name(const nlohmann::json& v);

}  // namespace pesmatch::detail
