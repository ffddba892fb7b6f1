#include "pesmatch/train.hpp"

#include <algorithm>
#include <numeric>
#include <random>
#include <unordered_map>

#include "eval/ndcg_objective.hpp"
#include "pesmatch/error.hpp"
#include "rank/match_stages.hpp"

namespace pesmatch {
namespace {

std::array<double, kFeatureCount> normalised(std::array<double, kFeatureCount> w) {
  const double sum = std::accumulate(w.begin(), w.end(), 0.0);
  if (sum > 0)
    for (auto& x : w) x /= sum;
  return w;
}

std::vector<std::size_t> judged_queries(const TrainingSet& set, const Qrels& qrels) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < set.size(); ++i)
    if (qrels.grades.count(set[i].tender_id)) out.push_back(i);
  return out;
}

}  // namespace

TrainingSet collect_training_set(Matcher& matcher, const std::vector<Tender>& tenders, const MatchOptions& options) {
  TrainingSet set;
  set.reserve(tenders.size());
  auto& stages = detail::MatchEngine::of(matcher);
  for (const auto& t : tenders) set.push_back({t.id, t.published, stages.candidates(t, options)});
  return set;
}

Model train_coordinate_ascent(const TrainingSet& set, const Qrels& qrels, const std::vector<std::size_t>& queries,
                              const Model& start, const TrainOptions& options) {
  const detail::NdcgObjective objective(set, qrels, queries, options.k);
  auto w = normalised(start.weights());
  double best = objective(w);
  // Steps relative to the total weight (1 after normalisation), large to small.
  static constexpr double kSteps[] = {0.5, -0.5, 0.2, -0.2, 0.1, -0.1, 0.05, -0.05, 0.02, -0.02, 0.01, -0.01};
  std::mt19937 rng(options.seed);
  std::vector<std::size_t> order(kFeatureCount);
  std::iota(order.begin(), order.end(), 0);
  for (std::size_t pass = 0; pass < options.passes; ++pass) {
    const double before = best;
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t f : order) {
      for (double step : kSteps) {
        auto trial = w;
        trial[f] = std::max(0.0, trial[f] + step);
        trial = normalised(trial);
        const double value = objective(trial);
        if (value > best + 1e-12) best = value, w = trial;
      }
    }
    if (best <= before + 1e-12) break;
  }
  return Model(w);
}

Run score_run(const TrainingSet& set, const Model& model, const std::vector<std::size_t>& queries, std::size_t depth) {
  Run run;
  for (std::size_t q : queries) {
    std::vector<RunEntry> entries;
    for (const auto& c : set[q].candidates) entries.push_back({c.pes_id, model.score(c.features)});
    const auto order = trec_ranking(entries);
    std::unordered_map<std::string, double> score;
    for (const auto& e : entries) score[e.doc] = e.score;
    auto& out = run.entries[set[q].tender_id];
    for (std::size_t i = 0; i < order.size() && i < depth; ++i) out.push_back({order[i], score[order[i]]});
  }
  return run;
}

CrossValidation cross_validate(const TrainingSet& set, const Qrels& qrels, std::size_t folds, const Model& start,
                               const TrainOptions& options, std::size_t depth, const Qrels* train_qrels) {
  auto judged = judged_queries(set, qrels);
  if (folds < 2 || judged.size() < folds)
    throw Error(ErrorCode::usage, "cross-validation needs at least 2 folds and one judged tender per fold");
  std::mt19937 rng(options.seed);
  std::shuffle(judged.begin(), judged.end(), rng);
  CrossValidation cv;
  for (std::size_t f = 0; f < folds; ++f) {
    std::vector<std::size_t> train, test;
    for (std::size_t i = 0; i < judged.size(); ++i) (i % folds == f ? test : train).push_back(judged[i]);
    FoldReport report;
    report.model = train_coordinate_ascent(set, train_qrels ? *train_qrels : qrels, train, start, options);
    report.train_queries = train.size();
    report.test_queries = test.size();
    report.train_ndcg = evaluate(qrels, score_run(set, report.model, train, depth), options.k).ndcg_at_k;
    const Run held_out = score_run(set, report.model, test, depth);
    report.test_ndcg = evaluate(qrels, held_out, options.k).ndcg_at_k;
    cv.held_out_run.entries.insert(held_out.entries.begin(), held_out.entries.end());
    cv.mean_test_ndcg += report.test_ndcg / static_cast<double>(folds);
    cv.folds.push_back(std::move(report));
  }
  return cv;
}

std::pair<std::vector<std::size_t>, std::vector<std::size_t>> time_split(const TrainingSet& set, const Qrels& qrels,
                                                                         double train_share) {
  auto judged = judged_queries(set, qrels);
  std::sort(judged.begin(), judged.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(set[a].published, set[a].tender_id) < std::tie(set[b].published, set[b].tender_id);
  });
  const auto cut = static_cast<std::size_t>(static_cast<double>(judged.size()) * train_share + 0.5);
  return {std::vector<std::size_t>(judged.begin(), judged.begin() + static_cast<std::ptrdiff_t>(cut)),
          std::vector<std::size_t>(judged.begin() + static_cast<std::ptrdiff_t>(cut), judged.end())};
}

std::pair<std::vector<std::size_t>, std::vector<std::size_t>> time_split_at(const TrainingSet& set, const Qrels& qrels,
                                                                            const std::string& date) {
  std::pair<std::vector<std::size_t>, std::vector<std::size_t>> out;
  // ISO dates order as strings.
  for (std::size_t i : judged_queries(set, qrels)) (set[i].published < date ? out.first : out.second).push_back(i);
  return out;
}

}  // namespace pesmatch
