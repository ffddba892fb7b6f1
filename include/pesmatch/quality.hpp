// The ranking-quality benchmark: pesmatch against what a user would otherwise use (BM25 on text
// alone, a directory search by territory and keyword), the default model and the trained model,
// all evaluated with trec_eval's definitions on one judged collection.
#pragma once

#include <string>
#include <vector>

#include "pesmatch/eval.hpp"
#include "pesmatch/matcher.hpp"
#include "pesmatch/train.hpp"

namespace pesmatch {

/// One row of the quality table.
struct QualityRow {
  std::string ranker;      ///< e.g. "BM25 (text only)"
  std::size_t queries = 0; ///< tenders evaluated
  EvalSummary metrics;     ///< trec_eval metrics at the benchmark's K
};

/// What the benchmark runs.
struct QualityOptions {
  std::size_t k = 10;           ///< cutoff of NDCG and P
  std::size_t depth = 100;      ///< documents per tender in every run
  std::size_t folds = 5;        ///< cross-validation folds
  double time_train_share = 0.7;///< share of the oldest tenders trained on in the time split
  std::string split_date;       ///< when set (YYYY-MM-DD), the time split trains on the tenders published before it
  TrainOptions train;           ///< optimiser settings
};

/// Runs every ranker over `tenders` and evaluates it against `qrels`.
std::vector<QualityRow> benchmark_quality(Matcher& matcher, const Model& default_model, const std::vector<Tender>& tenders,
                                          const Qrels& qrels, const QualityOptions& options);

}  // namespace pesmatch
