// Learning the model's weights from graded judgments: coordinate ascent on NDCG@K (Metzler &
// Croft, 2007; it optimises the reported metric itself, with no gradient surrogate), with k-fold
// cross-validation by tender and a time split.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pesmatch/eval.hpp"
#include "pesmatch/matcher.hpp"
#include "pesmatch/model.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch {

/// One tender and the features of its candidates.
struct QueryCandidates {
  std::string tender_id;                     ///< the query
  std::string published;                     ///< the tender's publication date ("" if unknown)
  std::vector<CandidateFeatures> candidates; ///< eligible candidates with features
};

/// The candidates of every tender, computed once and reused by every training step.
using TrainingSet = std::vector<QueryCandidates>;

/// Retrieves and featurises the candidates of each tender.
TrainingSet collect_training_set(Matcher& matcher, const std::vector<Tender>& tenders, const MatchOptions& options);

/// Settings of the optimiser.
struct TrainOptions {
  std::size_t k = 10;      ///< NDCG cutoff optimised
  unsigned seed = 42;      ///< order in which coordinates are visited, and the folds
  std::size_t passes = 8;  ///< passes over all coordinates at most
};

/// Coordinate ascent from `start` on the mean NDCG@k of the queries `queries` (indices into
/// `set`). Weights stay non-negative and sum to 1; unjudged candidates count as grade 0.
Model train_coordinate_ascent(const TrainingSet& set, const Qrels& qrels, const std::vector<std::size_t>& queries,
                              const Model& start, const TrainOptions& options);

/// The model's ranking of the queries `queries` as a TREC run, `depth` documents per query.
Run score_run(const TrainingSet& set, const Model& model, const std::vector<std::size_t>& queries, std::size_t depth);

/// One fold of a cross-validation.
struct FoldReport {
  std::size_t train_queries = 0;  ///< tenders trained on
  std::size_t test_queries = 0;   ///< tenders held out
  double train_ndcg = 0;          ///< mean NDCG@k on the training tenders
  double test_ndcg = 0;           ///< mean NDCG@k on the held-out tenders
  Model model;                    ///< the fold's model
};

/// A cross-validation: the folds and the held-out rankings of all tenders together.
struct CrossValidation {
  std::vector<FoldReport> folds;  ///< per fold
  double mean_test_ndcg = 0;      ///< mean of the folds' test NDCG@k
  Run held_out_run;               ///< each tender ranked by the model that did not see it
};

/// k-fold cross-validation by tender: judged tenders shuffled with the seed, split into `folds`.
/// Each fold learns from `train_qrels` when given (e.g. the judgments without the feedback log),
/// else from `qrels`; the folds and every evaluation use `qrels`. Throws Error(usage) when there
/// are fewer judged tenders than folds.
CrossValidation cross_validate(const TrainingSet& set, const Qrels& qrels, std::size_t folds, const Model& start,
                               const TrainOptions& options, std::size_t depth, const Qrels* train_qrels = nullptr);

/// Indices of the judged tenders split by publication date: the oldest `train_share` for
/// training, the rest for testing (ties by tender id).
std::pair<std::vector<std::size_t>, std::vector<std::size_t>> time_split(const TrainingSet& set, const Qrels& qrels,
                                                                         double train_share);

/// Indices of the judged tenders split at a date (`YYYY-MM-DD`): those published before it for
/// training, those published on it or later for testing. A tender without a date trains.
std::pair<std::vector<std::size_t>, std::vector<std::size_t>> time_split_at(const TrainingSet& set, const Qrels& qrels,
                                                                            const std::string& date);

}  // namespace pesmatch
