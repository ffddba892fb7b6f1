// The trec_eval measures on small hand-computed cases; the arithmetic is in the comments.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "pesmatch/error.hpp"
#include "pesmatch/eval.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using Judgment = std::tuple<std::string, std::string, int>;  // query, doc, grade
using Retrieved = std::tuple<std::string, std::string, double>;  // query, doc, score

Qrels make_qrels(std::initializer_list<Judgment> judgments) {
  Qrels q;
  for (const auto& [query, doc, grade] : judgments) q.grades[query][doc] = grade;
  return q;
}

Run make_run(std::initializer_list<Retrieved> lines) {
  Run r;
  for (const auto& [query, doc, score] : lines) r.entries[query].push_back({doc, score});
  return r;
}

TEST(MetricsTest, RanksByScoreThenDocIdDescending_WhenScoresTie) {
  // b has the top score; a and c tie at 1.0 and trec_eval puts the larger id ("c") first.
  const auto ranking = trec_ranking({{"a", 1.0}, {"c", 1.0}, {"b", 2.0}});
  EXPECT_EQ(ranking, (std::vector<std::string>{"b", "c", "a"}));
}

TEST(MetricsTest, TieBrokenByDocIdDescending_DecidesWhichRelevantDocIsFirst) {
  // a and b tie; the order is b, a. Only a is relevant, so it is at rank 2:
  // recip_rank = 1/2, map = (1/2)/1, P@1 = 0/1.
  const auto s = evaluate(make_qrels({{"q", "a", 1}, {"q", "b", 0}}), make_run({{"q", "a", 5.0}, {"q", "b", 5.0}}), 1);
  EXPECT_DOUBLE_EQ(s.mrr, 0.5);
  EXPECT_DOUBLE_EQ(s.map, 0.5);
  EXPECT_DOUBLE_EQ(s.p_at_k, 0.0);
}

TEST(MetricsTest, MapDividesByAllRelevant_IncludingUnretrieved) {
  // Relevant: d1, d2, d4 (3). Ranking d1 (rel), d3 (not), d2 (rel); d4 never retrieved.
  // AP = (1/1 + 2/3) / 3 = 5/9. recip_rank = 1. P@2 = 1/2. recall@2 = 1/3.
  const auto s = evaluate(make_qrels({{"q", "d1", 1}, {"q", "d2", 1}, {"q", "d3", 0}, {"q", "d4", 1}}),
                          make_run({{"q", "d1", 3.0}, {"q", "d3", 2.0}, {"q", "d2", 1.0}}), 2);
  EXPECT_DOUBLE_EQ(s.map, 5.0 / 9.0);
  EXPECT_DOUBLE_EQ(s.mrr, 1.0);
  EXPECT_DOUBLE_EQ(s.p_at_k, 0.5);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 1.0 / 3.0);
}

TEST(MetricsTest, UnjudgedDocsCountAsNotRelevant_WhenRankedFirst) {
  // u1 is not in the qrels. Ranking u1, d2 (rel): recip_rank = 1/2, AP = (1/2)/1, P@2 = 1/2,
  // nDCG@2 = (1/log2(3)) / (1/log2(2)) = 0.6309...
  const auto s = evaluate(make_qrels({{"q", "d2", 1}}), make_run({{"q", "u1", 2.0}, {"q", "d2", 1.0}}), 2);
  EXPECT_DOUBLE_EQ(s.mrr, 0.5);
  EXPECT_DOUBLE_EQ(s.map, 0.5);
  EXPECT_DOUBLE_EQ(s.p_at_k, 0.5);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 1.0 / std::log2(3.0));
}

TEST(MetricsTest, NegativeGradeIsNotRelevant_AndLeftOutOfIdealDcg) {
  // d1 graded -1 ranks first, d2 (grade 1) second: recip_rank = 1/2, num_rel = 1,
  // DCG@2 = 1/log2(3), IDCG@2 = 1 (only d2 has a positive grade) -> nDCG = 1/log2(3).
  const auto s = evaluate(make_qrels({{"q", "d1", -1}, {"q", "d2", 1}}), make_run({{"q", "d1", 2.0}, {"q", "d2", 1.0}}), 2);
  EXPECT_DOUBLE_EQ(s.mrr, 0.5);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 1.0);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 1.0 / std::log2(3.0));
}

