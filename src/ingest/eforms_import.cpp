// import_eforms: eForms notices → contract tenders. A notice whose lots differ in CPV codes, place
// or reservation gives one tender per lot (id suffix "-LOT-0001"), else one tender; CPV codes get
// their check digit from the vocabulary, NUTS 3 places become powiaty, the buyer's town its gmina,
// dates Polish calendar dates; each record is validated by parse_tender before it is handed back.
// Award notices become past contracts (with_results), validated by parse_contract.
#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "ingest/eforms_dates.hpp"
#include "ingest/eforms_notice.hpp"
#include "ingest/identifiers.hpp"
#include "ingest/notice_fields.hpp"
#include "ingest/record_json.hpp"
#include "pesmatch/contracts.hpp"
#include "pesmatch/importers.hpp"
#include "pesmatch/ingest.hpp"
#include "reference/nuts.hpp"

namespace pesmatch {
namespace {

using detail::EformsNotice;
using detail::EformsProject;

std::vector<std::string> texts(const std::vector<detail::NoticeValue>& values) {
  std::vector<std::string> out;
  for (const auto& v : values) out.push_back(v.text);
  return out;
}

// Lots that differ in what a PES is matched on are separate orders for it.
bool lots_differ(const EformsNotice& n) {
  const auto& first = n.lots.front();
  return std::any_of(n.lots.begin() + 1, n.lots.end(), [&](const EformsProject& lot) {
    return texts(lot.cpv) != texts(first.cpv) || lot.nuts != first.nuts || lot.reserved != first.reserved;
  });
}

// One lot as an order: its own fields, the procedure's where the lot has none.
EformsProject lot_order(const EformsNotice& n, const EformsProject& lot) {
  EformsProject o = lot;
  const auto& p = n.procedure;
  o.title = lot.title.empty() || lot.title == p.title ? p.title
            : p.title.empty()                         ? lot.title
                                                      : p.title + " – " + lot.title;
  if (o.description.empty()) o.description = p.description;
  if (o.cpv.empty()) o.cpv = p.cpv;
  if (o.nuts.empty()) o.nuts = p.nuts;
  if (!o.value) o.value = p.value;
  return o;
}

// The whole notice as one order: the procedure's fields and every lot's, each paragraph once.
EformsProject notice_order(const EformsNotice& n) {
  EformsProject o = n.procedure;
  std::vector<std::string> paragraphs;
  auto add = [&](const std::string& p) {
    if (!p.empty() && std::find(paragraphs.begin(), paragraphs.end(), p) == paragraphs.end()) paragraphs.push_back(p);
  };
  add(o.description);
  for (const auto& lot : n.lots) {
    if (o.title.empty()) o.title = lot.title;
    if (lot.title != o.title) add(lot.title);
    add(lot.description);
    for (const auto& code : lot.cpv) detail::add_unique(o.cpv, code);
    for (const auto& code : lot.nuts)
      if (std::find(o.nuts.begin(), o.nuts.end(), code) == o.nuts.end()) o.nuts.push_back(code);
    if (o.deadline.date.text.empty()) o.deadline = lot.deadline;
  }
  if (!n.lots.empty()) o.reserved = n.lots.front().reserved;
  if (!o.value && n.lots.size() == 1) o.value = n.lots.front().value;
  o.description = detail::join(paragraphs, "\n");
  return o;
}

std::optional<double> value_in_pln(const std::optional<detail::EformsAmount>& value) {
  if (!value || value->currency != "PLN") return std::nullopt;
  const auto& text = value->amount.text;
  double amount = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), amount);
  if (ec == std::errc() && ptr == text.data() + text.size() && amount >= 0) return amount;
  return std::nullopt;
}

// The powiaty (NUTS 3) or województwa (NUTS 2, 1) of each place-of-performance code that has any.
std::vector<std::vector<TerytCode>> regions_of(const std::vector<std::string>& nuts, const detail::NutsAreas& table) {
  std::vector<std::vector<TerytCode>> out;
  for (const auto& code : nuts)
    if (auto units = table.areas(code); !units.empty()) out.push_back(std::move(units));
  return out;
}

struct Context {
  const ReferenceData& ref;
  const detail::NutsAreas& nuts;
  ImportReport& report;
  const std::string& path;
};

Tender to_tender(const EformsNotice& n, const EformsProject& o, const std::string& id, const Context& c) {
  Tender t;
  t.id = id;
  t.title = o.title;
  if (t.title.empty()) throw_invalid(c.path, 0, "title", "the notice has no title", id);
  t.description = o.description;
  t.cpv = detail::known_cpv(o.cpv, c.ref.cpv, c.report, c.path);
  if (t.cpv.empty()) throw_invalid(c.path, 0, "cpv", "no CPV code of the notice is in the CPV 2008 vocabulary", id);
  t.buyer_name = n.buyer.name;
  t.buyer_teryt =
      detail::buyer_gmina(n.buyer.town, n.buyer.country, c.nuts.areas(n.buyer.nuts), c.ref.territory, c.report, c.path);
  t.places = detail::places_of(regions_of(o.nuts, c.nuts), t.buyer_teryt, c.nuts.areas(n.buyer.nuts));
  if (t.places.empty())
    throw_invalid(c.path, 0, "place_teryt",
                  "no place of performance resolves to TERYT (buyer's town unknown, no Polish NUTS code)", id);
  t.reserved = o.reserved == "res-ws"        ? Reservation::art94
               : o.reserved == "res-pub-ser" ? Reservation::art361
                                             : Reservation::none;
  t.value_pln = value_in_pln(o.value);
  t.published = detail::polish_date(n.published, c.path, "published");
  t.deadline = detail::polish_date(o.deadline, c.path, "deadline");
  return t;
}

