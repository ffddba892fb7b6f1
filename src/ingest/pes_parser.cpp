#include <algorithm>

#include "ingest/code_fields.hpp"
#include "ingest/identifiers.hpp"
#include "ingest/record_fields.hpp"
#include "pesmatch/ingest.hpp"

namespace pesmatch {
namespace {

using detail::RecordFields;

// Runs `body` on a nested object and re-raises its errors with the field path under `prefix`.
template <typename Body>
auto nested(const RecordFields& rec, const std::string& prefix, const nlohmann::json& object, Body body) {
  if (!object.is_object()) rec.fail(prefix, "expected an object, got " + detail::json_type_name(object));
  RecordFields sub(object, rec.file(), rec.line());
  try {
    return body(sub);
  } catch (const Error& e) {
    rec.fail(prefix + "." + e.where().field, e.problem(), e.where().value);
  }
}

ServiceArea parse_service_area(const RecordFields& rec, const Territory& territory) {
  const auto* v = rec.raw("service_area");
  if (!v) return ServiceArea{{}, std::nullopt, true};
  return nested(rec, "service_area", *v, [&](const RecordFields& sub) {
    for (const auto& item : v->items())
      if (item.key() != "teryt" && item.key() != "radius_km") sub.fail(item.key(), "unknown field");
    ServiceArea area;
    const auto codes = sub.string_array("teryt");
    for (std::size_t i = 0; i < codes.size(); ++i)
      area.units.push_back(detail::teryt_code(sub, "teryt[" + std::to_string(i) + "]", codes[i], territory));
    area.radius_km = sub.optional_number("radius_km", 0.0, 1000.0);
    if (area.units.empty() && !area.radius_km) sub.fail("teryt", "service_area needs teryt or radius_km");
    return area;
  });
}

LatLon parse_location(const RecordFields& rec) {
  const auto* v = rec.raw("location");
  const LatLon p = nested(rec, "location", *v, [](const RecordFields& sub) {
    auto lat = sub.optional_number("lat", -90, 90), lon = sub.optional_number("lon", -180, 180);
    if (!lat) sub.fail("lat", "missing required field");
    if (!lon) sub.fail("lon", "missing required field");
    return LatLon{*lat, *lon};
  });
  if (!inside_poland_box(p)) rec.fail("location", "outside Poland", v->dump());
  return p;
}

std::vector<PastContract> parse_references(const RecordFields& rec, const CpvVocabulary& cpv) {
  std::vector<PastContract> out;
  const auto* v = rec.raw("references");
  if (!v) return out;
  if (!v->is_array()) rec.fail("references", "expected an array, got " + detail::json_type_name(*v));
  if (v->size() > detail::kMaxArrayItems)
    rec.fail("references", "more than " + std::to_string(detail::kMaxArrayItems) + " items");
  for (std::size_t i = 0; i < v->size(); ++i) {
    out.push_back(nested(rec, "references[" + std::to_string(i) + "]", (*v)[i], [&](const RecordFields& sub) {
      PastContract c;
      c.title = sub.optional_string("title");
      c.buyer = sub.optional_string("buyer");
      if (auto y = sub.optional_integer("year", 1990, 2100)) c.year = static_cast<int>(*y);
      c.value_pln = sub.optional_number("value_pln", 0, 1e12);
      c.art361 = sub.optional_bool("art361").value_or(false);
      c.cpv = detail::cpv_list(sub, "cpv", cpv, false);
      return c;
    }));
  }
  return out;
}

void check_identifier(const RecordFields& rec, const char* field, std::string (*problem_of)(std::string_view),
                      std::string& out) {
  out = rec.optional_string(field);
  if (out.empty()) return;
  if (auto problem = problem_of(out); !problem.empty()) rec.fail(field, problem, out);
}

}  // namespace

Pes parse_pes(std::string_view json, const ReferenceData& ref, const std::string& file, std::size_t line) {
  RecordFields rec(json, file, line);
  Pes p;
  p.id = rec.required_string("id", 128);
  if (p.id.find_first_of(" \t\r\n") != std::string::npos) rec.fail("id", "must not contain white space", p.id);
  detail::require_printable_id(rec, "id", p.id);
  p.name = rec.required_string("name");
  const auto form = rec.required_string("legal_form");
  const auto parsed_form = parse_legal_form(form);
  if (!parsed_form) rec.fail("legal_form", "unknown legal form", form);
  p.legal_form = *parsed_form;
  p.social_enterprise = rec.optional_bool("social_enterprise").value_or(false);
  const auto teryt = rec.required_string("teryt");
  p.teryt = detail::teryt_code(rec, "teryt", teryt, ref.territory);
  if (p.teryt.level() != TerytLevel::gmina) rec.fail("teryt", "must be a 7-digit gmina code", teryt);
  p.location_given = rec.raw("location") != nullptr;
  p.location = p.location_given ? parse_location(rec) : ref.territory.centroid(p.teryt);
  p.service_area = parse_service_area(rec, ref.territory);
  p.description = rec.required_string("description");
  p.services = rec.string_array("services");
  p.cpv = detail::cpv_list(rec, "cpv", ref.cpv, false);
  const auto pkd = rec.string_array("pkd");
  for (std::size_t i = 0; i < pkd.size(); ++i) {
    auto code = ref.pkd.parse(pkd[i]);
    if (!code) rec.fail("pkd[" + std::to_string(i) + "]", code.problem, pkd[i]);
    p.pkd.push_back(*code.value);
  }
  if (auto n = rec.optional_integer("employees", 0, 1'000'000)) p.employees = static_cast<int>(*n);
  p.disadvantaged_share = rec.optional_number("disadvantaged_share", 0.0, 1.0);
  check_identifier(rec, "krs", detail::krs_problem, p.krs);
  check_identifier(rec, "nip", detail::nip_problem, p.nip);
  check_identifier(rec, "regon", detail::regon_problem, p.regon);
  p.references = parse_references(rec, ref.cpv);
  if (const auto* contact = rec.raw("contact")) {
    if (!contact->is_object()) rec.fail("contact", "expected an object, got " + detail::json_type_name(*contact));
    p.contact_json = contact->dump();
  }
  return p;
}

}  // namespace pesmatch
