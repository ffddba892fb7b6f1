#include "ingest/bzp_values.hpp"

#include <charconv>

namespace pesmatch::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "DDDDDDDD-D" at `i`.
bool cpv_at(std::string_view s, std::size_t i) {
  if (i + 10 > s.size() || s[i + 8] != '-' || !is_digit(s[i + 9])) return false;
  for (std::size_t k = i; k < i + 8; ++k)
    if (!is_digit(s[k])) return false;
  return i + 10 == s.size() || !is_digit(s[i + 10]);
}

std::optional<TerytCode> wojewodztwo_of(std::string_view province, const Territory& territory) {
  if (province.size() != 4 || province.substr(0, 2) != "PL") return std::nullopt;
  auto code = territory.resolve(province.substr(2));
  if (!code || code.value->level() != TerytLevel::wojewodztwo) return std::nullopt;
  return *code.value;
}

}  // namespace

std::vector<std::string> cpv_codes_in(std::string_view text) {
  std::vector<std::string> out;
  bool after_separator = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (after_separator && cpv_at(text, i)) {
      out.emplace_back(text.substr(i, 10));
      i += 9;
      after_separator = false;
      continue;
    }
    if (text[i] == ',')
      after_separator = true;
    else if (text[i] != ' ')
      after_separator = false;
  }
  return out;
}

std::string leading_cpv_code(std::string_view text) {
  const auto start = text.find_first_not_of(' ');
  return start != std::string_view::npos && cpv_at(text, start) ? std::string(text.substr(start, 10)) : "";
}

std::optional<double> polish_amount(std::string_view text) {
  std::string number;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_digit(c))
      number += c;
    else if ((c == ',' || c == '.') && !number.empty() && number.find('.') == std::string::npos)
      number += '.';
    else if (c == ' ' && !number.empty())
      continue;  // thousands separated by spaces: "30 000,00"
    else if (text.compare(i, 2, "\xC2\xA0") == 0 && !number.empty())
      ++i;  // or by no-break spaces
    else if (c != ' ' || !number.empty())
      break;
  }
  if (number.empty()) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (ec != std::errc() || end != number.data() + number.size()) return std::nullopt;
  return value;
}

PartyPlace party_place(std::string_view town, std::string_view province, const Territory& territory) {
  const auto wojewodztwo = wojewodztwo_of(province, territory);
  PlaceQuery query{.town = town};
  std::string wojewodztwo_name;
  if (wojewodztwo) {
    wojewodztwo_name = territory.find(*wojewodztwo)->name;
    query.wojewodztwo = wojewodztwo_name;
  }
  PartyPlace out;
  if (town.find_first_not_of(' ') == std::string_view::npos) {
    out.note = "no town given";
  } else if (const auto place = territory.resolve_place(query);
             place && (!wojewodztwo || wojewodztwo->contains(*place.gmina))) {
    out.teryt = place.gmina;
    return out;
  } else {
    out.note = place ? "not in the województwo " + std::string(province) : place.problem;
  }
  out.teryt = wojewodztwo;
  out.note += wojewodztwo ? "; place taken as the województwo " + wojewodztwo->str() : "; no województwo either";
  return out;
}

}  // namespace pesmatch::detail
