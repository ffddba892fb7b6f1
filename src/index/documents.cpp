#include "index/documents.hpp"

#include <map>
#include <set>

#include "core/utf8.hpp"
#include "index/forward_terms.hpp"
#include "index/profile.hpp"
#include "index/schema.hpp"
#include "ingest/identifiers.hpp"
#include "ingest/record_json.hpp"
#include "pesmatch/reserved_orders.hpp"
#include "text/tokenizer.hpp"

namespace pesmatch::detail {
namespace {

// Weights of the text fields, as within-document frequencies: a service tag states the offer
// more directly than a sentence of the description.
constexpr Xapian::termcount kWdfName = 1, kWdfDescription = 1, kWdfServices = 2, kWdfCodeLabels = 1;

void add_cpv_terms(Xapian::Document& doc, const CpvCode& code, const CpvVocabulary& cpv) {
  // wdf 1, not boolean: the query builder weights shared CPV branches through BM25 as well.
  doc.add_term(schema::kCpv + code.digits_str(), 1);
  for (const auto& a : cpv.ancestors(code)) doc.add_term(schema::kCpv + a.digits_str(), 1);
}

void add_territory_terms(Xapian::Document& doc, const char* prefix, const TerytCode& code) {
  doc.add_boolean_term(prefix + code.wojewodztwo().str());
  if (code.level() != TerytLevel::wojewodztwo) doc.add_boolean_term(prefix + code.powiat().str());
  if (code.level() == TerytLevel::gmina) doc.add_boolean_term(prefix + code.str());
}

// The województwa a PES serves whole, as the reranker sees it: one of its service-area units, or
// every powiat centroid of it within its radius (a place counts as served within the radius).
std::set<std::string> wojewodztwa_served(const Pes& pes, const Territory& territory) {
  std::set<std::string> whole;
  for (const auto& u : pes.service_area.units)
    if (u.level() == TerytLevel::wojewodztwo) whole.insert(u.str());
  if (!pes.service_area.radius_km) return whole;
  std::map<std::string, int> missing;
  for (const auto& u : territory.units())
    if (u.code.level() == TerytLevel::powiat) ++missing[u.code.wojewodztwo().str()];
  for (const auto& p : territory.powiats_within(pes.location, *pes.service_area.radius_km)) --missing[p.wojewodztwo().str()];
  for (const auto& [woj, left] : missing)
    if (left == 0) whole.insert(woj);
  return whole;
}

std::string labels_of(const Pes& pes, const ReferenceData& ref) {
  std::string text;
  for (const auto& c : pes.cpv) text.append(ref.cpv.entry(c).label_pl).append(". ");
  for (const auto& k : pes.pkd) text.append(ref.pkd.name(k)).append(". ");
  return text;
}

}  // namespace

std::string tender_text(const Tender& t, const CpvVocabulary& cpv) {
  std::string text = t.title + ". " + t.description + ". ";
  for (const auto& c : t.cpv) text.append(cpv.entry(c).label_pl).append(". ");
  return text;
}

Xapian::Document pes_document(const Pes& pes, const ReferenceData& ref, Analyzer& analyzer) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::kIdTerm + pes.id);
  std::set<std::string> concepts;
  auto add = [&](std::string_view text, Xapian::termcount wdf) {
    const auto analysis = analyzer.analyze(text);
    schema::add_text(doc, analysis, wdf);
    concepts.insert(analysis.concepts.begin(), analysis.concepts.end());
  };
  add(pes.name, kWdfName);
  add(pes.description, kWdfDescription);
  for (const auto& s : pes.services) add(s, kWdfServices);
  for (const auto& c : pes.references) add(c.title, kWdfDescription);
  add(labels_of(pes, ref), kWdfCodeLabels);
  for (const auto& c : pes.cpv) add_cpv_terms(doc, c, ref.cpv);
  for (const auto& k : pes.pkd) {
    for (const auto& level : {k.str(), k.pkd_class(), k.group(), k.division()})
      doc.add_boolean_term(schema::kPkd + level);
  }
  add_territory_terms(doc, schema::kSeat, pes.teryt);
  if (pes.service_area.defaulted) add_territory_terms(doc, schema::kArea, pes.teryt.powiat());
  for (const auto& u : pes.service_area.units) add_territory_terms(doc, schema::kArea, u);
  if (pes.service_area.radius_km)
    for (const auto& p : ref.territory.powiats_within(pes.location, *pes.service_area.radius_km))
      add_territory_terms(doc, schema::kArea, p);
  for (const auto& woj : wojewodztwa_served(pes, ref.territory)) doc.add_boolean_term(schema::kWholeArea + woj);
  doc.add_boolean_term(schema::kLegalForm + std::string(to_string(pes.legal_form)));
  // For the adviser's picker: a member is found by a word of its name, its town or its NIP.
  for (const auto& word : detail::tokenize(pes.name)) doc.add_boolean_term(schema::kNameWord + detail::fold(word));
  if (const auto nip = detail::digits_only(pes.nip, true); !nip.empty()) doc.add_boolean_term(schema::kNip + nip);
  if (pes.social_enterprise) doc.add_boolean_term(std::string(schema::kStatus) + "ps");
  // Reservation filters for retrieval; the reranker re-checks the full rule (art. 361's
  // three-year condition depends on the buyer).
  if (is_art94_contractor(pes)) doc.add_boolean_term(std::string(schema::kStatus) + "art94");
  if (is_art361_organisation(pes)) doc.add_boolean_term(std::string(schema::kStatus) + "art361");
  doc.add_value(schema::kSlotId, pes.id);
  doc.add_value(schema::kSlotProfile, encode_profile(pes, {concepts.begin(), concepts.end()}));
  // After every term: the text weights of the candidates are computed from it (rank/text_scorer).
  doc.add_value(schema::kSlotTextTerms, encode_forward_terms(doc));
  doc.set_data(to_json(pes).dump());
  return doc;
}

Xapian::Document tender_document(const Tender& t, const ReferenceData& ref, Analyzer& analyzer) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::kIdTerm + t.id);
  schema::add_text(doc, analyzer.analyze(tender_text(t, ref.cpv)), 1);
  for (const auto& c : t.cpv) add_cpv_terms(doc, c, ref.cpv);
  for (const auto& p : t.places) add_territory_terms(doc, schema::kPlace, p);
  doc.add_value(schema::kSlotId, t.id);
  doc.add_value(schema::kSlotPublished, t.published);
  doc.add_value(schema::kSlotDeadline, t.deadline);
  doc.set_data(to_json(t).dump());
  return doc;
}

}  // namespace pesmatch::detail
