#include "eval/ndcg_objective.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace pesmatch::detail {
namespace {

double dcg(const std::vector<int>& gains_in_rank_order, std::size_t k) {
  double sum = 0;
  for (std::size_t i = 0; i < gains_in_rank_order.size() && i < k; ++i)
    if (gains_in_rank_order[i] > 0) sum += gains_in_rank_order[i] / std::log2(static_cast<double>(i) + 2.0);
  return sum;
}

}  // namespace

NdcgObjective::NdcgObjective(const TrainingSet& set, const Qrels& qrels, const std::vector<std::size_t>& queries,
                             std::size_t k)
    : k_(k) {
  for (std::size_t q : queries) {
    const auto judged = qrels.grades.find(set[q].tender_id);
    if (judged == qrels.grades.end()) continue;
    Query query{&set[q], {}, 0};
    for (const auto& c : set[q].candidates) {
      const auto g = judged->second.find(c.pes_id);
      query.grades.push_back(g == judged->second.end() ? 0 : g->second);
    }
    std::vector<int> ideal;
    for (const auto& [doc, grade] : judged->second) ideal.push_back(grade);
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    query.ideal = dcg(ideal, k);
    queries_.push_back(std::move(query));
  }
}

double NdcgObjective::operator()(const std::array<double, kFeatureCount>& weights) const {
  if (queries_.empty()) return 0;
  const Model model(weights);
  double total = 0;
  std::vector<std::size_t> order;
  std::vector<double> scores;
  std::vector<int> gains;
  for (const auto& q : queries_) {
    const auto& cands = q.candidates->candidates;
    scores.resize(cands.size());
    for (std::size_t i = 0; i < cands.size(); ++i) scores[i] = model.score(cands[i].features);
    order.resize(cands.size());
    std::iota(order.begin(), order.end(), 0);
    const std::size_t top = std::min(k_, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top), order.end(), [&](std::size_t a, std::size_t b) {
      if (scores[a] != scores[b]) return scores[a] > scores[b];
      return cands[a].pes_id > cands[b].pes_id;  // trec_eval: ties by document id descending
    });
    gains.clear();
    for (std::size_t i = 0; i < top; ++i) gains.push_back(q.grades[order[i]]);
    if (q.ideal > 0) total += dcg(gains, k_) / q.ideal;
  }
  return total / static_cast<double>(queries_.size());
}

}  // namespace pesmatch::detail
