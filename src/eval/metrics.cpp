// The trec_eval 9.x measures, each mirroring its source file (form_res_rels.c for the ranking,
// m_ndcg_cut.c, m_map.c, m_recip_rank.c, m_P.c, m_recall.c), in the same summation order so that
// the numbers agree to the last bit, not just to the four decimals trec_eval prints.
#include <algorithm>
#include <cmath>
#include <functional>
#include <string_view>

#include "pesmatch/error.hpp"
#include "pesmatch/eval.hpp"

namespace pesmatch {
namespace {

// Fixed early cutoff reported beside K: what an officer sees on one screen.
constexpr std::size_t kShortCutoff = 5;

/// One query's ranking seen through its judgments, at one relevance level.
struct Judged {
  std::vector<int> gains;    // per rank; 0 for unjudged, non-relevant, negative and below-level grades
  std::vector<int> ideal;    // the grades at or above the level of all judged documents, descending
  std::size_t num_rel = 0;   // judged documents at the relevance level, retrieved or not
};

// Unjudged documents and negative grades are -1/-2 in trec_eval; every measure used here only
// asks "grade >= level" or "gain > 0", so they are stored as 0. A grade below the level is also
// stored as 0: for the binary measures this is exactly trec_eval -l LEVEL (form_res_rels.c
// compares with epi->relevance_level); ndcg_cut ignores -l and takes the qrels' grades as gains,
// so the strict NDCG is trec_eval's ndcg_cut on qrels whose grades below LEVEL were set to 0.
Judged judge(const std::vector<std::string>& ranking, const std::map<std::string, int>& grades, int level) {
  const auto gain = [level](int grade) { return grade >= level ? grade : 0; };
  Judged j;
  j.gains.reserve(ranking.size());
  for (const auto& doc : ranking) {
    const auto it = grades.find(doc);
    j.gains.push_back(it != grades.end() ? gain(it->second) : 0);
  }
  for (const auto& [doc, grade] : grades) {
    if (gain(grade) == 0) continue;
    j.ideal.push_back(grade);
    ++j.num_rel;
  }
  std::sort(j.ideal.begin(), j.ideal.end(), std::greater<>());
  return j;
}

// Gains below the level are already 0, so "relevant" is "positive gain" at every level.
std::size_t relevant_in_top(const Judged& j, std::size_t k) {
  const auto end = j.gains.begin() + static_cast<std::ptrdiff_t>(std::min(k, j.gains.size()));
  return static_cast<std::size_t>(std::count_if(j.gains.begin(), end, [](int g) { return g > 0; }));
}

// m_map.c: precision at each relevant retrieved document, summed, over ALL relevant documents.
double average_precision(const Judged& j) {
  std::size_t found = 0;
  double sum = 0.0;
  for (std::size_t i = 0; i < j.gains.size(); ++i)
    if (j.gains[i] > 0) sum += static_cast<double>(++found) / static_cast<double>(i + 1);
  return found ? sum / static_cast<double>(j.num_rel) : 0.0;
}

// m_recip_rank.c.
double reciprocal_rank(const Judged& j) {
  const auto it = std::find_if(j.gains.begin(), j.gains.end(), [](int g) { return g > 0; });
  return it == j.gains.end() ? 0.0 : 1.0 / static_cast<double>(it - j.gains.begin() + 1);
}

// m_ndcg_cut.c (9.x): gain = grade, the document at 0-based position i discounted by log2(i + 2),
// i.e. log2(rank + 1), so rank 1 is undiscounted and rank 2 already is.
double dcg(const std::vector<int>& gains, std::size_t k) {
  double sum = 0.0;
  for (std::size_t i = 0; i < std::min(k, gains.size()); ++i)
    if (gains[i] > 0) sum += static_cast<double>(gains[i]) / std::log2(static_cast<double>(i + 2));
  return sum;
}

double ndcg(const Judged& j, std::size_t k) {
  const double ideal = dcg(j.ideal, k);
  // No positively graded document: trec_eval leaves the DCG, which is then 0, undivided.
  return ideal > 0.0 ? dcg(j.gains, k) / ideal : 0.0;
}

QueryMetrics measure(const std::string& query, const Judged& j, std::size_t k) {
  QueryMetrics m;
  m.query = query;
  m.ndcg_at_k = ndcg(j, k);
  m.map = average_precision(j);
  m.mrr = reciprocal_rank(j);
  const auto hits = static_cast<double>(relevant_in_top(j, k));
  // m_P.c: a short ranking is padded with non-relevant documents, so the divisor is always K.
  m.p_at_k = hits / static_cast<double>(k);
  m.recall_at_k = j.num_rel ? hits / static_cast<double>(j.num_rel) : 0.0;
  m.ndcg_at_5 = ndcg(j, kShortCutoff);
  m.p_at_5 = static_cast<double>(relevant_in_top(j, kShortCutoff)) / static_cast<double>(kShortCutoff);
  return m;
}

std::vector<std::string> rank_query(const std::vector<RunEntry>& entries, const std::string& query) {
  std::vector<const RunEntry*> order;
  order.reserve(entries.size());
  for (const auto& e : entries) order.push_back(&e);
  // form_res_rels.c, comp_sim_docno: sim decreasing, then strcmp(p2->docno, p1->docno).
  std::sort(order.begin(), order.end(), [](const RunEntry* a, const RunEntry* b) {
    if (a->score != b->score) return a->score > b->score;
    return b->doc < a->doc;
  });
  std::vector<std::string_view> names;
  names.reserve(order.size());
  for (const auto* e : order) names.emplace_back(e->doc);
  std::sort(names.begin(), names.end());
  if (const auto dup = std::adjacent_find(names.begin(), names.end()); dup != names.end())
    throw Error(ErrorCode::invalid_input, ErrorLocation{{}, 0, "docno", std::string(*dup)},
                "retrieved twice" + (query.empty() ? std::string() : " for query \"" + query + "\""));
  std::vector<std::string> ranking;
  ranking.reserve(order.size());
  for (const auto* e : order) ranking.push_back(e->doc);
  return ranking;
}

void add_to_means(EvalSummary& s, const QueryMetrics& m) {
  s.ndcg_at_k += m.ndcg_at_k;
  s.map += m.map;
  s.mrr += m.mrr;
  s.p_at_k += m.p_at_k;
  s.recall_at_k += m.recall_at_k;
  s.ndcg_at_5 += m.ndcg_at_5;
  s.p_at_5 += m.p_at_5;
}

void divide_means(EvalSummary& s) {
  if (s.queries == 0) return;
  const auto n = static_cast<double>(s.queries);
  s.ndcg_at_k /= n;
  s.map /= n;
  s.mrr /= n;
  s.p_at_k /= n;
  s.recall_at_k /= n;
  s.ndcg_at_5 /= n;
  s.p_at_5 /= n;
}

}  // namespace

std::vector<std::string> trec_ranking(const std::vector<RunEntry>& entries) { return rank_query(entries, {}); }

EvalSummary evaluate(const Qrels& qrels, const Run& run, std::size_t k, int min_grade) {
  if (k == 0) throw Error(ErrorCode::usage, "the cutoff k must be at least 1");
  if (min_grade < 1) throw Error(ErrorCode::usage, "the minimum grade must be at least 1");
  EvalSummary s;
  s.min_grade = min_grade;
  for (const auto& [query, entries] : run.entries)
    if (!qrels.grades.count(query)) ++s.unjudged_queries;
  // trec_eval walks the qrels' queries in strcmp order and accumulates in that order.
  for (const auto& [query, grades] : qrels.grades) {
    const auto retrieved = run.entries.find(query);
    if (retrieved == run.entries.end()) {
      ++s.unretrieved_queries;
      continue;
    }
    const auto judged = judge(rank_query(retrieved->second, query), grades, min_grade);
    if (judged.num_rel > 0) ++s.queries_with_relevant;
    s.per_query.push_back(measure(query, judged, k));
    add_to_means(s, s.per_query.back());
    ++s.queries;
  }
  divide_means(s);
  return s;
}

}  // namespace pesmatch