// The record as written, checked by the same parser `pesmatch index` uses.
std::string to_record(const Tender& t, const EformsNotice& n, const EformsProject& o, const Context& c) {
  auto json = detail::to_json(t);
  if (!o.nuts.empty()) json["nuts"] = o.nuts;
  // Social and other specific services (Annex XIV) have their own forms: pin-cfc-social, cn-social, can-social.
  if (n.notice_type.size() > 7 && n.notice_type.ends_with("-social")) json["social_services_annex_xiv"] = true;
  std::string line = json.dump();
  parse_tender(line, c.ref, c.path, 0);
  return line;
}

// A NIP only for a Polish organisation whose company id is one (eForms keeps it as typed).
std::string polish_nip(const detail::EformsOrganization& org) {
  if (org.country != "POL") return "";
  const auto digits = detail::digits_only(org.company_id, true);
  return digits.size() == 10 && detail::nip_problem(digits).empty() ? digits : "";
}

AwardedContract to_contract(const EformsNotice& n, const detail::EformsAward& award, const std::string& id,
                            const Context& c) {
  const auto lot = std::find_if(n.lots.begin(), n.lots.end(), [&](const EformsProject& l) { return l.id == award.lot; });
  const EformsProject order = lot == n.lots.end() ? notice_order(n) : lot_order(n, *lot);
  AwardedContract k;
  k.id = id;
  k.notice = "TED-" + n.id;
  k.tender_ref = n.folder;
  k.title = order.title;
  k.cpv = detail::known_cpv(order.cpv, c.ref.cpv, c.report, c.path);
  if (k.cpv.empty()) throw_invalid(c.path, 0, "cpv", "no CPV code of the notice is in the CPV 2008 vocabulary", id);
  k.buyer_name = n.buyer.name;
  k.buyer_nip = polish_nip(n.buyer);
  k.buyer_teryt =
      detail::buyer_gmina(n.buyer.town, n.buyer.country, c.nuts.areas(n.buyer.nuts), c.ref.territory, c.report, c.path);
  const auto& w = award.winner;
  k.winner = {w.name, polish_nip(w), detail::town_name(w.town.text),
              detail::buyer_gmina(w.town, w.country, c.nuts.areas(w.nuts), c.ref.territory, c.report, c.path)};
  k.value_pln = value_in_pln(award.value);
  k.date = detail::polish_date(award.date, c.path, "IssueDate");
  if (k.date.empty()) k.date = detail::polish_date(n.published, c.path, "published");
  return k;
}

// An award notice's settled contracts as past contracts ("TED-<notice>/1", …), each checked by
// the parser that `index --contracts` uses.
void import_awards(const EformsNotice& n, const Context& c) {
  std::size_t number = 0, converted = 0;
  for (const auto& award : n.awards) {
    try {
      std::string line = contract_record(to_contract(n, award, "TED-" + n.id + "/" + std::to_string(++number), c));
      parse_contract(line, c.ref, c.path, 0);
      c.report.contracts.push_back(std::move(line));
      ++converted;
    } catch (const Error& e) {
      c.report.rejected.push_back(e);
    }
  }
  if (converted) ++c.report.results_converted;
}

void import_notice(const std::string& path, const ReferenceData& ref, const detail::NutsAreas& nuts, bool with_results,
                   std::unordered_map<std::string, std::string>& first_file, ImportReport& report) {
  const auto notice = detail::read_eforms_notice(path);
  const Context c{ref, nuts, report, path};
  if (notice.form == "ContractAwardNotice") {
    if (with_results) return import_awards(notice, c);
    report.notes.push_back(detail::note(path, 0, "NoticeTypeCode", notice.notice_type,
                                        "an award notice is a past contract, not a tender; skipped (--results converts it)"));
    return;
  }
  const std::string id = "TED-" + notice.id;
  std::vector<std::pair<std::string, EformsProject>> orders;
  if (notice.lots.size() > 1 && lots_differ(notice))
    for (const auto& lot : notice.lots) orders.emplace_back(id + "-" + lot.id, lot_order(notice, lot));
  else
    orders.emplace_back(id, notice_order(notice));
  report.inputs += orders.size() - 1;  // each lot counts as an input beside the notice
  for (const auto& [order_id, order] : orders) {
    try {
      const Tender tender = to_tender(notice, order, order_id, c);
      auto [it, fresh] = first_file.emplace(tender.id, path);
      if (!fresh) throw_invalid(path, 0, "id", "the same notice as " + it->second, tender.id);
      report.records.push_back(to_record(tender, notice, order, c));
    } catch (const Error& e) {
      report.rejected.push_back(e);
    }
  }
}

}  // namespace

ImportReport import_eforms(const std::vector<std::string>& paths, const ReferenceData& ref,
                           const std::string& nuts3_teryt_path, bool with_results) {
  const auto nuts = detail::NutsAreas::from_nuts3(nuts3_teryt_path, ref.territory);
  ImportReport report;
  std::unordered_map<std::string, std::string> first_file;
  for (const auto& path : paths) {
    ++report.inputs;
    try {
      import_notice(path, ref, nuts, with_results, first_file, report);
    } catch (const Error& e) {
      report.rejected.push_back(e);
    }
  }
  return report;
}

}  // namespace pesmatch
