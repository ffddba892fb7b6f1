#include <string>

#include "ingest/code_fields.hpp"
#include "ingest/record_fields.hpp"
#include "pesmatch/ingest.hpp"

namespace pesmatch {
namespace {

using detail::is_iso_date;
using detail::RecordFields;

std::string optional_date(const RecordFields& rec, const char* field) {
  auto s = rec.optional_string(field);
  if (!s.empty() && !detail::is_iso_date(s)) rec.fail(field, "expected a date YYYY-MM-DD", s);
  return s;
}

Reservation parse_reservation(const RecordFields& rec) {
  const auto s = rec.optional_string("reserved");
  if (s.empty()) return Reservation::none;
  if (s == "art94") return Reservation::art94;
  if (s == "art361") return Reservation::art361;
  rec.fail("reserved", "expected \"art94\", \"art361\" or no value", s);
}

void parse_buyer(const RecordFields& rec, const Territory& territory, Tender& t) {
  const auto* buyer = rec.raw("buyer");
  if (!buyer) return;
  if (!buyer->is_object()) rec.fail("buyer", "expected an object, got " + detail::json_type_name(*buyer));
  if (auto name = buyer->find("name"); name != buyer->end() && !name->is_null()) {
    if (!name->is_string()) rec.fail("buyer.name", "expected a string, got " + detail::json_type_name(*name));
    t.buyer_name = name->get<std::string>();
  }
  if (auto code = buyer->find("teryt"); code != buyer->end() && !code->is_null()) {
    if (!code->is_string()) rec.fail("buyer.teryt", "expected a string, got " + detail::json_type_name(*code));
    t.buyer_teryt = detail::teryt_code(rec, "buyer.teryt", code->get<std::string>(), territory);
  }
}

}  // namespace

Tender parse_tender(std::string_view json, const ReferenceData& ref, const std::string& file, std::size_t line) {
  return detail::parse_tender_record(RecordFields(json, file, line), ref);
}

namespace detail {

Tender parse_tender_record(const RecordFields& rec, const ReferenceData& ref) {
  Tender t;
  t.id = required_id(rec, "id");
  t.title = rec.required_string("title");
  t.description = rec.optional_string("description");
  t.cpv = cpv_list(rec, "cpv", ref.cpv, true);
  parse_buyer(rec, ref.territory, t);
  const auto places = rec.string_array("place_teryt", true);
  for (std::size_t i = 0; i < places.size(); ++i)
    t.places.push_back(teryt_code(rec, "place_teryt[" + std::to_string(i) + "]", places[i], ref.territory));
  t.reserved = parse_reservation(rec);
  t.social_clauses = rec.string_array("social_clauses");
  t.value_pln = rec.optional_number("value_pln", 0, 1e13);
  t.published = optional_date(rec, "published");
  t.deadline = optional_date(rec, "deadline");
  return t;
}

}  // namespace detail
}  // namespace pesmatch
