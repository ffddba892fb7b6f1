#include "ingest/record_json.hpp"

namespace pesmatch::detail {
namespace {

template <typename Code>
nlohmann::json code_list(const std::vector<Code>& codes) {
  auto out = nlohmann::json::array();
  for (const auto& c : codes) out.push_back(c.str());
  return out;
}

}  // namespace

nlohmann::json to_json(const Pes& p) {
  nlohmann::json j{{"id", p.id},
                   {"name", p.name},
                   {"legal_form", to_string(p.legal_form)},
                   {"social_enterprise", p.social_enterprise},
                   {"teryt", p.teryt.str()},
                   {"location", {{"lat", p.location.lat}, {"lon", p.location.lon}}},
                   {"description", p.description}};
  if (!p.service_area.defaulted) {
    nlohmann::json area = nlohmann::json::object();
    if (!p.service_area.units.empty()) {
      area["teryt"] = nlohmann::json::array();
      for (const auto& u : p.service_area.units) area["teryt"].push_back(u.str());
    }
    if (p.service_area.radius_km) area["radius_km"] = *p.service_area.radius_km;
    j["service_area"] = area;
  }
  if (!p.services.empty()) j["services"] = p.services;
  if (!p.cpv.empty()) j["cpv"] = code_list(p.cpv);
  if (!p.pkd.empty()) j["pkd"] = code_list(p.pkd);
  if (p.employees) j["employees"] = *p.employees;
  if (p.disadvantaged_share) j["disadvantaged_share"] = *p.disadvantaged_share;
  for (auto [key, value] : {std::pair{"krs", &p.krs}, {"nip", &p.nip}, {"regon", &p.regon}})
    if (!value->empty()) j[key] = *value;
  if (!p.references.empty()) {
    j["references"] = nlohmann::json::array();
    for (const auto& c : p.references) {
      nlohmann::json r{{"title", c.title}, {"buyer", c.buyer}, {"cpv", code_list(c.cpv)}};
      if (c.year) r["year"] = *c.year;
      if (c.value_pln) r["value_pln"] = *c.value_pln;
      if (c.art361) r["art361"] = true;
      j["references"].push_back(std::move(r));
    }
  }
  if (!p.contact_json.empty()) j["contact"] = nlohmann::json::parse(p.contact_json);
  return j;
}

nlohmann::json to_json(const Tender& t) {
  nlohmann::json j{{"id", t.id}, {"title", t.title}, {"cpv", code_list(t.cpv)}, {"place_teryt", nlohmann::json::array()}};
  for (const auto& p : t.places) j["place_teryt"].push_back(p.str());
  if (!t.description.empty()) j["description"] = t.description;
  if (!t.buyer_name.empty() || t.buyer_teryt) {
    j["buyer"] = nlohmann::json::object();
    if (!t.buyer_name.empty()) j["buyer"]["name"] = t.buyer_name;
    if (t.buyer_teryt) j["buyer"]["teryt"] = t.buyer_teryt->str();
  }
  if (t.reserved != Reservation::none) j["reserved"] = to_string(t.reserved);
  if (!t.social_clauses.empty()) j["social_clauses"] = t.social_clauses;
  if (t.value_pln) j["value_pln"] = *t.value_pln;
  if (!t.published.empty()) j["published"] = t.published;
  if (!t.deadline.empty()) j["deadline"] = t.deadline;
  return j;
}

}  // namespace pesmatch::detail
