#include "rank/pes_search.hpp"

#include <set>

#include "core/utf8.hpp"
#include "index/schema.hpp"
#include "ingest/identifiers.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "text/tokenizer.hpp"

namespace pesmatch::detail {
namespace {

// A typed word still being written matches every term it begins, up to this many (the most
// frequent), so that two letters over a million names stay cheap.
constexpr Xapian::termcount kMaxExpansion = 200;

Xapian::Query starting_with(const std::string& prefix, const std::string& text) {
  return Xapian::Query(Xapian::Query::OP_WILDCARD, prefix + text, kMaxExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
}

// Every typed word begins a word of the name; the last may be unfinished, the others must be whole
// words or beginnings too (people type "spół soc smacz").
Xapian::Query name_query(const std::vector<std::string>& words) {
  std::vector<Xapian::Query> parts;
  for (const auto& w : words) parts.push_back(starting_with(schema::kNameWord, fold(w)));
  return parts.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

// The PES seated in the gmina (or gminy, when the name is ambiguous) the text names as a town.
Xapian::Query town_query(const Territory& territory, std::string_view text) {
  const auto place = territory.resolve_place(PlaceQuery{.town = text});
  std::vector<TerytCode> gminy = place.candidates;
  if (place.gmina) gminy.push_back(*place.gmina);
  std::vector<Xapian::Query> parts;
  for (const auto& g : gminy) parts.emplace_back(schema::kSeat + g.str());
  return parts.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

Xapian::Query nip_query(std::string_view text) {
  const auto digits = digits_only(text, true);
  return digits.size() >= 3 ? starting_with(schema::kNip, digits) : Xapian::Query();
}

}  // namespace

Xapian::Document find_pes_document(const Xapian::Database& db, const std::string& id) {
  auto it = db.postlist_begin(schema::kIdTerm + id);
  if (it == db.postlist_end(schema::kIdTerm + id))
    throw Error(ErrorCode::invalid_input, ErrorLocation{{}, 0, "pes-id", id}, "no PES with this id in the index");
  return db.get_document(*it);
}

std::vector<PesSummary> find_pes(const Xapian::Database& db, const ReferenceData& ref, std::string_view text, std::size_t limit) {
  const auto words = tokenize(text);
  // In order of how surely they name what was meant: the id, the NIP, the name, the town.
  const Xapian::Query queries[] = {Xapian::Query(std::string(schema::kIdTerm).append(text)), nip_query(text), name_query(words),
                                   town_query(ref.territory, text)};
  std::vector<PesSummary> found;
  std::set<Xapian::docid> seen;
  for (const auto& query : queries) {
    if (query.empty() || found.size() >= limit) continue;
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    // Within one kind of match in index order (the catalogue's order), which is stable.
    const auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit + seen.size()));
    for (auto it = mset.begin(); it != mset.end() && found.size() < limit; ++it) {
      if (!seen.insert(*it).second) continue;
      const Pes pes = parse_pes(it.get_document().get_data(), ref, "<index>", 1);
      found.push_back({pes.id, pes.name, std::string(to_string(pes.legal_form)), pes.teryt.str(), ref.territory.describe(pes.teryt), pes.nip,
                       pes.location});
    }
  }
  return found;
}

}  // namespace pesmatch::detail
