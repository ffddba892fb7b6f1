#include "report/result_json.hpp"

#include <cmath>

namespace pesmatch::detail {

nlohmann::ordered_json factors_json(const std::vector<FactorExplanation>& factors, Language lang) {
  const auto& words = Catalogue::of(lang);
  auto out = nlohmann::ordered_json::array();
  for (const auto& f : factors)
    out.push_back({{"name", feature_name(f.feature)}, {"label", feature_label(words, f.feature)}, {"value", f.value}, {"weight", f.weight},
                   {"contribution", f.contribution}, {"detail", f.detail}, {"detail_text", words.render(f.message)}});
  return out;
}

nlohmann::ordered_json eligibility_json(const Eligibility& e, Language lang) {
  return {{"eligible", e.eligible}, {"reason", e.reason}, {"reason_text", Catalogue::of(lang).render(e.message)}};
}

std::string legal_form_label(const std::string& machine_name, Language lang) {
  return machine_name.empty() ? "" : Catalogue::of(lang).text("legal_form." + machine_name);
}

nlohmann::json contact_json(const Pes& p) {
  return p.contact_json.empty() ? nlohmann::json::object() : nlohmann::json::parse(p.contact_json);
}

nlohmann::ordered_json ranked_pes_json(const RankedPes& p, std::size_t rank, Language lang) {
  const std::string legal_form(to_string(p.record.legal_form));
  nlohmann::ordered_json j;
  j["rank"] = rank;
  j["id"] = p.id;
  j["name"] = p.name;
  j["score"] = p.score;
  j["legal_form"] = legal_form;
  j["legal_form_label"] = legal_form_label(legal_form, lang);
  j["teryt"] = p.record.teryt.str();
  j["distance_km"] = std::round(p.distance_km * 10) / 10;
  j["eligibility"] = eligibility_json(p.eligibility, lang);
  j["factors"] = factors_json(p.factors, lang);
  j["contact"] = contact_json(p.record);
  j["location"] = {{"lat", p.record.location.lat}, {"lon", p.record.location.lon}};
  return j;
}

nlohmann::ordered_json match_result_json(const Tender& t, const MatchResult& result, Language lang) {
  nlohmann::ordered_json j;
  j["tender"] = t.id;
  j["title"] = t.title;
  j["reserved"] = t.reserved == Reservation::none ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(to_string(t.reserved));
  j["candidates"] = result.candidates;
  j["results"] = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < result.ranked.size(); ++i) j["results"].push_back(ranked_pes_json(result.ranked[i], i + 1, lang));
  if (!result.excluded.empty()) {
    j["excluded"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < result.excluded.size(); ++i) j["excluded"].push_back(ranked_pes_json(result.excluded[i], i + 1, lang));
  }
  return j;
}

std::vector<std::string> flag_keys(const RankedTender& t) {
  std::vector<std::string> keys;
  if (t.reserved_art94) keys.emplace_back("flag.reserved_art94");
  if (t.reserved_art361) keys.emplace_back("flag.reserved_art361");
  if (t.social_services) keys.emplace_back("flag.social_services_annex_xiv");
  return keys;
}

nlohmann::ordered_json ranked_tender_json(const RankedTender& t, std::size_t rank, Language lang) {
  nlohmann::ordered_json j;
  j["rank"] = rank;
  j["id"] = t.id;
  j["title"] = t.title;
  j["score"] = t.score;
  j["published"] = t.published;
  j["deadline"] = t.deadline;
  j["distance_km"] = std::round(t.distance_km * 10) / 10;
  j["flags"] = {{"reserved_art94", t.reserved_art94}, {"reserved_art361", t.reserved_art361}, {"social_services_annex_xiv", t.social_services}};
  j["flag_labels"] = nlohmann::ordered_json::array();
  for (const auto& key : flag_keys(t)) j["flag_labels"].push_back(Catalogue::of(lang).text(key));
  j["eligibility"] = eligibility_json(t.eligibility, lang);
  j["factors"] = factors_json(t.factors, lang);
  j["buyer"] = nlohmann::ordered_json::object();
  if (!t.record.buyer_name.empty()) j["buyer"]["name"] = t.record.buyer_name;
  if (t.record.buyer_teryt) j["buyer"]["teryt"] = t.record.buyer_teryt->str();
  j["place_teryt"] = nlohmann::ordered_json::array();
  for (const auto& place : t.record.places) j["place_teryt"].push_back(place.str());
  if (t.record.value_pln) j["value_pln"] = *t.record.value_pln;
  return j;
}

nlohmann::ordered_json suggest_result_json(const SuggestResult& result, Language lang) {
  nlohmann::ordered_json j;
  j["pes"] = result.pes_id;
  j["name"] = result.pes_name;
  j["candidates"] = result.candidates;
  j["tenders"] = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < result.ranked.size(); ++i) j["tenders"].push_back(ranked_tender_json(result.ranked[i], i + 1, lang));
  return j;
}

}  // namespace pesmatch::detail
