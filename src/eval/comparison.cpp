// Which queries a model loses to the baselines on: the per-query half of the quality table.
#include <algorithm>
#include <unordered_map>

#include "pesmatch/eval.hpp"

namespace pesmatch {

std::vector<QueryLoss> losses_to_best_baseline(const EvalSummary& model, const std::vector<NamedSummary>& baselines) {
  std::vector<std::unordered_map<std::string, double>> by_query(baselines.size());
  for (std::size_t b = 0; b < baselines.size(); ++b)
    for (const auto& q : baselines[b].summary.per_query) by_query[b][q.query] = q.ndcg_at_k;
  std::vector<QueryLoss> losses;
  for (const auto& q : model.per_query) {
    QueryLoss best{q.query, {}, q.ndcg_at_k, q.ndcg_at_k, 0.0};
    for (std::size_t b = 0; b < baselines.size(); ++b) {
      const auto it = by_query[b].find(q.query);
      const double ndcg = it == by_query[b].end() ? 0.0 : it->second;
      if (ndcg > best.baseline_ndcg) best.baseline = baselines[b].name, best.baseline_ndcg = ndcg;
    }
    if (best.baseline.empty()) continue;
    best.by = best.baseline_ndcg - best.model_ndcg;
    losses.push_back(std::move(best));
  }
  std::stable_sort(losses.begin(), losses.end(), [](const QueryLoss& a, const QueryLoss& b) { return a.by > b.by; });
  return losses;
}

}  // namespace pesmatch
