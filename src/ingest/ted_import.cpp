// import_ted: TED notices → contract tenders. Each notice is read (ted_notice), its CPV codes
// checked against the vocabulary, its buyer's town and places of performance resolved to TERYT,
// and the resulting record validated by parse_tender before it is handed back.
#include <algorithm>
#include <unordered_map>

#include "ingest/notice_fields.hpp"
#include "ingest/record_json.hpp"
#include "ingest/ted_notice.hpp"
#include "pesmatch/importers.hpp"
#include "pesmatch/ingest.hpp"
#include "reference/nuts.hpp"

namespace pesmatch {
namespace {

std::string iso_date(const detail::NoticeValue& v) {
  const auto& s = v.text;
  if (s.size() == 8 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
  return s.size() >= 10 && s[4] == '-' && s[7] == '-' ? s.substr(0, 10) : "";
}

// The województwo of each performance NUTS code that has one.
std::vector<std::vector<TerytCode>> performance_regions(const detail::TedNotice& n, const detail::NutsAreas& nuts) {
  std::vector<std::vector<TerytCode>> out;
  for (const auto& code : n.nuts)
    if (auto units = nuts.areas(code); !units.empty()) out.push_back(std::move(units));
  return out;
}

Tender to_tender(const detail::TedNotice& n, const ReferenceData& ref, const detail::NutsAreas& nuts,
                 ImportReport& report, const std::string& path) {
  Tender t;
  t.id = n.id;
  t.title = n.title;
  if (t.title.empty()) throw_invalid(path, 0, "title", "the notice has no title");
  t.description = n.description;
  t.cpv = detail::known_cpv(n.cpv, ref.cpv, report, path);
  if (t.cpv.empty()) throw_invalid(path, 0, "cpv", "no CPV code of the notice is in the CPV 2008 vocabulary");
  t.buyer_name = n.buyer_name;
  t.buyer_teryt =
      detail::buyer_gmina(n.buyer_town, n.buyer_country, nuts.areas(n.buyer_nuts), ref.territory, report, path);
  t.places = detail::places_of(performance_regions(n, nuts), t.buyer_teryt, nuts.areas(n.buyer_nuts));
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
  const auto nuts = detail::NutsAreas::from_nuts2(nuts2_teryt_path, ref.territory);
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