TEST(MetricsTest, NdcgUsesGradeAsGain_WhenGradesDiffer) {
  // Qrels a=3 b=2 c=0 d=1; run c, b, a, e (e unjudged); K = 3.
  // DCG@3  = 0/log2(2) + 2/log2(3) + 3/log2(4) = 1.26186 + 1.5 = 2.76186
  // IDCG@3 = 3/log2(2) + 2/log2(3) + 1/log2(4) = 3 + 1.26186 + 0.5 = 4.76186
  // nDCG@3 = 0.579996 (a gain of 2^g - 1 would give a different number).
  const auto s = evaluate(make_qrels({{"q", "a", 3}, {"q", "b", 2}, {"q", "c", 0}, {"q", "d", 1}}),
                          make_run({{"q", "c", 4.0}, {"q", "b", 3.0}, {"q", "a", 2.0}, {"q", "e", 1.0}}), 3);
  const double dcg = 2.0 / std::log2(3.0) + 3.0 / 2.0;
  const double idcg = 3.0 + 2.0 / std::log2(3.0) + 1.0 / 2.0;
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, dcg / idcg);
  EXPECT_NEAR(s.ndcg_at_k, 0.579996, 1e-6);
}

TEST(MetricsTest, NdcgDiscountsRankTwo_ByLog2OfThree) {
  // trec_eval 9.x divides the gain at rank r by log2(r + 1); rank 2 is therefore discounted
  // (1/log2(3) = 0.6309), unlike the 9.0 alpha formula that left ranks 1 and 2 both undiscounted.
  const auto s = evaluate(make_qrels({{"q", "a", 1}}), make_run({{"q", "x", 2.0}, {"q", "a", 1.0}}), 10);
  EXPECT_NEAR(s.ndcg_at_k, 0.6309297535714575, 1e-15);
}

TEST(MetricsTest, KLargerThanRun_PadsWithNonRelevant) {
  // 3 relevant, only d1 retrieved, K = 10.
  // P@10 = 1/10 (divisor stays K). recall@10 = 1/3.
  // DCG@10 = 1; IDCG@10 = 1 + 1/log2(3) + 1/log2(4) = 2.13093 -> nDCG = 0.469279.
  const auto s = evaluate(make_qrels({{"q", "d1", 1}, {"q", "d2", 1}, {"q", "d3", 1}}), make_run({{"q", "d1", 1.0}}), 10);
  EXPECT_DOUBLE_EQ(s.p_at_k, 0.1);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 1.0 / (1.0 + 1.0 / std::log2(3.0) + 0.5));
  EXPECT_DOUBLE_EQ(s.map, 1.0 / 3.0);  // (1/1) / 3
}

TEST(MetricsTest, CutoffIgnoresRelevantDocs_BelowK) {
  // Ranking n1, n2, r (relevant at rank 3), K = 2: nothing relevant in the top 2.
  // P@2 = 0, recall@2 = 0, nDCG@2 = 0, but map = (1/3)/1 and recip_rank = 1/3 see the whole run.
  const auto s = evaluate(make_qrels({{"q", "r", 2}}),
                          make_run({{"q", "n1", 3.0}, {"q", "n2", 2.0}, {"q", "r", 1.0}}), 2);
  EXPECT_DOUBLE_EQ(s.p_at_k, 0.0);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 0.0);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 0.0);
  EXPECT_DOUBLE_EQ(s.map, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.mrr, 1.0 / 3.0);
}

