#include "rank/reranker.hpp"

#include "rank/explanation.hpp"

namespace pesmatch::detail {

void Reranker::score(const std::vector<RankedPair>& pairs, const Deadline& deadline) {
  double best = 0;
  for (const auto& p : pairs)
    if (p.scored->eligibility.eligible) best = std::max(best, p.scored->text);
  std::size_t scored = 0;
  for (const auto& p : pairs) {
    if (++scored % kDeadlineStride == 0) check_deadline(deadline, "while reranking the candidates");
    auto& s = *p.scored;
    s.text = best > 0 ? std::min(1.0, s.text / best) : 0.0;
    s.features = extractor_.extract(*p.context, *p.profile, s.text, s.eligibility, false).values;
    s.score = model_.score(s.features);
  }
}

std::size_t Reranker::order_top(std::vector<RankedPair>& pairs, std::size_t k) {
  k = std::min(k, pairs.size());
  const auto better = [](const RankedPair& a, const RankedPair& b) {
    return a.scored->score != b.scored->score ? a.scored->score > b.scored->score : *a.id < *b.id;
  };
  std::partial_sort(pairs.begin(), pairs.begin() + static_cast<std::ptrdiff_t>(k), pairs.end(), better);
  return k;
}

PairExplanation Reranker::explain(const RankedPair& pair) {
  const auto features = extractor_.extract(*pair.context, *pair.profile, pair.scored->text, pair.scored->eligibility, true);
  PairExplanation out;
  out.distance_km = features.distance_km;
  out.score = explain_features(features, model_, out.factors);
  return out;
}

}  // namespace pesmatch::detail
