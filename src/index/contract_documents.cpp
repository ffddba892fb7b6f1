#include "index/contract_documents.hpp"

#include <set>

#include "core/utf8.hpp"
#include "index/schema.hpp"

namespace pesmatch::detail {
namespace {

// Name and gmina, the second way to know a winner: "Spółdzielnia Socjalna Smaki" in 1465011.
std::string name_place_key(const std::string& name, const TerytCode& gmina) { return name_key(name) + "|" + gmina.str(); }

}  // namespace

Xapian::Document contract_document(const AwardedContract& c, const std::string& winner_pes, const ReferenceData& ref) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::kIdTerm + c.id);
  std::set<std::string> groups;
  for (const auto& code : c.cpv) {
    doc.add_boolean_term(schema::kCpv + code.digits_str());
    for (const auto& a : ref.cpv.ancestors(code)) doc.add_boolean_term(schema::kCpv + a.digits_str());
    groups.insert(code.digits_str().substr(0, 3));
  }
  for (const auto& g : groups) doc.add_boolean_term(schema::kCpvGroup + g);
  if (c.buyer_teryt) {
    const auto& t = *c.buyer_teryt;
    doc.add_boolean_term(schema::kPlace + t.wojewodztwo().str());
    if (t.level() != TerytLevel::wojewodztwo) doc.add_boolean_term(schema::kPlace + t.powiat().str());
    if (t.level() == TerytLevel::gmina) doc.add_boolean_term(schema::kPlace + t.str());
  }
  doc.add_value(schema::kSlotId, c.id);
  doc.add_value(schema::kSlotWinnerPes, winner_pes);
  doc.add_value(schema::kSlotPublished, c.date);
  doc.set_data(contract_record(c));
  return doc;
}

std::unordered_map<std::string, std::string> link_winners(const std::vector<AwardedContract>& contracts,
                                                          const std::vector<Pes>& catalogue) {
  std::unordered_map<std::string, std::string> by_nip, by_name;
  std::set<std::string> ambiguous;
  for (const auto& p : catalogue) {
    if (!p.nip.empty()) by_nip.emplace(p.nip, p.id);
    const auto key = name_place_key(p.name, p.teryt);
    if (!by_name.emplace(key, p.id).second) ambiguous.insert(key);  // two PES of one name in one gmina: neither
  }
  std::unordered_map<std::string, std::string> out;
  for (const auto& c : contracts) {
    if (auto it = by_nip.find(c.winner.nip); !c.winner.nip.empty() && it != by_nip.end()) {
      out.emplace(c.id, it->second);
    } else if (c.winner.teryt) {
      const auto key = name_place_key(c.winner.name, *c.winner.teryt);
      if (auto n = by_name.find(key); n != by_name.end() && !ambiguous.count(key)) out.emplace(c.id, n->second);
    }
  }
  return out;
}

PastContract as_reference(const AwardedContract& c) {
  PastContract r;
  r.title = c.title;
  r.buyer = c.buyer_name;
  r.year = std::stoi(c.date.substr(0, 4));
  r.value_pln = c.value_pln;
  r.cpv = c.cpv;
  return r;
}

void write_contracts(const std::string& path, const std::vector<AwardedContract>& contracts,
                     const std::unordered_map<std::string, std::string>& winner_pes, const ReferenceData& ref) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
  db.begin_transaction(true);
  for (const auto& c : contracts) {
    const auto it = winner_pes.find(c.id);
    db.replace_document(schema::kIdTerm + c.id, contract_document(c, it == winner_pes.end() ? "" : it->second, ref));
  }
  db.commit_transaction();
  db.close();
}

}  // namespace pesmatch::detail
