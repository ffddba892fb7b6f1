#include "rank/text_scorer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <utility>

namespace pesmatch::detail {
namespace {

// BM25Weight's defaults in Xapian 1.4 (the Enquire's weighting scheme is never changed).
constexpr double kK1 = 1, kK3 = 1, kB = 0.5, kMinNormlen = 0.5;

// Xapian 1.4's public API gives neither a term's wqf nor a scale factor, only the description:
// "Query(term#2)" for wqf 2 ("Query(term)" for 1), "Query(3 * (...))" for OP_SCALE_WEIGHT 3.
constexpr std::string_view kOpen = "Query(";

std::optional<Xapian::termcount> wqf_of(const Xapian::Query& leaf, const std::string& term) {
  const std::string d = leaf.get_description();
  const std::string head = std::string(kOpen) + term;
  if (d.rfind(head, 0) != 0) return std::nullopt;
  if (d.compare(head.size(), 1, "#") != 0) return 1;
  char* end = nullptr;
  const auto wqf = std::strtoul(d.c_str() + head.size() + 1, &end, 10);
  if (end == d.c_str() + head.size() + 1) return std::nullopt;
  return static_cast<Xapian::termcount>(wqf);
}

std::optional<double> scale_of(const Xapian::Query& scaled) {
  const std::string d = scaled.get_description();
  if (d.rfind(kOpen, 0) != 0) return std::nullopt;
  char* end = nullptr;
  const double factor = std::strtod(d.c_str() + kOpen.size(), &end);
  if (end == d.c_str() + kOpen.size() || std::string_view(end).rfind(" * ", 0) != 0) return std::nullopt;
  return factor;
}

// OrPostList::get_termfreq_est_using_stats: independence, rounded at each pair.
Xapian::doccount or_estimate(Xapian::doccount l, Xapian::doccount r, Xapian::doccount n) {
  const double a = l, b = r;
  return static_cast<Xapian::doccount>(a + b - (a * b / n) + 0.5);
}

}  // namespace

struct TextScorer::Builder {
  const Xapian::Database& db;
  Xapian::doccount documents;
  std::vector<std::pair<std::vector<std::string>, double>> leaves;  // terms, termweight
  bool supported = true;

  // BM25Weight::init with no relevance set.
  double termweight(Xapian::doccount tf, Xapian::termcount wqf, double factor) const {
    double tw = (documents - tf + 0.5) / (tf + 0.5);
    if (tw < 2) tw = tw * 0.5 + 1;
    double w = std::log(tw) * factor;
    const double wqf_double = wqf;
    w *= (kK3 + 1) * wqf_double / (kK3 + wqf_double);
    return w * (kK1 + 1);
  }

  // A synonym's subtree (weighed by Xapian as a plain OR): its terms and term-frequency estimate.
  std::optional<Xapian::doccount> synonym(const Xapian::Query& q, std::vector<std::string>& terms) {
    if (q.get_type() == Xapian::Query::LEAF_TERM) {
      terms.push_back(*q.get_terms_begin());
      if (terms.back().empty()) return std::nullopt;
      return db.get_termfreq(terms.back());
    }
    // Xapian combines three or more subqueries in an order set by each shard's own frequencies.
    if (q.get_type() != Xapian::Query::OP_SYNONYM || q.get_num_subqueries() != 2) return std::nullopt;
    const auto l = synonym(q.get_subquery(0), terms);
    const auto r = l ? synonym(q.get_subquery(1), terms) : std::nullopt;
    if (!r) return std::nullopt;
    return or_estimate(*l, *r, documents);
  }

  void add(const Xapian::Query& q, double factor) {
    switch (q.get_type()) {
      case Xapian::Query::LEAF_MATCH_NOTHING: return;
      case Xapian::Query::OP_OR:
        for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) add(q.get_subquery(i), factor);
        return;
      case Xapian::Query::OP_SCALE_WEIGHT:
        if (const auto scale = scale_of(q)) return add(q.get_subquery(0), factor * *scale);
        break;
      case Xapian::Query::LEAF_TERM: {
        std::string term = *q.get_terms_begin();
        const auto wqf = wqf_of(q, term);
        if (!wqf || term.empty()) break;
        if (factor != 0) leaves.push_back({{term}, termweight(db.get_termfreq(term), *wqf, factor)});
        return;
      }
      case Xapian::Query::OP_SYNONYM: {
        // A synonym weighs as one term of wqf 1 (LocalSubMatch::make_synonym_postlist).
        std::vector<std::string> terms;
        const auto tf = synonym(q, terms);
        if (!tf) break;
        if (factor != 0) leaves.push_back({std::move(terms), termweight(*tf, 1, factor)});
        return;
      }
      default: break;
    }
    supported = false;
  }
};

std::optional<TextScorer> TextScorer::of(const Xapian::Query& text, const Xapian::Database& db) {
  Builder b{db, db.get_doccount(), {}, true};
  if (b.documents == 0) return std::nullopt;
  b.add(text, 1.0);
  if (!b.supported) return std::nullopt;
  TextScorer s;
  for (const auto& [terms, w] : b.leaves) s.terms_.insert(s.terms_.end(), terms.begin(), terms.end());
  std::sort(s.terms_.begin(), s.terms_.end());
  s.terms_.erase(std::unique(s.terms_.begin(), s.terms_.end()), s.terms_.end());
  for (const auto& [terms, w] : b.leaves) {
    Leaf leaf{{}, w};
    for (const auto& t : terms)
      leaf.terms.push_back(static_cast<std::size_t>(std::lower_bound(s.terms_.begin(), s.terms_.end(), t) - s.terms_.begin()));
    s.leaves_.push_back(std::move(leaf));
  }
  // Weight::Internal::get_average_length over every shard: the total length, not a mean of means.
  const double average = static_cast<double>(db.get_total_length()) / b.documents;
  s.len_factor_ = average == 0 ? 0 : 1 / average;
  return s;
}

double TextScorer::weight(std::string_view forward) {
  doc_.reset(forward);
  wdf_.assign(terms_.size(), 0);
  // Both lists are sorted in byte order: one merge.
  for (std::size_t i = 0; i < terms_.size() && doc_.next();) {
    const std::string_view term = doc_.term();
    while (i < terms_.size() && std::string_view(terms_[i]) < term) ++i;
    if (i < terms_.size() && terms_[i] == term) wdf_[i] = doc_.wdf();
  }
  const Xapian::termcount length = doc_.length();
  // BM25Weight::get_sumpart, summed over the leaves the document holds.
  const double normlen = std::max(length * len_factor_, kMinNormlen);
  const double base = kK1 * (normlen * kB + (1 - kB));
  double sum = 0;
  for (const auto& leaf : leaves_) {
    Xapian::termcount f = 0;
    for (const auto t : leaf.terms) f += wdf_[t];
    // SynonymPostList clamps a synonym's wdf to the document's length.
    f = std::min(f, length);
    if (f == 0) continue;
    const double wdf_double = f;
    sum += leaf.termweight * (wdf_double / (base + wdf_double));
  }
  return sum;
}

}  // namespace pesmatch::detail
