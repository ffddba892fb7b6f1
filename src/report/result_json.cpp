#include "report/result_json.hpp"

#include <cmath>

namespace pesmatch::detail {

nlohmann::ordered_json factors_json(const std::vector<FactorExplanation>& factors) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& f : factors)
    out.push_back({{"name", feature_name(f.feature)}, {"value", f.value}, {"weight", f.weight},
                   {"contribution", f.contribution}, {"detail", f.detail}});
  return out;
}

nlohmann::ordered_json ranked_pes_json(const RankedPes& p, std::size_t rank) {
  const auto record = nlohmann::json::parse(p.record_json);
  nlohmann::ordered_json j;
  j["rank"] = rank;
  j["id"] = p.id;
  j["name"] = p.name;
  j["score"] = p.score;
  j["legal_form"] = record.value("legal_form", "");
  j["teryt"] = record.value("teryt", "");
  j["distance_km"] = std::round(p.distance_km * 10) / 10;
  j["eligibility"] = {{"eligible", p.eligibility.eligible}, {"reason", p.eligibility.reason}};
  j["factors"] = factors_json(p.factors);
  j["contact"] = record.contains("contact") ? record["contact"] : nlohmann::json::object();
  return j;
}

nlohmann::ordered_json match_result_json(const Tender& t, const MatchResult& result) {
  nlohmann::ordered_json j;
  j["tender"] = t.id;
  j["title"] = t.title;
  j["reserved"] = t.reserved == Reservation::none ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(to_string(t.reserved));
  j["candidates"] = result.candidates;
  j["results"] = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < result.ranked.size(); ++i) j["results"].push_back(ranked_pes_json(result.ranked[i], i + 1));
  if (!result.excluded.empty()) {
    j["excluded"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < result.excluded.size(); ++i) j["excluded"].push_back(ranked_pes_json(result.excluded[i], i + 1));
  }
  return j;
}

nlohmann::ordered_json ranked_tender_json(const RankedTender& t, std::size_t rank) {
  nlohmann::ordered_json j;
  j["rank"] = rank;
  j["id"] = t.id;
  j["title"] = t.title;
  j["score"] = t.score;
  j["published"] = t.published;
  j["deadline"] = t.deadline;
  j["distance_km"] = std::round(t.distance_km * 10) / 10;
  j["flags"] = {{"reserved_art94", t.reserved_art94}, {"reserved_art361", t.reserved_art361}, {"social_services_annex_xiv", t.social_services}};
  j["eligibility"] = {{"eligible", t.eligibility.eligible}, {"reason", t.eligibility.reason}};
  j["factors"] = factors_json(t.factors);
  const auto record = nlohmann::json::parse(t.record_json);
  j["buyer"] = record.value("buyer", nlohmann::json::object());
  if (record.contains("value_pln")) j["value_pln"] = record["value_pln"];
  return j;
}

nlohmann::ordered_json suggest_result_json(const SuggestResult& result) {
  nlohmann::ordered_json j;
  j["pes"] = result.pes_id;
  j["name"] = result.pes_name;
  j["candidates"] = result.candidates;
  j["tenders"] = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < result.ranked.size(); ++i) j["tenders"].push_back(ranked_tender_json(result.ranked[i], i + 1));
  return j;
}

}  // namespace pesmatch::detail