TEST(MetricsTest, QueryWithoutRelevantDoc_CountsAsZero_InTheMeans) {
  // q1 is judged but has no relevant document: every measure is 0 and it still counts.
  // q2 is perfect: every measure is 1 (P@1 = 1/1). Means = (0 + 1) / 2 = 0.5, queries = 2.
  const auto s = evaluate(make_qrels({{"q1", "d1", 0}, {"q1", "d2", 0}, {"q2", "d1", 1}}),
                          make_run({{"q1", "d1", 2.0}, {"q1", "d2", 1.0}, {"q2", "d1", 1.0}}), 1);
  ASSERT_EQ(s.queries, 2u);
  EXPECT_DOUBLE_EQ(s.per_query[0].ndcg_at_k, 0.0);
  EXPECT_DOUBLE_EQ(s.per_query[0].map, 0.0);
  EXPECT_DOUBLE_EQ(s.per_query[0].mrr, 0.0);
  EXPECT_DOUBLE_EQ(s.per_query[0].recall_at_k, 0.0);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 0.5);
  EXPECT_DOUBLE_EQ(s.map, 0.5);
  EXPECT_DOUBLE_EQ(s.mrr, 0.5);
  EXPECT_DOUBLE_EQ(s.p_at_k, 0.5);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 0.5);
}

TEST(MetricsTest, SkipsRunQueryWithoutJudgments_AndJudgedQueryWithoutRun) {
  // q1 is evaluated (map 1). q9 has a run but no judgments; q2 judgments but no run: both are
  // left out of the means, as trec_eval does without -c.
  const auto s = evaluate(make_qrels({{"q1", "d1", 1}, {"q2", "d1", 1}}),
                          make_run({{"q1", "d1", 1.0}, {"q9", "dx", 1.0}}), 5);
  EXPECT_EQ(s.queries, 1u);
  EXPECT_EQ(s.unjudged_queries, 1u);
  EXPECT_EQ(s.unretrieved_queries, 1u);
  EXPECT_DOUBLE_EQ(s.map, 1.0);
  EXPECT_DOUBLE_EQ(s.p_at_k, 0.2);  // 1/5
  ASSERT_EQ(s.per_query.size(), 1u);
  EXPECT_EQ(s.per_query[0].query, "q1");
}

TEST(MetricsTest, ListsQueriesInByteOrder_AsTrecEvalDoes) {
  // "10" < "9" in strcmp order.
  const auto s = evaluate(make_qrels({{"9", "d", 1}, {"10", "d", 1}}), make_run({{"9", "d", 1.0}, {"10", "d", 1.0}}), 1);
  ASSERT_EQ(s.per_query.size(), 2u);
  EXPECT_EQ(s.per_query[0].query, "10");
  EXPECT_EQ(s.per_query[1].query, "9");
}

TEST(MetricsTest, AllMeansZero_WhenNoQueryIsShared) {
  const auto s = evaluate(make_qrels({{"q1", "d1", 1}}), make_run({{"q2", "d1", 1.0}}), 10);
  EXPECT_EQ(s.queries, 0u);
  EXPECT_DOUBLE_EQ(s.map, 0.0);
  EXPECT_TRUE(s.per_query.empty());
}

TEST(MetricsTest, RejectsDocumentRetrievedTwice_NamingIt) {
  try {
    (void)evaluate(make_qrels({{"q", "d1", 1}}), make_run({{"q", "d1", 2.0}, {"q", "d1", 1.0}}), 10);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), "docno \"d1\": retrieved twice for query \"q\"");
  }
}

TEST(MetricsTest, RejectsZeroCutoff_AsUsageError) {
  try {
    (void)evaluate(make_qrels({{"q", "d1", 1}}), make_run({{"q", "d1", 1.0}}), 0);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::usage);
  }
}


