// The one CSV reader: RFC 4180 quoting, a header row naming the columns, a chosen delimiter.
// Used for the reference files and for officials' spreadsheet exports alike.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pesmatch::detail {

/// One data record with the 1-based line on which it starts.
struct CsvRecord {
  std::size_t line = 0;
  std::vector<std::string> fields;
};

/// A parsed CSV table; column lookup by header name.
class CsvTable {
 public:
  /// Parses text (a leading UTF-8 BOM is skipped); `origin` names the file in errors.
  static CsvTable parse(std::string_view text, std::string origin, char delimiter = ',');
  /// Reads and parses a file; throws Error(io) when it cannot be read.
  static CsvTable read(const std::string& path, char delimiter = ',');

  /// Index of a column; throws Error(invalid_input) naming the file when it is missing.
  [[nodiscard]] std::size_t column(std::string_view name) const;
  /// True when the header has this column.
  [[nodiscard]] bool has_column(std::string_view name) const;
  /// The header names in order.
  [[nodiscard]] const std::vector<std::string>& header() const noexcept { return header_; }
  /// The data records (header excluded).
  [[nodiscard]] const std::vector<CsvRecord>& records() const noexcept { return records_; }
  /// The field of a record, or "" when the record is short.
  [[nodiscard]] static std::string_view field(const CsvRecord& r, std::size_t col) noexcept;
  /// The file this table came from.
  [[nodiscard]] const std::string& origin() const noexcept { return origin_; }

 private:
  std::string origin_;
  std::vector<std::string> header_;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<CsvRecord> records_;
};

/// Reads a whole file; throws Error(io) naming it when it cannot be read.
std::string read_file(const std::string& path);

/// Reads a whole user-supplied file of at most `max_bytes`; a larger one is refused as
/// Error(invalid_input) before it is read, so hostile input cannot exhaust memory.
std::string read_file(const std::string& path, std::size_t max_bytes);

/// Most cells a CSV table may hold, and the longest cell (a record line's bound, as in JSONL):
/// with the file size bound they bound CsvTable's memory and what one row can grow into.
inline constexpr std::size_t kMaxCsvCells = 2'000'000;
inline constexpr std::size_t kMaxCsvCellBytes = 1 << 20;

/// Removes ASCII white space and U+00A0 (NBSP, as left in the PKD files) at both ends.
std::string_view trim(std::string_view s) noexcept;

}  // namespace pesmatch::detail
