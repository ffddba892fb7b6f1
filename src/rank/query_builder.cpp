#include "rank/query_builder.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "index/documents.hpp"
#include "index/schema.hpp"

namespace pesmatch::detail {
namespace {

constexpr Xapian::termcount kTitleWqf = 2;
// PES seated within this distance of a place (powiat centroids) form its pool of near candidates.
constexpr double kNearKm = 60.0;

}  // namespace

namespace {

// One leaf of the text query: a word (its lemmas as one OP_SYNONYM) or a concept, at a wqf.
// Xapian 1.4 weighs a synonym by an estimate of its term frequency, combining the lemmas' global
// frequencies pairwise, rounded at each step, in an order set by each shard's own frequencies:
// three lemmas in one OP_SYNONYM may thus weigh differently per shard layout. Nested synonyms of
// two (((l0 l1) l2)) fix the order, so the weight depends on the global statistics alone.
Xapian::Query word_query(const AnalyzedWord& w, Xapian::termcount wqf) {
  Xapian::Query q(w.lemmas.front(), wqf);
  for (std::size_t i = 1; i < w.lemmas.size(); ++i) {
    const Xapian::Query pair[] = {q, Xapian::Query(w.lemmas[i], wqf)};
    q = Xapian::Query(Xapian::Query::OP_SYNONYM, std::begin(pair), std::end(pair));
  }
  return q;
}

}  // namespace

void add_words(std::vector<Xapian::Query>& out, const Analysis& a, Xapian::termcount wqf) {
  for (const auto& w : a.words) out.push_back(word_query(w, wqf));
  for (const auto& c : a.concepts) out.emplace_back(schema::kConcept + c, wqf);
}

void WordBag::add(const Analysis& a, Xapian::termcount wqf) {
  auto count = [&](std::string key, auto make, std::vector<std::string> terms) {
    key += '\x01';
    key += std::to_string(wqf);
    auto [it, fresh] = index_.try_emplace(std::move(key), leaves_.size());
    if (fresh) leaves_.push_back({make(), std::move(terms), wqf, 0});
    ++leaves_[it->second].count;
  };
  for (const auto& w : a.words) {
    std::string key;
    for (const auto& l : w.lemmas) key.append(l).push_back('\x00');
    count(std::move(key), [&] { return word_query(w, wqf); }, w.lemmas);
  }
  for (const auto& c : a.concepts) {
    const std::string term = schema::kConcept + c;
    count(term, [&] { return Xapian::Query(term, wqf); }, {term});
  }
}

Xapian::Query WordBag::scaled(const Leaf& leaf) {
  // A leaf repeated n times weighs n times one leaf: BM25 sums the subqueries of an OR, so
  // scaling one copy gives the same weights while Xapian opens each posting list once.
  return leaf.count == 1 ? leaf.query
                         : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, leaf.query, static_cast<double>(leaf.count));
}

WordBag::Selection WordBag::all() const {
  Selection every(leaves_.size());
  for (std::size_t i = 0; i < every.size(); ++i) every[i] = i;
  return every;
}

Xapian::Query WordBag::query() const { return query(all()); }

Xapian::Query WordBag::query(const Selection& selected) const {
  std::vector<Xapian::Query> parts;
  parts.reserve(selected.size());
  for (const auto i : selected) parts.push_back(scaled(leaves_[i]));
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

LeafFrequencies WordBag::frequencies(const Xapian::Database& db) const {
  LeafFrequencies f;
  f.documents = static_cast<double>(std::max<Xapian::doccount>(1, db.get_doccount()));
  f.of_leaf.reserve(leaves_.size());
  for (const auto& leaf : leaves_) {
    double df = 0;
    for (const auto& t : leaf.terms) df = std::max(df, static_cast<double>(db.get_termfreq(t)));
    f.of_leaf.push_back(df);
  }
  return f;
}

WordBag::Selection WordBag::strongest_leaves(const LeafFrequencies& f, std::size_t max_leaves) const {
  // The most a leaf can add to a document's BM25 grows with its idf, its wqf factor
  // (k3 + 1)·wqf / (k3 + wqf) with Xapian's k3 = 1, and its repeats.
  const double n = f.documents;
  std::vector<std::pair<double, std::size_t>> ranked;
  for (std::size_t i = 0; i < leaves_.size(); ++i) {
    const auto& leaf = leaves_[i];
    const double df = f.of_leaf[i];
    if (df == 0) continue;
    const double idf = std::log((n - df + 0.5) / (df + 0.5));
    const double wqf = static_cast<double>(leaf.wqf);
    ranked.emplace_back(std::max(idf, 0.01) * 2 * wqf / (1 + wqf) * static_cast<double>(leaf.count), i);
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  if (ranked.size() > max_leaves) ranked.resize(max_leaves);
  Selection selected;
  for (const auto& [weight, i] : ranked) selected.push_back(i);
  return selected;
}

Xapian::Query WordBag::strongest(const LeafFrequencies& f, std::size_t max_leaves) const {
  return query(strongest_leaves(f, max_leaves));
}

WordBag::Selection WordBag::informative_leaves(const LeafFrequencies& f, double max_share) const {
  Selection selected;
  for (std::size_t i = 0; i < leaves_.size(); ++i)
    if (f.of_leaf[i] <= max_share * f.documents) selected.push_back(i);
  return selected;
}

Xapian::Query WordBag::informative(const LeafFrequencies& f, double max_share) const {
  return query(informative_leaves(f, max_share));
}

namespace {

Xapian::Query any_of(const std::set<std::string>& terms) {
  if (terms.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

TenderQueries build_queries(const Tender& t, const ReferenceData& ref, Analyzer& analyzer) {
  TenderQueries q;
  q.words.add(analyzer.analyze(t.title), kTitleWqf);
  Tender rest = t;
  rest.title.clear();
  q.words.add(analyzer.analyze(tender_text(rest, ref.cpv)), 1);
  q.text = q.words.query();

  std::set<std::string> cpv_terms, local_terms, near_terms, around_terms, regional_terms;
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
      near_terms.insert(schema::kArea + p.str());
      near_terms.insert(schema::kArea + p.powiat().str());
      near_terms.insert(schema::kSeat + p.powiat().str());
      for (const auto& around : ref.territory.powiats_within(ref.territory.centroid(p), kNearKm))
        around_terms.insert(schema::kSeat + around.str());
    }
    local_terms.insert(schema::kArea + p.wojewodztwo().str());
    // Serving a place inside a województwo without serving its powiat means serving it whole;
    // a place that is a województwo is served, in part, by every PES serving a unit of it.
    regional_terms.insert((p.level() == TerytLevel::wojewodztwo ? schema::kArea : schema::kWholeArea) + p.wojewodztwo().str());
  }
  q.cpv = any_of(cpv_terms);
  q.local = any_of(local_terms);
  q.near = any_of(near_terms);
  for (const auto& t : near_terms) around_terms.erase(t);
  q.around = any_of(around_terms);
  q.regional = any_of(regional_terms);
  switch (t.reserved) {
    case Reservation::art94: q.eligible = Xapian::Query(std::string(schema::kStatus) + "art94"); break;
    case Reservation::art361: q.eligible = Xapian::Query(std::string(schema::kStatus) + "art361"); break;
    // Not Xapian::Query::MatchAll: that is one global object whose reference count is not
    // atomic, and engines on several threads (the server's workers) would copy it at once.
    case Reservation::none: q.eligible = Xapian::Query(std::string()); break;
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
