#include "pesmatch/quality.hpp"

namespace pesmatch {
namespace {

// A ranked list of ids as a run whose scores reproduce its order under trec_eval's sort.
void add_ranking(Run& run, const std::string& query, const std::vector<std::string>& ids) {
  auto& entries = run.entries[query];
  for (std::size_t i = 0; i < ids.size(); ++i) entries.push_back({ids[i], static_cast<double>(ids.size() - i)});
}

QualityRow row(std::string name, const Qrels& qrels, const Run& run, std::size_t k) {
  auto metrics = evaluate(qrels, run, k);
  return QualityRow{std::move(name), metrics.queries, std::move(metrics)};
}

}  // namespace

std::vector<QualityRow> benchmark_quality(Matcher& matcher, const Model& default_model, const std::vector<Tender>& tenders,
                                          const Qrels& qrels, const QualityOptions& options) {
  std::vector<QualityRow> rows;
  Run bm25, bm25_woj, directory;
  for (const auto& t : tenders) {
    add_ranking(bm25, t.id, matcher.rank_bm25(t, options.depth));
    add_ranking(bm25_woj, t.id, matcher.rank_bm25_wojewodztwo(t, options.depth));
    add_ranking(directory, t.id, matcher.rank_directory(t, options.depth));
  }
  rows.push_back(row("BM25 (text only)", qrels, bm25, options.k));
  rows.push_back(row("BM25 + filter on the województwo", qrels, bm25_woj, options.k));
  rows.push_back(row("directory (powiat, then województwo, CPV keyword)", qrels, directory, options.k));

  const auto set = collect_training_set(matcher, tenders, MatchOptions{});
  std::vector<std::size_t> all(set.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  rows.push_back(row("pesmatch, default model", qrels, score_run(set, default_model, all, options.depth), options.k));
  const auto cv = cross_validate(set, qrels, options.folds, default_model, options.train, options.depth);
  rows.push_back(row("pesmatch, trained (" + std::to_string(options.folds) + "-fold CV, held-out)", qrels, cv.held_out_run,
                     options.k));

  const bool dated = !options.split_date.empty();
  const auto [older, newer] = dated ? time_split_at(set, qrels, options.split_date) : time_split(set, qrels, options.time_train_share);
  const std::string test = dated ? "published from " + options.split_date : "the newest 30%";
  const std::string train = dated ? "trained before " + options.split_date : "trained on the oldest 70%";
  const Model trained = train_coordinate_ascent(set, qrels, older, default_model, options.train);
  rows.push_back(row("time split: default model on " + test, qrels, score_run(set, default_model, newer, options.depth), options.k));
  rows.push_back(row("time split: " + train + ", tested on " + test, qrels, score_run(set, trained, newer, options.depth), options.k));
  return rows;
}

}  // namespace pesmatch
