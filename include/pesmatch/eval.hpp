// Offline evaluation of a ranking against relevance judgments (contract section 3): reads TREC
// qrels and runs and computes ndcg@K, MAP, MRR, P@K and recall@K with the definitions and numbers
// of NIST trec_eval 9.x (measures ndcg_cut, map, recip_rank, P, recall), for `pesmatch eval`;
// a minimum grade gives the strict view (trec_eval -l G for the binary measures).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace pesmatch {

/// Relevance judgments (TREC qrels): for each query, the grade of each judged document.
struct Qrels {
  /// query id → (document id → grade). A grade of 1 or more is relevant (trec_eval's default
  /// relevance level); 0 and negative grades are judged not relevant.
  std::map<std::string, std::map<std::string, int>> grades;
};

/// One retrieved document of a run.
struct RunEntry {
  std::string doc;     ///< document id
  double score = 0.0;  ///< retrieval score; the higher, the earlier the document is ranked
};

/// A TREC run: for each query, its retrieved documents in file order. The file's RANK column is
/// not kept, because trec_eval ranks by score alone (see trec_ranking).
struct Run {
  /// query id → retrieved documents.
  std::map<std::string, std::vector<RunEntry>> entries;
};

/// Reads a qrels file, `QID ITER DOCNO GRADE` per line, whitespace separated; blank lines and
/// lines starting with `#` are skipped. Throws Error(io) when the file cannot be read and
/// Error(invalid_input) at FILE:LINE for a wrong column count, a grade that is not an integer or a
/// document judged twice for one query.
Qrels read_qrels(const std::string& path);

/// Reads a run file, `QID Q0 DOCNO RANK SCORE TAG` per line (columns after TAG are ignored, as
/// trec_eval does); blank lines and `#` lines are skipped. Throws Error(io) when the file cannot
/// be read and Error(invalid_input) at FILE:LINE for fewer than six columns, a score that is not a
/// finite number or a document retrieved twice for one query.
Run read_run(const std::string& path);

/// trec_eval's order of one query's documents: score descending, ties broken by document id in
/// descending byte order. Throws Error(invalid_input) when a document occurs twice.
std::vector<std::string> trec_ranking(const std::vector<RunEntry>& entries);

/// The metrics of one query, each as trec_eval reports it for that query.
struct QueryMetrics {
  std::string query;         ///< query id
  double ndcg_at_k = 0.0;    ///< trec_eval ndcg_cut.K: linear gain = grade, discount log2(rank + 1)
  double map = 0.0;          ///< trec_eval map: average precision over all relevant documents
  double mrr = 0.0;          ///< trec_eval recip_rank: 1 / rank of the first relevant document
  double p_at_k = 0.0;       ///< trec_eval P.K: relevant in the top K, divided by K
  double recall_at_k = 0.0;  ///< trec_eval recall.K: relevant in the top K / all relevant
  double ndcg_at_5 = 0.0;    ///< trec_eval ndcg_cut.5
  double p_at_5 = 0.0;       ///< trec_eval P.5
};

/// Means over the evaluated queries, and the metrics of each.
struct EvalSummary {
  std::size_t queries = 0;       ///< queries evaluated: those with both judgments and a run
  double ndcg_at_k = 0.0;        ///< mean ndcg@K
  double map = 0.0;              ///< mean average precision
  double mrr = 0.0;              ///< mean reciprocal rank
  double p_at_k = 0.0;           ///< mean P@K
  double recall_at_k = 0.0;      ///< mean recall@K
  double ndcg_at_5 = 0.0;        ///< mean ndcg@5
  double p_at_5 = 0.0;           ///< mean P@5
  int min_grade = 1;             ///< the relevance level the figures were computed at
  std::size_t queries_with_relevant = 0;  ///< evaluated queries with a judged document at min_grade;
                                          ///< the others count as 0 in every mean, as in trec_eval
  std::size_t unjudged_queries = 0;   ///< run queries skipped because the qrels do not judge them
  std::size_t unretrieved_queries = 0;  ///< judged queries skipped because the run has no line for them
  std::vector<QueryMetrics> per_query;  ///< one per evaluated query, by query id (byte order)
};

/// Evaluates `run` against `qrels` at cutoff `k`, as `trec_eval -l MIN_GRADE -m ndcg_cut.5,K -m map
/// -m recip_rank -m P.5,K -m recall.K` does: only queries present in both are evaluated, and all
/// retrieved documents count (no cut at 1000). A grade below `min_grade` counts as not relevant
/// for map, recip_rank, P and recall (trec_eval -l) and as gain 0 for NDCG (trec_eval's ndcg_cut
/// ignores -l; this equals ndcg_cut on qrels with those grades set to 0). All means are 0 when no
/// query is evaluated. Throws Error(usage) when k is 0 or min_grade below 1, and
/// Error(invalid_input) when a run retrieves a document twice.
EvalSummary evaluate(const Qrels& qrels, const Run& run, std::size_t k, int min_grade = 1);

/// One evaluated ranking with its name, e.g. a baseline.
struct NamedSummary {
  std::string name;     ///< e.g. "BM25 (text only)" or a run file
  EvalSummary summary;  ///< its evaluation
};

/// A query on which a baseline ranks better than the model.
struct QueryLoss {
  std::string query;          ///< query id
  std::string baseline;       ///< the name of the best baseline on this query
  double model_ndcg = 0.0;    ///< the model's ndcg@K on the query
  double baseline_ndcg = 0.0; ///< the best baseline's ndcg@K on the query
  double by = 0.0;            ///< baseline_ndcg - model_ndcg, > 0
};

/// The queries of `model` on which the best of `baselines` (by ndcg@K; the first listed on ties)
/// has a strictly higher ndcg@K, largest loss first (ties by query id). Queries a baseline did
/// not evaluate count as ndcg 0 for it.
std::vector<QueryLoss> losses_to_best_baseline(const EvalSummary& model, const std::vector<NamedSummary>& baselines);

}  // namespace pesmatch
