#include "ingest/notice_fields.hpp"

#include <algorithm>
#include <cctype>

namespace pesmatch::detail {

const XmlNode* at_path(const XmlNode* node, std::initializer_list<std::string_view> names) {
  for (auto name : names) {
    if (!node) return nullptr;
    node = node->child(name);
  }
  return node;
}

std::string squeeze_spaces(std::string_view text) {
  std::string out;
  bool gap = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += c;
  }
  return out;
}

NoticeValue value_of(const XmlNode* node) {
  if (!node) return {};
  return {squeeze_spaces(node->text_content()), node->line};
}

void add_unique(std::vector<NoticeValue>& out, NoticeValue v) {
  const bool seen = std::any_of(out.begin(), out.end(), [&](const NoticeValue& o) { return o.text == v.text; });
  if (!v.text.empty() && !seen) out.push_back(std::move(v));
}

std::string join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

std::string note(const std::string& path, std::size_t line, std::string field, std::string value, std::string text) {
  return Error(ErrorCode::invalid_input, ErrorLocation{path, line, std::move(field), std::move(value)}, std::move(text))
      .what();
}

std::string town_name(std::string_view town) {
  town = town.substr(0, town.find_first_of(",("));
  while (!town.empty() &&
         (std::isdigit(static_cast<unsigned char>(town.back())) || town.back() == '-' || town.back() == ' '))
    town.remove_suffix(1);
  return std::string(town);
}

std::optional<TerytCode> buyer_gmina(const NoticeValue& town, std::string_view country,
                                     const std::vector<TerytCode>& areas, const Territory& territory,
                                     ImportReport& report, const std::string& path) {
  if (town.text.empty() || !(country.empty() || country == "PL" || country == "POL")) return std::nullopt;
  const auto place = territory.resolve_place(PlaceQuery{.town = town_name(town.text)});
  if (place) return place.gmina;
  std::vector<TerytCode> inside;
  for (const auto& c : place.candidates)
    if (std::any_of(areas.begin(), areas.end(), [&](const TerytCode& a) { return a.contains(c); })) inside.push_back(c);
  if (inside.size() == 1) return inside.front();
  report.notes.push_back(note(path, town.line, "buyer.town", town.text, place.problem + "; place taken from NUTS"));
  return std::nullopt;
}

std::vector<CpvCode> known_cpv(const std::vector<NoticeValue>& codes, const CpvVocabulary& vocabulary,
                               ImportReport& report, const std::string& path) {
  std::vector<CpvCode> out;
  for (const auto& v : codes) {
    const bool bare =
        v.text.size() == 8 && std::all_of(v.text.begin(), v.text.end(), [](char c) { return c >= '0' && c <= '9'; });
    auto parsed = bare ? Parsed<CpvCode>{vocabulary.find(static_cast<std::uint32_t>(std::stoul(v.text))),
                                         "not in the CPV 2008 vocabulary"}
                       : vocabulary.parse(v.text);
    if (!parsed)
      report.notes.push_back(note(path, v.line, "cpv", v.text, parsed.problem + ", skipped"));
    else if (std::find(out.begin(), out.end(), *parsed.value) == out.end())
      out.push_back(*parsed.value);
  }
  return out;
}

std::vector<TerytCode> places_of(const std::vector<std::vector<TerytCode>>& regions,
                                 const std::optional<TerytCode>& buyer, const std::vector<TerytCode>& buyer_areas) {
  auto holds_buyer = [&](const std::vector<TerytCode>& units) {
    return std::any_of(units.begin(), units.end(), [&](const TerytCode& u) { return u.contains(*buyer); });
  };
  const bool buyer_inside = buyer && (regions.empty() || std::any_of(regions.begin(), regions.end(), holds_buyer));
  std::vector<TerytCode> places;
  if (buyer_inside) places.push_back(*buyer);
  for (const auto& units : regions)
    if (!(buyer_inside && holds_buyer(units)))
      for (const auto& u : units)
        if (std::find(places.begin(), places.end(), u) == places.end()) places.push_back(u);
  return places.empty() ? buyer_areas : places;
}

}  // namespace pesmatch::detail
