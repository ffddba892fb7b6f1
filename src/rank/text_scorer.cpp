#include "rank/text_scorer.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>

namespace pesmatch::detail {
namespace {

// BM25Weight's defaults in Xapian 1.4 (the Enquire's weighting scheme is never changed).
constexpr double kK1 = 1, kK3 = 1, kB = 0.5, kMinNormlen = 0.5;

// OrPostList::get_termfreq_est_using_stats: independence, rounded at each pair.
Xapian::doccount or_estimate(Xapian::doccount l, Xapian::doccount r, Xapian::doccount n) {
  const double a = l, b = r;
  return static_cast<Xapian::doccount>(a + b - (a * b / n) + 0.5);
}

// BM25Weight::init with no relevance set; `factor` is the leaf's OP_SCALE_WEIGHT.
double termweight(Xapian::doccount documents, Xapian::doccount tf, Xapian::termcount wqf, double factor) {
  double tw = (documents - tf + 0.5) / (tf + 0.5);
  if (tw < 2) tw = tw * 0.5 + 1;
  double w = std::log(tw) * factor;
  const double wqf_double = wqf;
  w *= (kK3 + 1) * wqf_double / (kK3 + wqf_double);
  return w * (kK1 + 1);
}

}  // namespace

TextScorer TextScorer::of(const WordBag& words, const WordBag::Selection& selected, const Xapian::Database& db) {
  const Xapian::doccount documents = db.get_doccount();
  const auto& leaves = words.leaves();
  TextScorer s;
  for (const auto i : selected) s.terms_.insert(s.terms_.end(), leaves[i].terms.begin(), leaves[i].terms.end());
  std::sort(s.terms_.begin(), s.terms_.end());
  s.terms_.erase(std::unique(s.terms_.begin(), s.terms_.end()), s.terms_.end());
  for (const auto i : selected) {
    const auto& leaf = leaves[i];
    Leaf scored;
    for (const auto& t : leaf.terms)
      scored.terms.push_back(static_cast<std::size_t>(std::lower_bound(s.terms_.begin(), s.terms_.end(), t) - s.terms_.begin()));
    // A word of several lemmas is the synonym ((l0 l1) l2)...: Xapian weighs it as one term of
    // wqf 1 (LocalSubMatch::make_synonym_postlist) with the frequency estimated pairwise.
    Xapian::doccount tf = db.get_termfreq(leaf.terms.front());
    for (std::size_t k = 1; k < leaf.terms.size(); ++k) tf = or_estimate(tf, db.get_termfreq(leaf.terms[k]), documents);
    const Xapian::termcount wqf = leaf.terms.size() == 1 ? leaf.wqf : 1;
    scored.termweight = termweight(documents, tf, wqf, static_cast<double>(leaf.count));
    s.leaves_.push_back(std::move(scored));
  }
  // Weight::Internal::get_average_length over every shard: the total length, not a mean of means.
  const double average = documents == 0 ? 0 : static_cast<double>(db.get_total_length()) / documents;
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
