// The ranking-quality benchmark: pesmatch against what a user would otherwise use (BM25 on text
// alone, a directory search by territory and keyword), the default model and the trained model,
// all evaluated with trec_eval's definitions on one judged collection, graded and strict.
#pragma once

#include <string>
#include <vector>

#include "pesmatch/baselines.hpp"
#include "pesmatch/eval.hpp"
#include "pesmatch/matcher.hpp"
#include "pesmatch/suggester.hpp"
#include "pesmatch/train.hpp"

namespace pesmatch {

/// One row of the quality table.
struct QualityRow {
  std::string ranker;      ///< e.g. "BM25 (text only)"
  std::size_t queries = 0; ///< queries (tenders, or PES in the PES direction) evaluated
  EvalSummary metrics;     ///< trec_eval metrics at the benchmark's K, a grade of 1 or more relevant
  EvalSummary strict;      ///< the same at QualityOptions::min_grade (the strict view)
  bool baseline = false;   ///< a ranking a user would use without pesmatch
};

/// The table, and the queries on which the reference model loses to the best baseline.
struct QualityReport {
  std::vector<QualityRow> rows;          ///< in the order printed
  std::string compared;                  ///< the row whose losses are listed
  std::vector<QueryLoss> losses;         ///< graded view, largest first
  std::vector<QueryLoss> strict_losses;  ///< strict view, largest first
};

/// What the benchmark runs.
struct QualityOptions {
  std::size_t k = 10;           ///< cutoff of NDCG and P
  std::size_t depth = 100;      ///< documents per query in every run
  std::size_t folds = 5;        ///< cross-validation folds
  double time_train_share = 0.7;///< share of the oldest tenders trained on in the time split
  int min_grade = 2;            ///< the strict view's lowest relevant grade
  std::string split_date;       ///< when set (YYYY-MM-DD), the time split trains on the tenders published before it
  TrainOptions train;           ///< optimiser settings
};

/// Evaluates `run` in both views and names it.
QualityRow quality_row(std::string ranker, const Qrels& qrels, const Run& run, const QualityOptions& options,
                       bool baseline = false);

/// Lists the losses of `report.rows[model_row]` to the best baseline row, in both views.
void compare_with_baselines(QualityReport& report, std::size_t model_row);

/// A ranked list of ids as a run whose scores reproduce its order under trec_eval's sort.
void add_ranking(Run& run, const std::string& query, const std::vector<std::string>& ids);

/// Runs every ranker over `tenders` (the baselines from `baselines`, the model's candidates from
/// `matcher`, both over the same index) and evaluates it against `qrels`; the trained rows learn from
/// `qrels` too. With `without_feedback` given, `qrels` are the judgments merged with the feedback
/// log, and one more row shows the cross-validated model trained on `*without_feedback` alone
/// (same folds, evaluated against `qrels`): the difference is what the feedback changed.
QualityReport benchmark_quality(Matcher& matcher, TenderBaselines& baselines, const Model& default_model,
                                const std::vector<Tender>& tenders, const Qrels& qrels, const QualityOptions& options, const Qrels* without_feedback = nullptr);

/// The judgments turned round for the PES direction: query = PES id, document = tender id, the
/// same grades.
Qrels turn_round(const Qrels& qrels);

/// The PES → tenders ranking (`suggest`) against `tender_qrels` turned round, for every judged
/// PES: BM25 of the PES text over the tenders' text, a tender portal's search (both from
/// `baselines`, over the same index as `suggester`) and `suggest` itself with its model. `suggest` runs with no `today`, so no
/// judged tender is dropped as closed; reserved tenders the PES may not bid for are still left
/// out, as in `suggest`.
QualityReport benchmark_pes_direction(Suggester& suggester, PesBaselines& baselines, const Qrels& tender_qrels,
                                      const QualityOptions& options);

}  // namespace pesmatch
