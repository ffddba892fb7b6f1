// The training objective: mean NDCG@K of a weight vector over a set of queries, computed the way
// trec_eval's ndcg_cut does (score descending, ties by document id descending, gain = grade,
// discount log2(rank + 1), ideal from every judged document) but without building runs, since the
// optimiser evaluates it thousands of times.
#pragma once

#include <array>
#include <vector>

#include "pesmatch/train.hpp"

namespace pesmatch::detail {

/// Mean NDCG@K over fixed queries; candidates' grades and ideal DCGs are precomputed.
class NdcgObjective {
 public:
  NdcgObjective(const TrainingSet& set, const Qrels& qrels, const std::vector<std::size_t>& queries, std::size_t k);
  /// Mean NDCG@K of the ranking by `weights`.
  double operator()(const std::array<double, kFeatureCount>& weights) const;

 private:
  struct Query {
    const QueryCandidates* candidates;
    std::vector<int> grades;  // per candidate
    double ideal = 0;
  };
  std::vector<Query> queries_;
  std::size_t k_;
};

}  // namespace pesmatch::detail
