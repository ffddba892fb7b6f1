// The reranking shared by both directions: `match` (the PES for a tender) and `suggest` (the
// tenders for a PES) differ only in what they retrieve. For the retrieved pairs, the reranker
// computes the features, scores them with the model, orders them (score, then id), cuts the top k
// and explains each kept pair factor by factor.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/eligibility.hpp"
#include "pesmatch/features.hpp"
#include "pesmatch/matcher.hpp"
#include "pesmatch/model.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/resources.hpp"
#include "rank/deadline.hpp"
#include "rank/pair_features.hpp"
#include "rank/pkd_bridge.hpp"

namespace pesmatch::detail {

/// What the reranker keeps of a retrieved pair: its text weight and eligibility (given), its
/// features and score (computed).
struct PairScore {
  double text = 0;          ///< BM25 weight; once scored, relative to the best eligible pair, at most 1
  Eligibility eligibility;  ///< of the PES for the tender
  FeatureVector features{}; ///< once scored
  double score = 0;         ///< once scored
};

/// One retrieved (tender, PES) pair as the reranker sees it: pointers into the caller's candidate
/// `candidate`, which outlives the reranking.
struct RankedPair {
  const TenderContext* context = nullptr;  ///< the tender
  const RankingProfile* profile = nullptr; ///< the PES
  const std::string* id = nullptr;         ///< the ranked side (PES for match, tender for suggest): breaks ties
  PairScore* scored = nullptr;             ///< what is scored
  std::size_t candidate = 0;               ///< index of the candidate in the caller's list
};

/// A pair's explanation: one factor per feature, their sum and the distance.
struct PairExplanation {
  double score = 0;                        ///< sum of the contributions
  double distance_km = 0;                  ///< seat to nearest place of performance
  std::vector<FactorExplanation> factors;  ///< one per feature, in Feature order
};

/// Features → score → order → top-k cut → explanation. Not thread-safe (the PKD bridge caches).
class Reranker {
 public:
  /// Loads the PKD→CPV bridge from the data directory's text/cpv_pkd_bridges.csv.
  explicit Reranker(const RankingResources& r)
      : model_(r.model), bridge_(r.reference, r.analyzer, r.data_dir + "/text/cpv_pkd_bridges.csv"),
        extractor_(r.reference, bridge_) {}
  Reranker(const Reranker&) = delete;  // the extractor refers to the bridge
  Reranker& operator=(const Reranker&) = delete;

  /// Makes each pair's text relative to the best eligible pair's (so that listing ineligible
  /// ones changes no score), then computes its features and score. Looks at the clock every
  /// kDeadlineStride pairs.
  void score(const std::vector<RankedPair>& pairs, const Deadline& deadline);

  /// Puts the best `k` pairs first, in order (higher score, then lower id); returns how many.
  static std::size_t order_top(std::vector<RankedPair>& pairs, std::size_t k);

  /// The best `k` of `pairs`, ordered and explained, each turned into a result by
  /// `make(pair, explanation)`. Looks at the clock every kDeadlineStride results.
  /// `prepare(pair)`, when given, is called on each kept pair before it is explained.
  template <class Result, class Make, class Prepare = void (*)(const RankedPair&)>
  std::vector<Result> explain_top(std::vector<RankedPair>& pairs, std::size_t k, const Deadline& deadline, Make make,
                                  Prepare prepare = [](const RankedPair&) {}) {
    k = order_top(pairs, k);
    for (std::size_t i = 0; i < k; ++i) prepare(pairs[i]);
    std::vector<Result> out;
    out.reserve(k);
    for (std::size_t i = 0; i < k; ++i) {
      // The market survey explains every PES: look at the clock here too, not only before.
      if (i % kDeadlineStride == 0) check_deadline(deadline, "while explaining the results");
      out.push_back(make(pairs[i], explain(pairs[i])));
    }
    return out;
  }

  /// Explains one scored pair: its features with details, one contribution per feature.
  PairExplanation explain(const RankedPair& pair);

  /// The model scoring the pairs.
  [[nodiscard]] const Model& model() const noexcept { return model_; }

 private:
  Model model_;
  PkdBridge bridge_;
  PairFeatureExtractor extractor_;
};

}  // namespace pesmatch::detail