// One query judged a=3 b=2 c=1 d=0 e=1, ranked c, a, x (unjudged), b, e. Derivations:
// default level (-l 1): relevant a, b, c, e (num_rel 4); gains by rank 1, 3, 0, 2, 1.
//   recip_rank = 1; AP = (1/1 + 2/2 + 3/4 + 4/5) / 4 = 0.8875; P@3 = 2/3; P@5 = 4/5; recall@3 = 2/4;
//   nDCG@3 = (1 + 3/log2(3)) / (3 + 2/log2(3) + 1/log2(4)).
// --min-grade 2 (trec_eval -l 2 for the binary measures): relevant a, b (num_rel 2); c and e
// become gain 0, so the gains by rank are 0, 3, 0, 2, 0.
//   recip_rank = 1/2; AP = (1/2 + 2/4) / 2 = 0.5; P@3 = 1/3; P@5 = 2/5; recall@3 = 1/2;
//   nDCG@3 = (3/log2(3)) / (3 + 2/log2(3)); nDCG@5 = (3/log2(3) + 2/log2(5)) / (3 + 2/log2(3)).
Qrels graded_qrels() { return make_qrels({{"q", "a", 3}, {"q", "b", 2}, {"q", "c", 1}, {"q", "d", 0}, {"q", "e", 1}}); }
Run graded_run() {
  return make_run({{"q", "c", 5.0}, {"q", "a", 4.0}, {"q", "x", 3.0}, {"q", "b", 2.0}, {"q", "e", 1.0}});
}

TEST(MetricsTest, DefaultLevel_CountsGradeOneAsRelevant_AndReportsCutoffFive) {
  const auto s = evaluate(graded_qrels(), graded_run(), 3);
  EXPECT_EQ(s.min_grade, 1);
  EXPECT_DOUBLE_EQ(s.mrr, 1.0);
  EXPECT_DOUBLE_EQ(s.map, 0.8875);
  EXPECT_DOUBLE_EQ(s.p_at_k, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.p_at_5, 0.8);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 0.5);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, (1.0 + 3.0 / std::log2(3.0)) / (3.0 + 2.0 / std::log2(3.0) + 0.5));
}

TEST(MetricsTest, MinGradeTwo_MatchesTrecEvalLevelTwo_ForBinaryMeasures) {
  const auto s = evaluate(graded_qrels(), graded_run(), 3, 2);
  EXPECT_EQ(s.min_grade, 2);
  EXPECT_EQ(s.queries_with_relevant, 1u);
  EXPECT_DOUBLE_EQ(s.mrr, 0.5);
  EXPECT_DOUBLE_EQ(s.map, 0.5);
  EXPECT_DOUBLE_EQ(s.p_at_k, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.p_at_5, 0.4);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 0.5);
}

TEST(MetricsTest, MinGradeTwo_GivesGainZeroBelowIt_InDcgAndIdealDcg) {
  const auto s = evaluate(graded_qrels(), graded_run(), 3, 2);
  const double idcg = 3.0 + 2.0 / std::log2(3.0);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, (3.0 / std::log2(3.0)) / idcg);
  EXPECT_DOUBLE_EQ(s.ndcg_at_5, (3.0 / std::log2(3.0) + 2.0 / std::log2(5.0)) / idcg);
  EXPECT_NEAR(s.ndcg_at_k, 0.444123, 1e-6);
}

TEST(MetricsTest, MinGradeAboveEveryGrade_MakesTheQueryCountAsZero) {
  // No grade reaches 4: num_rel = 0 and every measure is 0, the query still evaluated.
  const auto s = evaluate(graded_qrels(), graded_run(), 3, 4);
  EXPECT_EQ(s.queries, 1u);
  EXPECT_EQ(s.queries_with_relevant, 0u);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 0.0);
  EXPECT_DOUBLE_EQ(s.map, 0.0);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 0.0);
}

