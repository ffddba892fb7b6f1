#include "rank/query_builder.hpp"

#include <set>

#include "index/documents.hpp"
#include "index/schema.hpp"

namespace pesmatch::detail {
namespace {

constexpr Xapian::termcount kTitleWqf = 2;

}  // namespace

void add_words(std::vector<Xapian::Query>& out, const Analysis& a, Xapian::termcount wqf) {
  for (const auto& w : a.words) {
    if (w.lemmas.size() == 1) {
      out.emplace_back(w.lemmas.front(), wqf);
      continue;
    }
    std::vector<Xapian::Query> alternatives;
    for (const auto& l : w.lemmas) alternatives.emplace_back(l, wqf);
    out.emplace_back(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end());
  }
  for (const auto& c : a.concepts) out.emplace_back(schema::kConcept + c, wqf);
}

namespace {

Xapian::Query any_of(const std::set<std::string>& terms) {
  if (terms.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

TenderQueries build_queries(const Tender& t, const ReferenceData& ref, Analyzer& analyzer) {
  TenderQueries q;
  std::vector<Xapian::Query> parts;
  add_words(parts, analyzer.analyze(t.title), kTitleWqf);
  Tender rest = t;
  rest.title.clear();
  add_words(parts, analyzer.analyze(tender_text(rest, ref.cpv)), 1);
  q.text = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());

  std::set<std::string> cpv_terms, local_terms;
  for (const auto& c : t.cpv) {
    cpv_terms.insert(schema::kCpv + c.digits_str());
    for (const auto& a : ref.cpv.ancestors(c))
      if (a.significant_digits() >= 3) cpv_terms.insert(schema::kCpv + a.digits_str());
  }
  for (const auto& p : t.places) {
    local_terms.insert(schema::kArea + p.str());
    if (p.level() != TerytLevel::wojewodztwo) {
      local_terms.insert(schema::kArea + p.powiat().str());
      local_terms.insert(schema::kSeat + p.powiat().str());
    }
    local_terms.insert(schema::kArea + p.wojewodztwo().str());
  }
  q.cpv = any_of(cpv_terms);
  q.local = any_of(local_terms);
  switch (t.reserved) {
    case Reservation::art94: q.eligible = Xapian::Query(std::string(schema::kStatus) + "art94"); break;
    case Reservation::art361: q.eligible = Xapian::Query(std::string(schema::kStatus) + "art361"); break;
    case Reservation::none: q.eligible = Xapian::Query::MatchAll; break;
  }
  return q;
}

Xapian::Query pes_text_query(const Pes& pes, Analyzer& analyzer) {
  std::vector<Xapian::Query> parts;
  for (const auto& s : pes.services) add_words(parts, analyzer.analyze(s), kTitleWqf);
  add_words(parts, analyzer.analyze(pes.name + ". " + pes.description), 1);
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace pesmatch::detail
