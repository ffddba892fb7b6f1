// The line grammar shared by TREC qrels and run files: whitespace-separated columns, `#` comment
// lines, integer grades and floating-point scores. Lines come from the one JSONL line reader.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pesmatch::detail {

/// Calls `on_record(line_number, columns)` for every line of `path` that is neither blank nor a
/// comment (first non-blank character `#`, which trec_eval skips). Columns are split on ASCII
/// whitespace, so tabs, runs of spaces and a trailing CR are all separators.
void for_each_trec_record(const std::string& path,
                          const std::function<void(std::size_t, const std::vector<std::string_view>&)>& on_record);

/// Throws invalid_input at `file:line` unless `columns` has exactly (or, when `at_least`, at
/// least) `expected` columns; `layout` names them for the message, e.g. "QID ITER DOCNO GRADE".
void require_columns(const std::vector<std::string_view>& columns, std::size_t expected, bool at_least,
                     std::string_view layout, const std::string& file, std::size_t line);

/// Parses a relevance grade: a decimal integer with an optional sign. Throws invalid_input at
/// `file:line`, field "grade", otherwise.
int parse_grade(std::string_view text, const std::string& file, std::size_t line);

/// Parses a retrieval score: a finite decimal floating-point number with an optional sign.
/// Throws invalid_input at `file:line`, field "score", otherwise.
double parse_score(std::string_view text, const std::string& file, std::size_t line);

}  // namespace pesmatch::detail
