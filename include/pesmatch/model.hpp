// The scoring model: one weight per feature; a pair's score is the weighted sum of its features
// and each term of the sum is that feature's contribution.
#pragma once

#include <string>
#include <vector>

#include "pesmatch/features.hpp"

namespace pesmatch {

/// A linear model over the features.
class Model {
 public:
  /// All weights zero.
  Model() = default;
  /// Explicit weights, in Feature order.
  explicit Model(std::array<double, kFeatureCount> weights) : weights_(weights) {}

  /// Reads `{"features": {"text": 0.4, …}}`; unknown names and missing weights are errors, except
  /// `reach`, which files written before it existed lack (weight 0).
  static Model load(const std::string& path);
  /// Writes the model as JSON (the format load reads).
  void save(const std::string& path) const;

  /// Weight of a feature.
  [[nodiscard]] double weight(Feature f) const noexcept { return weights_[static_cast<std::size_t>(f)]; }
  /// All weights.
  [[nodiscard]] const std::array<double, kFeatureCount>& weights() const noexcept { return weights_; }
  /// Weighted sum of the features.
  [[nodiscard]] double score(const FeatureVector& features) const noexcept;
  /// Scores many pairs at once (one matrix-vector product).
  [[nodiscard]] std::vector<double> score_all(const std::vector<FeatureVector>& features) const;

 private:
  std::array<double, kFeatureCount> weights_{};
};

}  // namespace pesmatch
