// import_ted: TED notices → contract tenders. Each notice is read (ted_notice), its CPV codes
// checked against the vocabulary, its buyer's town and places of performance resolved to TERYT,
// and the resulting record validated by parse_tender before it is handed back.
#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "ingest/record_json.hpp"
#include "ingest/ted_notice.hpp"
#include "pesmatch/importers.hpp"
#include "pesmatch/ingest.hpp"
#include "reference/csv.hpp"

namespace pesmatch {
namespace {

using NutsTable = std::unordered_map<std::string, TerytCode>;

// A note in the contract's message form, `FILE:LINE: FIELD "VALUE": text`.
std::string note(const std::string& path, std::size_t line, std::string field, std::string value, std::string text) {
  return Error(ErrorCode::invalid_input, ErrorLocation{path, line, std::move(field), std::move(value)}, std::move(text))
      .what();
}

// Comment lines are blanked rather than removed so that CSV line numbers stay those of the file.
std::string blank_comments(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (text[start] != '#') out.append(text, start, end - start);
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

NutsTable load_nuts2(const std::string& path, const Territory& territory) {
  const auto table = detail::CsvTable::parse(blank_comments(detail::read_file(path)), path);
  const auto nuts_col = table.column("nuts2"), teryt_col = table.column("teryt");
  NutsTable out;
  for (const auto& r : table.records()) {
    const std::string teryt(detail::trim(detail::CsvTable::field(r, teryt_col)));
    auto code = territory.resolve(teryt);
    if (!code) throw_invalid(path, r.line, "teryt", code.problem, teryt);
    out.emplace(std::string(detail::trim(detail::CsvTable::field(r, nuts_col))), *code.value);
  }
  return out;
}

std::optional<TerytCode> wojewodztwo_of(const std::string& nuts, const NutsTable& table) {
  if (nuts.size() < 4 || nuts.compare(0, 2, "PL") != 0) return std::nullopt;
  auto it = table.find(nuts.substr(0, 4));
  return it == table.end() ? std::nullopt : std::optional<TerytCode>(it->second);
}

// TOWN as typed into eNotices: "Kraków", but also "Warszawa 00-950" or "Kraków, Rzym".
std::string town_name(std::string_view town) {
  town = town.substr(0, town.find_first_of(",("));
  while (!town.empty() &&
         (std::isdigit(static_cast<unsigned char>(town.back())) || town.back() == '-' || town.back() == ' '))
    town.remove_suffix(1);
  return std::string(town);
}

std::optional<TerytCode> buyer_gmina(const detail::TedNotice& n, const Territory& territory, ImportReport& report,
                                     const std::string& path) {
  if (n.buyer_town.text.empty() || (!n.buyer_country.empty() && n.buyer_country != "PL")) return std::nullopt;
  const auto place = territory.resolve_place(PlaceQuery{.town = town_name(n.buyer_town.text)});
  if (!place)
    report.notes.push_back(
        note(path, n.buyer_town.line, "buyer.town", n.buyer_town.text, place.problem + "; place taken from NUTS"));
  return place.gmina;
}

// The buyer's gmina where the performance NUTS codes name no województwo or include the buyer's;
// the named województwa beyond it; failing both, the województwo of the buyer's own NUTS code.
std::vector<TerytCode> places_of(const detail::TedNotice& n, const std::optional<TerytCode>& buyer,
                                 const NutsTable& nuts) {
  std::vector<TerytCode> wojewodztwa;
  for (const auto& code : n.nuts)
    if (auto w = wojewodztwo_of(code, nuts);
        w && std::find(wojewodztwa.begin(), wojewodztwa.end(), *w) == wojewodztwa.end())
      wojewodztwa.push_back(*w);
  const bool buyer_inside =
      buyer && (wojewodztwa.empty() || std::any_of(wojewodztwa.begin(), wojewodztwa.end(),
                                                   [&](const TerytCode& w) { return w.contains(*buyer); }));
  std::vector<TerytCode> places;
  if (buyer_inside) places.push_back(*buyer);
  for (const auto& w : wojewodztwa)
    if (!(buyer_inside && w.contains(*buyer))) places.push_back(w);
  if (places.empty())
    if (auto w = wojewodztwo_of(n.buyer_nuts, nuts)) places.push_back(*w);
  return places;
}

std::vector<CpvCode> known_cpv(const detail::TedNotice& n, const CpvVocabulary& vocabulary, ImportReport& report,
                               const std::string& path) {
  std::vector<CpvCode> out;
  for (const auto& v : n.cpv) {
    // R2.0.9 writes the eight digits without the check digit, which the vocabulary supplies.
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

std::string iso_date(const detail::TedValue& v) {
  const auto& s = v.text;
  if (s.size() == 8 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
  return s.size() >= 10 && s[4] == '-' && s[7] == '-' ? s.substr(0, 10) : "";
}

Tender to_tender(const detail::TedNotice& n, const ReferenceData& ref, const NutsTable& nuts, ImportReport& report,
                 const std::string& path) {
  Tender t;
  t.id = n.id;
  t.title = n.title;
  if (t.title.empty()) throw_invalid(path, 0, "title", "the notice has no title");
  t.description = n.description;
  t.cpv = known_cpv(n, ref.cpv, report, path);
  if (t.cpv.empty()) throw_invalid(path, 0, "cpv", "no CPV code of the notice is in the CPV 2008 vocabulary");
  t.buyer_name = n.buyer_name;
  t.buyer_teryt = buyer_gmina(n, ref.territory, report, path);
  t.places = places_of(n, t.buyer_teryt, nuts);
  if (t.places.empty())
    throw_invalid(path, 0, "place_teryt",
                  "no place of performance resolves to TERYT (buyer's town unknown, no Polish NUTS 2 code)");
  t.reserved = n.reserved == "art94"    ? Reservation::art94
               : n.reserved == "art361" ? Reservation::art361
                                        : Reservation::none;
  t.value_pln = n.value_pln;
  t.published = iso_date(n.published);
  t.deadline = iso_date(n.deadline);
  return t;
}

// The record as written, checked by the same parser `pesmatch index` uses.
std::string to_record(const Tender& t, const detail::TedNotice& n, const ReferenceData& ref, const std::string& path) {
  auto json = detail::to_json(t);
  if (!n.nuts.empty()) json["nuts"] = n.nuts;
  std::string line = json.dump();
  parse_tender(line, ref, path, 0);
  return line;
}

}  // namespace

ImportReport import_ted(const std::vector<std::string>& paths, const ReferenceData& ref,
                        const std::string& nuts2_teryt_path) {
  const NutsTable nuts = load_nuts2(nuts2_teryt_path, ref.territory);
  ImportReport report;
  std::unordered_map<std::string, std::string> first_file;
  for (const auto& path : paths) {
    ++report.inputs;
    try {
      const auto notice = detail::read_ted_notice(path);
      const Tender tender = to_tender(notice, ref, nuts, report, path);
      auto [it, fresh] = first_file.emplace(tender.id, path);
      if (!fresh) throw_invalid(path, 0, "id", "the same notice as " + it->second, tender.id);
      report.records.push_back(to_record(tender, notice, ref, path));
    } catch (const Error& e) {
      report.rejected.push_back(e);
    }
  }
  return report;
}

}  // namespace pesmatch