// trec_eval 9.x: form_res_rels.c counts a document relevant at grade >= -l for the binary
// measures, m_ndcg_cut.c takes the qrels' grades as gains whatever -l is, and trec_eval.c walks
// every query of the qrels that the run has, with or without a relevant document, and
// meas_avg.c divides by that number. So --min-grade G is trec_eval run on the qrels whose grades
// below G are rewritten to 0: checked here on the whole judged collection, query by query.
TEST(MetricsTest, MinGradeTwo_IsTrecEvalOnQrelsWithGradesBelowTwoSetToZero_OnTheBench) {
  const auto qrels = read_qrels(test::data_dir() + "/bench/qrels.txt");
  Qrels zeroed = qrels;
  for (auto& [query, grades] : zeroed.grades)
    for (auto& [doc, grade] : grades)
      if (grade < 2) grade = 0;
  // A run that retrieves every judged document of every query in an order unrelated to its grade.
  pesmatch::Run run;
  for (const auto& [query, grades] : qrels.grades) {
    double score = 0;
    for (const auto& [doc, grade] : grades) run.entries[query].push_back({doc, std::fmod(score++ * 7.3, 11.0)});
  }
  const auto strict = evaluate(qrels, run, 10, 2);
  const auto rewritten = evaluate(zeroed, run, 10, 1);
  ASSERT_EQ(strict.queries, qrels.grades.size());
  ASSERT_EQ(strict.queries, rewritten.queries);
  EXPECT_EQ(strict.queries_with_relevant, rewritten.queries_with_relevant);
  EXPECT_LT(strict.queries_with_relevant, strict.queries);  // some queries have no grade of 2 or more
  std::size_t zero_queries = 0;
  for (std::size_t i = 0; i < strict.per_query.size(); ++i) {
    const auto& a = strict.per_query[i];
    const auto& b = rewritten.per_query[i];
    ASSERT_EQ(a.query, b.query);
    EXPECT_DOUBLE_EQ(a.ndcg_at_k, b.ndcg_at_k) << a.query;
    EXPECT_DOUBLE_EQ(a.ndcg_at_5, b.ndcg_at_5) << a.query;
    EXPECT_DOUBLE_EQ(a.map, b.map) << a.query;
    EXPECT_DOUBLE_EQ(a.mrr, b.mrr) << a.query;
    EXPECT_DOUBLE_EQ(a.p_at_k, b.p_at_k) << a.query;
    EXPECT_DOUBLE_EQ(a.recall_at_k, b.recall_at_k) << a.query;
    const auto& grades = qrels.grades.at(a.query);
    if (std::none_of(grades.begin(), grades.end(), [](const auto& g) { return g.second >= 2; })) {
      ++zero_queries;
      EXPECT_EQ(a.ndcg_at_k + a.map + a.mrr + a.p_at_k + a.recall_at_k, 0.0) << a.query;
    }
  }
  EXPECT_EQ(zero_queries, strict.queries - strict.queries_with_relevant);
  // The mean is over every evaluated query, those without a relevant document included.
  double sum = 0;
  for (const auto& q : strict.per_query) sum += q.ndcg_at_k;
  EXPECT_DOUBLE_EQ(strict.ndcg_at_k, sum / static_cast<double>(strict.queries));
}

TEST(MetricsTest, RejectsMinGradeZero_AsUsageError) {
  try {
    (void)evaluate(graded_qrels(), graded_run(), 3, 0);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::usage);
    EXPECT_EQ(std::string(e.what()), "the minimum grade must be at least 1");
  }
}

TEST(MetricsTest, LossesToBestBaseline_NameTheBestBaselineAndTheGap) {
  // Query q1: model ranks a (grade 1) first -> nDCG@1 = 1/3; baseline A ranks b (3) first -> 1;
  // baseline B ranks c (2) first -> 2/3. Best baseline A, by 2/3.
  // Query q2: model perfect (1), baselines 0: no loss listed.
  const auto qrels = make_qrels({{"q1", "a", 1}, {"q1", "b", 3}, {"q1", "c", 2}, {"q2", "d", 1}});
  const auto model = evaluate(qrels, make_run({{"q1", "a", 1.0}, {"q2", "d", 1.0}}), 1);
  const auto a = evaluate(qrels, make_run({{"q1", "b", 1.0}, {"q2", "x", 1.0}}), 1);
  const auto b = evaluate(qrels, make_run({{"q1", "c", 1.0}}), 1);
  const auto losses = losses_to_best_baseline(model, {{"A", a}, {"B", b}});
  ASSERT_EQ(losses.size(), 1u);
  EXPECT_EQ(losses[0].query, "q1");
  EXPECT_EQ(losses[0].baseline, "A");
  EXPECT_DOUBLE_EQ(losses[0].model_ndcg, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(losses[0].baseline_ndcg, 1.0);
  EXPECT_DOUBLE_EQ(losses[0].by, 2.0 / 3.0);
}

}  // namespace
}  // namespace pesmatch
