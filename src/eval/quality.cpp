#include "pesmatch/quality.hpp"

namespace pesmatch {
namespace {

std::vector<std::size_t> every_query(const TrainingSet& set) {
  std::vector<std::size_t> all(set.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

}  // namespace

void add_ranking(Run& run, const std::string& query, const std::vector<std::string>& ids) {
  auto& entries = run.entries[query];
  for (std::size_t i = 0; i < ids.size(); ++i) entries.push_back({ids[i], static_cast<double>(ids.size() - i)});
}

QualityRow quality_row(std::string ranker, const Qrels& qrels, const Run& run, const QualityOptions& options, bool baseline) {
  auto graded = evaluate(qrels, run, options.k);
  auto strict = evaluate(qrels, run, options.k, options.min_grade);
  return QualityRow{std::move(ranker), graded.queries, std::move(graded), std::move(strict), baseline};
}

void compare_with_baselines(QualityReport& report, std::size_t model_row) {
  std::vector<NamedSummary> graded, strict;
  for (const auto& r : report.rows)
    if (r.baseline) graded.push_back({r.ranker, r.metrics}), strict.push_back({r.ranker, r.strict});
  const auto& model = report.rows.at(model_row);
  report.compared = model.ranker;
  report.losses = losses_to_best_baseline(model.metrics, graded);
  report.strict_losses = losses_to_best_baseline(model.strict, strict);
}

QualityReport benchmark_quality(Matcher& matcher, TenderBaselines& baselines, const Model& default_model,
                                const std::vector<Tender>& tenders, const Qrels& qrels, const QualityOptions& options, const Qrels* without_feedback) {
  QualityReport report;
  auto& rows = report.rows;
  Run bm25, bm25_woj, directory;
  for (const auto& t : tenders) {
    add_ranking(bm25, t.id, baselines.bm25(t, options.depth));
    add_ranking(bm25_woj, t.id, baselines.bm25_wojewodztwo(t, options.depth));
    add_ranking(directory, t.id, baselines.directory(t, options.depth));
  }
  rows.push_back(quality_row("BM25 (text only)", qrels, bm25, options, true));
  rows.push_back(quality_row("BM25 + filter on the województwo", qrels, bm25_woj, options, true));
  rows.push_back(quality_row("directory (powiat, then województwo, CPV keyword)", qrels, directory, options, true));

  const auto set = collect_training_set(matcher, tenders, MatchOptions{});
  rows.push_back(quality_row("pesmatch, default model", qrels, score_run(set, default_model, every_query(set), options.depth), options));
  const std::string folds = std::to_string(options.folds) + "-fold CV, held-out";
  if (without_feedback) {
    const auto cv = cross_validate(set, qrels, options.folds, default_model, options.train, options.depth, without_feedback);
    rows.push_back(quality_row("pesmatch, trained without feedback (" + folds + ")", qrels, cv.held_out_run, options));
  }
  const auto cv = cross_validate(set, qrels, options.folds, default_model, options.train, options.depth);
  rows.push_back(quality_row(std::string("pesmatch, trained") + (without_feedback ? " with feedback" : "") + " (" + folds + ")",
                             qrels, cv.held_out_run, options));
  compare_with_baselines(report, rows.size() - 1);

  const bool dated = !options.split_date.empty();
  const auto [older, newer] = dated ? time_split_at(set, qrels, options.split_date) : time_split(set, qrels, options.time_train_share);
  const std::string test = dated ? "published from " + options.split_date : "the newest 30%";
  const std::string train = dated ? "trained before " + options.split_date : "trained on the oldest 70%";
  const Model trained = train_coordinate_ascent(set, qrels, older, default_model, options.train);
  rows.push_back(quality_row("time split: default model on " + test, qrels, score_run(set, default_model, newer, options.depth), options));
  rows.push_back(quality_row("time split: " + train + ", tested on " + test, qrels, score_run(set, trained, newer, options.depth), options));
  return report;
}

}  // namespace pesmatch
