// Offline evaluation of a ranking against relevance judgments (contract section 3): reads TREC
// qrels and runs and computes ndcg@K, MAP, MRR, P@K and recall@K with the definitions and numbers
// of NIST trec_eval 9.x (measures ndcg_cut, map, recip_rank, P, recall), for `pesmatch eval`.
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
};

/// Means over the evaluated queries, and the metrics of each.
struct EvalSummary {
  std::size_t queries = 0;       ///< queries evaluated: those with both judgments and a run
  double ndcg_at_k = 0.0;        ///< mean ndcg@K
  double map = 0.0;              ///< mean average precision
  double mrr = 0.0;              ///< mean reciprocal rank
  double p_at_k = 0.0;           ///< mean P@K
  double recall_at_k = 0.0;      ///< mean recall@K
  std::size_t unjudged_queries = 0;   ///< run queries skipped because the qrels do not judge them
  std::size_t unretrieved_queries = 0;  ///< judged queries skipped because the run has no line for them
  std::vector<QueryMetrics> per_query;  ///< one per evaluated query, by query id (byte order)
};

/// Evaluates `run` against `qrels` at cutoff `k`, as `trec_eval -m ndcg_cut.K -m map -m recip_rank
/// -m P.K -m recall.K` does by default: only queries present in both are evaluated, and all
/// retrieved documents count (no cut at 1000). All means are 0 when no query is evaluated. Throws
/// Error(usage) when k is 0 and Error(invalid_input) when a run retrieves a document twice.
EvalSummary evaluate(const Qrels& qrels, const Run& run, std::size_t k);

}  // namespace pesmatch
