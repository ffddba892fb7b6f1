#include "pesmatch/train.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "eval/ndcg_objective.hpp"
#include "pesmatch/error.hpp"

namespace pesmatch {
namespace {

// A synthetic collection: `queries` tenders, 30 candidates each, a third of them judged; feature
// `signal` is the judged grade / 3 plus a little noise (low for unjudged candidates, which count as
// grade 0), the other features are noise.
struct Synthetic {
  TrainingSet set;
  Qrels qrels;
};

Synthetic synthetic(std::size_t queries, Feature signal, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> noise(0, 1);
  std::uniform_int_distribution<int> grade(0, 3);
  Synthetic s;
  for (std::size_t q = 0; q < queries; ++q) {
    const std::string month = std::to_string(1 + q % 9);
    QueryCandidates qc{std::string("T").append(std::to_string(q)), std::string("2026-0").append(month).append("-01"), {}};
    for (int d = 0; d < 30; ++d) {
      CandidateFeatures c{std::string("P").append(std::to_string(d)), {}, true};
      const bool judged = d % 3 == 0;
      const int g = judged ? grade(rng) : 0;
      for (auto& x : c.features) x = noise(rng);
      c.features[static_cast<std::size_t>(signal)] = g / 3.0 * 0.9 + 0.1 * noise(rng);
      if (judged) s.qrels.grades[qc.tender_id][c.pes_id] = g;
      qc.candidates.push_back(std::move(c));
    }
    s.set.push_back(std::move(qc));
  }
  return s;
}

std::vector<std::size_t> all_of(const TrainingSet& set) {
  std::vector<std::size_t> v(set.size());
  for (std::size_t i = 0; i < v.size(); ++i) v[i] = i;
  return v;
}

std::array<double, kFeatureCount> uniform_weights() {
  std::array<double, kFeatureCount> w;
  w.fill(1.0 / kFeatureCount);
  return w;
}

TEST(NdcgObjectiveTest, EqualsTrecEvalNdcg_ForRandomWeights) {
  const auto s = synthetic(12, Feature::cpv, 3);
  const detail::NdcgObjective objective(s.set, s.qrels, all_of(s.set), 10);
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> u(0, 1);
  for (int trial = 0; trial < 20; ++trial) {
    std::array<double, kFeatureCount> w;
    for (auto& x : w) x = u(rng);
    const double expected = evaluate(s.qrels, score_run(s.set, Model(w), all_of(s.set), 1000), 10).ndcg_at_k;
    EXPECT_NEAR(objective(w), expected, 1e-12) << "trial " << trial;
  }
}

TEST(CoordinateAscentTest, FindsTheInformativeFeature_AndNeverLosesToTheStart) {
  const auto s = synthetic(20, Feature::proximity, 5);
  const Model start(uniform_weights());
  const auto trained = train_coordinate_ascent(s.set, s.qrels, all_of(s.set), start, TrainOptions{});
  const detail::NdcgObjective objective(s.set, s.qrels, all_of(s.set), 10);
  EXPECT_GE(objective(trained.weights()), objective(start.weights()));
  EXPECT_GT(objective(trained.weights()), 0.95);
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    if (i != static_cast<std::size_t>(Feature::proximity)) {
      EXPECT_LT(trained.weights()[i], trained.weight(Feature::proximity));
    }
  }
}

TEST(CoordinateAscentTest, KeepsWeightsNonNegativeAndSummingToOne) {
  const auto s = synthetic(10, Feature::text, 7);
  const auto trained = train_coordinate_ascent(s.set, s.qrels, all_of(s.set), Model(uniform_weights()), TrainOptions{});
  double sum = 0;
  for (double w : trained.weights()) {
    EXPECT_GE(w, 0.0);
    sum += w;
  }
  EXPECT_NEAR(sum, 1.0, 1e-12);
}

TEST(CoordinateAscentTest, IsDeterministic_ForAFixedSeed) {
  const auto s = synthetic(10, Feature::text, 9);
  const auto a = train_coordinate_ascent(s.set, s.qrels, all_of(s.set), Model(uniform_weights()), TrainOptions{});
  const auto b = train_coordinate_ascent(s.set, s.qrels, all_of(s.set), Model(uniform_weights()), TrainOptions{});
  EXPECT_EQ(a.weights(), b.weights());
}

TEST(CrossValidationTest, HoldsOutEveryJudgedTenderExactlyOnce) {
  const auto s = synthetic(13, Feature::cpv, 1);
  const auto cv = cross_validate(s.set, s.qrels, 4, Model(uniform_weights()), TrainOptions{}, 100);
  ASSERT_EQ(cv.folds.size(), 4u);
  std::size_t held_out = 0;
  for (const auto& f : cv.folds) {
    EXPECT_EQ(f.train_queries + f.test_queries, 13u);
    held_out += f.test_queries;
  }
  EXPECT_EQ(held_out, 13u);
  EXPECT_EQ(cv.held_out_run.entries.size(), 13u);
  EXPECT_GT(cv.mean_test_ndcg, 0.9);
}

TEST(CrossValidationTest, RejectsMoreFoldsThanJudgedTenders) {
  const auto s = synthetic(3, Feature::cpv, 1);
  EXPECT_THROW((void)cross_validate(s.set, s.qrels, 5, Model(uniform_weights()), TrainOptions{}, 100), Error);
}

TEST(TimeSplitTest, TrainsOnTheOldestSeventyPercent) {
  const auto s = synthetic(10, Feature::cpv, 1);
  const auto [older, newer] = time_split(s.set, s.qrels, 0.7);
  ASSERT_EQ(older.size(), 7u);
  ASSERT_EQ(newer.size(), 3u);
  std::string latest_train;
  for (auto q : older) latest_train = std::max(latest_train, s.set[q].published);
  for (auto q : newer) EXPECT_GE(s.set[q].published, latest_train);
}

TEST(TimeSplitTest, SplitsAtADate_TendersBeforeItTrain) {
  const auto s = synthetic(10, Feature::cpv, 1);  // published on the first of months 1-9, then 1 again
  const auto [older, newer] = time_split_at(s.set, s.qrels, "2026-05-01");
  EXPECT_EQ(older.size(), 5u);  // January to April, and the second January
  EXPECT_EQ(newer.size(), 5u);  // May (on the date itself) to September
  for (auto q : older) EXPECT_LT(s.set[q].published, "2026-05-01");
  for (auto q : newer) EXPECT_GE(s.set[q].published, "2026-05-01");
}

}  // namespace
}  // namespace pesmatch
