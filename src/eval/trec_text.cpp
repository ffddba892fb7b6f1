#include "eval/trec_text.hpp"

#include <charconv>
#include <cmath>
#include <system_error>

#include "ingest/jsonl_reader.hpp"
#include "pesmatch/error.hpp"

namespace pesmatch::detail {
namespace {

// The separators of C's isspace() in the "C" locale, which trec_eval's parsers use.
constexpr std::string_view kSpace = " \t\n\v\f\r";

std::vector<std::string_view> split_columns(std::string_view line) {
  std::vector<std::string_view> columns;
  std::size_t pos = line.find_first_not_of(kSpace);
  while (pos != std::string_view::npos) {
    const std::size_t end = line.find_first_of(kSpace, pos);
    columns.push_back(line.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
    pos = end == std::string_view::npos ? end : line.find_first_not_of(kSpace, end);
  }
  return columns;
}

// from_chars rejects a leading '+', which atol/atof (what trec_eval calls) accept.
std::string_view without_plus(std::string_view text) {
  return text.size() > 1 && text.front() == '+' && text[1] != '-' ? text.substr(1) : text;
}

}  // namespace

void for_each_trec_record(const std::string& path,
                          const std::function<void(std::size_t, const std::vector<std::string_view>&)>& on_record) {
  for_each_jsonl_line(path, [&](std::size_t line, std::string_view text) {
    const auto columns = split_columns(text);
    if (columns.empty() || columns.front().front() == '#') return;
    on_record(line, columns);
  });
}

void require_columns(const std::vector<std::string_view>& columns, std::size_t expected, bool at_least,
                     std::string_view layout, const std::string& file, std::size_t line) {
  if (columns.size() == expected || (at_least && columns.size() > expected)) return;
  throw Error(ErrorCode::invalid_input, ErrorLocation{file, line, {}, {}},
              "expected " + std::string(at_least ? "at least " : "") + std::to_string(expected) +
                  " whitespace-separated columns (" + std::string(layout) + "), found " +
                  std::to_string(columns.size()));
}

int parse_grade(std::string_view text, const std::string& file, std::size_t line) {
  const auto digits = without_plus(text);
  int value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec == std::errc::result_out_of_range)
    throw_invalid(file, line, "grade", "integer out of range", std::string(text));
  if (ec != std::errc() || end != digits.data() + digits.size())
    throw_invalid(file, line, "grade", "not an integer", std::string(text));
  return value;
}

double parse_score(std::string_view text, const std::string& file, std::size_t line) {
  const auto digits = without_plus(text);
  double value = 0.0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  // A NaN would make the ranking order undefined; an infinity or an overflow is a broken run.
  if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value))
    throw_invalid(file, line, "score", "not a finite number", std::string(text));
  return value;
}

}  // namespace pesmatch::detail
