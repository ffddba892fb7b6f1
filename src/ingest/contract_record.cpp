// Past contracts JSONL (docs/formats.md): one awarded contract a line, validated field by field
// with the same helpers as tenders and PES, and written back in the same shape.
#include <nlohmann/json.hpp>

#include "ingest/code_fields.hpp"
#include "ingest/identifiers.hpp"
#include "ingest/record_fields.hpp"
#include "pesmatch/contracts.hpp"

namespace pesmatch {
namespace {

using detail::RecordFields;

// A string member of the object at `path` ("winner.name"), "" when absent or null.
std::string member_string(const RecordFields& rec, const nlohmann::json& object, const std::string& path,
                          const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (!it->is_string()) rec.fail(path + "." + key, "expected a string, got " + detail::json_type_name(*it));
  return it->get<std::string>();
}

std::string checked_nip(const RecordFields& rec, const std::string& path, std::string nip) {
  if (nip.empty()) return nip;
  if (auto problem = detail::nip_problem(nip); !problem.empty()) rec.fail(path, problem, nip);
  return nip;
}

std::optional<TerytCode> member_teryt(const RecordFields& rec, const nlohmann::json& object, const std::string& path,
                                      const Territory& territory) {
  const auto text = member_string(rec, object, path, "teryt");
  if (text.empty()) return std::nullopt;
  return detail::teryt_code(rec, path + ".teryt", text, territory);
}

const nlohmann::json* object_field(const RecordFields& rec, const char* field, bool required) {
  const auto* v = rec.raw(field);
  if (!v) {
    if (required) rec.fail(field, "missing required field");
    return nullptr;
  }
  if (!v->is_object()) rec.fail(field, "expected an object, got " + detail::json_type_name(*v));
  return v;
}

void parse_buyer(const RecordFields& rec, const Territory& territory, AwardedContract& c) {
  const auto* buyer = object_field(rec, "buyer", false);
  if (!buyer) return;
  c.buyer_name = member_string(rec, *buyer, "buyer", "name");
  c.buyer_nip = checked_nip(rec, "buyer.nip", member_string(rec, *buyer, "buyer", "nip"));
  c.buyer_teryt = member_teryt(rec, *buyer, "buyer", territory);
}

void parse_winner(const RecordFields& rec, const Territory& territory, AwardedContract& c) {
  const auto& winner = *object_field(rec, "winner", true);
  c.winner.name = member_string(rec, winner, "winner", "name");
  if (c.winner.name.find_first_not_of(" \t\r\n") == std::string::npos) rec.fail("winner.name", "must not be empty");
  c.winner.nip = checked_nip(rec, "winner.nip", member_string(rec, winner, "winner", "nip"));
  c.winner.town = member_string(rec, winner, "winner", "town");
  c.winner.teryt = member_teryt(rec, winner, "winner", territory);
}

nlohmann::json party_json(const std::string& name, const std::string& nip, const std::optional<TerytCode>& teryt) {
  auto j = nlohmann::json::object();
  if (!name.empty()) j["name"] = name;
  if (!nip.empty()) j["nip"] = nip;
  if (teryt) j["teryt"] = teryt->str();
  return j;
}

}  // namespace

AwardedContract parse_contract(std::string_view json, const ReferenceData& ref, const std::string& file,
                               std::size_t line) {
  const RecordFields rec(json, file, line);
  AwardedContract c;
  c.id = detail::required_id(rec, "id");
  c.notice = rec.optional_string("notice");
  c.tender_ref = rec.optional_string("tender_ref");
  c.title = rec.required_string("title");
  c.cpv = detail::cpv_list(rec, "cpv", ref.cpv, true);
  parse_buyer(rec, ref.territory, c);
  parse_winner(rec, ref.territory, c);
  c.value_pln = rec.optional_number("value_pln", 0, 1e13);
  c.date = rec.required_string("date", 10);
  if (!detail::is_iso_date(c.date)) rec.fail("date", "expected a date YYYY-MM-DD", c.date);
  return c;
}

std::string contract_record(const AwardedContract& c) {
  nlohmann::json j{{"id", c.id}, {"title", c.title}, {"cpv", nlohmann::json::array()}, {"date", c.date}};
  for (const auto& code : c.cpv) j["cpv"].push_back(code.str());
  if (!c.notice.empty()) j["notice"] = c.notice;
  if (!c.tender_ref.empty()) j["tender_ref"] = c.tender_ref;
  if (auto buyer = party_json(c.buyer_name, c.buyer_nip, c.buyer_teryt); !buyer.empty()) j["buyer"] = buyer;
  auto winner = party_json(c.winner.name, c.winner.nip, c.winner.teryt);
  if (!c.winner.town.empty()) winner["town"] = c.winner.town;
  j["winner"] = winner;
  if (c.value_pln) j["value_pln"] = *c.value_pln;
  return j.dump();
}

}  // namespace pesmatch
