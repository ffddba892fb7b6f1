// A pair's score as the sum of its factors' contributions, shared by `match` and `suggest`.
#pragma once

#include <vector>

#include "pesmatch/matcher.hpp"
#include "pesmatch/model.hpp"
#include "rank/pair_features.hpp"

namespace pesmatch::detail {

/// One FactorExplanation per feature (value × weight, with the detail) and their sum.
inline double explain_features(const PairFeatures& pair, const Model& model, std::vector<FactorExplanation>& factors) {
  double score = 0;
  factors.clear();
  const auto& english = Catalogue::of(Language::en);
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    const auto f = static_cast<Feature>(i);
    const double contribution = pair.values[i] * model.weight(f);
    factors.push_back({f, pair.values[i], model.weight(f), contribution, english.render(pair.details[i]), pair.details[i]});
    score += contribution;
  }
  return score;
}

}  // namespace pesmatch::detail
