// import_bzp: e-Zamówienia notice records → contract tenders and past contracts. Each record is
// read (bzp_notice), its values converted (bzp_values) and checked against the reference data,
// and the result validated by the parser its readers use (parse_tender, parse_contract).
#include <algorithm>

#include "core/polish_time.hpp"
#include "ingest/bzp_notice.hpp"
#include "ingest/bzp_values.hpp"
#include "ingest/identifiers.hpp"
#include "ingest/record_json.hpp"
#include "pesmatch/contracts.hpp"
#include "pesmatch/importers.hpp"
#include "pesmatch/ingest.hpp"

namespace pesmatch::detail {
namespace {

// Where notes and errors point: the record's file and line (JSONL) or element number (array).
struct Origin {
  const std::string& file;
  std::size_t record;
};

void add_note(ImportReport& report, const Origin& at, std::string field, std::string value, std::string text) {
  report.notes.push_back(
      Error(ErrorCode::invalid_input, ErrorLocation{at.file, at.record, std::move(field), std::move(value)}, std::move(text))
          .what());
}

// The values of every field numbered `number`, all parts together.
std::vector<std::string> all_values(const BzpNotice& n, std::string_view number) {
  std::vector<std::string> out;
  for (const auto* f : fields_numbered(n.html, number)) out.insert(out.end(), f->values.begin(), f->values.end());
  return out;
}

// Main then additional CPV from the HTML (`main_no`, `extra_no`), else from the cpvCode string;
// codes outside the vocabulary are skipped with a note.
std::vector<CpvCode> cpv_of(const BzpNotice& n, std::string_view main_no, std::string_view extra_no,
                            const CpvVocabulary& vocabulary, ImportReport& report, const Origin& at) {
  std::vector<std::string> written;
  for (const auto number : {main_no, extra_no})
    for (const auto& v : all_values(n, number))
      if (auto code = leading_cpv_code(v); !code.empty()) written.push_back(std::move(code));
  if (written.empty()) written = cpv_codes_in(n.cpv_code);
  std::vector<CpvCode> out;
  for (const auto& text : written) {
    const auto parsed = vocabulary.parse(text);
    if (!parsed)
      add_note(report, at, "cpvCode", text, parsed.problem + ", skipped");
    else if (std::find(out.begin(), out.end(), *parsed.value) == out.end())
      out.push_back(*parsed.value);
  }
  if (out.empty()) throw_invalid(at.file, at.record, "cpvCode", "no CPV code of the notice is in the CPV 2008 vocabulary", n.cpv_code);
  return out;
}

std::optional<TerytCode> buyer_place(const BzpNotice& n, const Territory& territory, ImportReport& report,
                                     const Origin& at) {
  const auto town = n.buyer_city.empty() ? first_value(n.html, "1.5.2") : n.buyer_city;
  const auto place = party_place(town, n.buyer_province, territory);
  if (!place.note.empty()) add_note(report, at, "organizationCity", town, place.note);
  return place.teryt;
}

std::string polish_date(const std::string& utc, ImportReport& report, const Origin& at, const char* field) {
  if (utc.empty()) return "";
  if (auto date = polish_date_of_utc(utc)) return *date;
  add_note(report, at, field, utc, "not a UTC date and time, left out");
  return "";
}

// A NIP the notice got wrong (or a foreign tax number) is left out rather than the contract.
std::string checked_nip(const std::string& nip, const std::string& field, ImportReport& report, const Origin& at) {
  if (nip.empty()) return nip;
  const auto problem = nip_problem(nip);
  if (problem.empty()) return nip;
  add_note(report, at, field, nip, problem + ", left out");
  return "";
}

bool says_yes(const BzpNotice& n, std::string_view number) {
  return first_value(n.html, number).rfind("Tak", 0) == 0;
}

// The short description of every part (4.2.2), one paragraph a part led by "Część N".
std::string description_of(const BzpNotice& n) {
  std::string out;
  for (const auto* f : fields_numbered(n.html, "4.2.2")) {
    std::string text;
    for (const auto& v : f->values) text += (text.empty() ? "" : " ") + v;
    if (text.empty()) continue;
    const std::string lead = "Część " + std::to_string(f->part);
    if (f->part > 0 && text.rfind(lead, 0) != 0) text = lead + ": " + text;
    out += (out.empty() ? "" : "\n") + text;
  }
  return out;
}

// The order's value (4.1.5), else the sum of its parts' values (4.2.5) when each part has one.
std::optional<double> value_of(const BzpNotice& n) {
  if (auto whole = polish_amount(first_value(n.html, "4.1.5"))) return whole;
  const auto parts = fields_numbered(n.html, "4.2.5");
  double sum = 0;
  for (const auto* f : parts) {
    const auto v = f->values.empty() ? std::nullopt : polish_amount(f->values.front());
    if (!v) return std::nullopt;
    sum += *v;
  }
  return parts.empty() ? std::nullopt : std::optional<double>(sum);
}

std::string to_tender_record(const BzpNotice& n, const ReferenceData& ref, ImportReport& report, const Origin& at) {
  Tender t;
  t.id = n.id;
  t.title = n.title.empty() ? first_value(n.html, "2.3") : n.title;
  if (t.title.empty()) throw_invalid(at.file, at.record, "orderObject", "the notice has no title");
  t.description = description_of(n);
  t.cpv = cpv_of(n, "4.2.6", "4.2.7", ref.cpv, report, at);
  t.buyer_name = n.buyer_name.empty() ? first_value(n.html, "1.2") : n.buyer_name;
  t.buyer_teryt = buyer_place(n, ref.territory, report, at);
  if (!t.buyer_teryt)
    throw_invalid(at.file, at.record, "organizationProvince", "the buyer's place resolves to no TERYT unit", n.buyer_province);
  t.places = {*t.buyer_teryt};
  if (t.buyer_teryt->level() != TerytLevel::gmina) t.buyer_teryt.reset();
  if (says_yes(n, "2.11")) t.reserved = Reservation::art94;
  t.value_pln = value_of(n);
  t.published = polish_date(n.published_utc, report, at, "publicationDate");
  t.deadline = polish_date(n.deadline_utc, report, at, "submittingOffersDate");
  if (t.deadline.empty()) {
    const auto written = first_value(n.html, "8.1");  // local time already: "2026-09-24 09:00"
    if (written.size() >= 10 && is_iso_date(written.substr(0, 10))) t.deadline = written.substr(0, 10);
  }
  auto json = to_json(t);
  if (auto nip = checked_nip(n.buyer_nip, "organizationNationalId", report, at); !nip.empty()) json["buyer"]["nip"] = nip;
  if (says_yes(n, "2.2")) json["social_services_annex_xiv"] = true;
  if (!n.tender_ref.empty()) json["tender_ref"] = n.tender_ref;
  std::string line = json.dump();
  parse_tender(line, ref, at.file, at.record);
  return line;
}

// The k-th of the values of `number` when there is one per contractor, else the only one.
std::string per_contractor(const BzpNotice& n, std::string_view number, std::size_t k) {
  const auto fields = fields_numbered(n.html, number);
  const std::size_t i = fields.size() == n.contractors.size() ? k : 0;
  return i < fields.size() && !fields[i]->values.empty() && (fields.size() == n.contractors.size() || fields.size() == 1)
             ? fields[i]->values.front()
             : "";
}

AwardedContract to_contract(const BzpNotice& n, std::size_t k, const std::vector<CpvCode>& cpv,
                            const std::optional<TerytCode>& buyer, const ReferenceData& ref, ImportReport& report,
                            const Origin& at) {
  const auto& who = n.contractors[k];
  const std::string path = "contractors[" + std::to_string(k) + "]";
  AwardedContract c;
  c.id = n.id + "/" + std::to_string(k + 1);
  c.notice = n.id;
  c.tender_ref = n.tender_ref;
  c.title = n.title.empty() ? first_value(n.html, "2.3") : n.title;
  if (c.title.empty()) throw_invalid(at.file, at.record, "orderObject", "the notice has no title");
  c.cpv = cpv;
  c.buyer_name = n.buyer_name;
  c.buyer_nip = checked_nip(n.buyer_nip, "organizationNationalId", report, at);
  c.buyer_teryt = buyer;
  c.winner.name = who.name.empty() ? per_contractor(n, "7.3.1", k) : who.name;
  if (c.winner.name.empty()) throw_invalid(at.file, at.record, path + ".contractorName", "the contractor has no name");
  c.winner.nip = checked_nip(who.nip, path + ".contractorNationalId", report, at);
  c.winner.town = who.city;
  const auto place = party_place(who.city, who.province, ref.territory);
  if (place.teryt && place.teryt->level() == TerytLevel::gmina) c.winner.teryt = place.teryt;
  c.value_pln = polish_amount(per_contractor(n, "8.2", k));
  const auto signed_on = per_contractor(n, "8.1", k);
  c.date = signed_on.size() >= 10 && is_iso_date(signed_on.substr(0, 10))
               ? signed_on.substr(0, 10)
               : polish_date(n.published_utc, report, at, "publicationDate");
  if (c.date.empty()) throw_invalid(at.file, at.record, "publicationDate", "the notice has no date");
  return c;
}

}  // namespace

// The contracts of a result notice, one per contractor, each checked by parse_contract.
std::vector<std::string> bzp_contract_records(const BzpNotice& n, const ReferenceData& ref, ImportReport& report,
                                              const std::string& file, std::size_t record) {
  const Origin at{file, record};
  const auto cpv = cpv_of(n, "4.5.3", "4.5.4", ref.cpv, report, at);
  auto buyer = party_place(n.buyer_city, n.buyer_province, ref.territory).teryt;
  std::vector<std::string> out;
  for (std::size_t k = 0; k < n.contractors.size(); ++k) {
    auto line = contract_record(to_contract(n, k, cpv, buyer, ref, report, at));
    parse_contract(line, ref, file, record);
    out.push_back(std::move(line));
  }
  return out;
}

std::string bzp_tender_record(const BzpNotice& n, const ReferenceData& ref, ImportReport& report,
                              const std::string& file, std::size_t record) {
  return to_tender_record(n, ref, report, Origin{file, record});
}

}  // namespace pesmatch::detail
