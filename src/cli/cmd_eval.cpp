#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "pesmatch/eval.hpp"

namespace pesmatch::cli {
namespace {

constexpr const char* kOutputHelp =
    "Output (stdout): one JSON object per line. With --per-query, first one line per evaluated query,\n"
    "in query-id order: {\"query\", \"ndcg@K\", \"map\", \"mrr\", \"p@K\", \"recall@K\"}. Last line, always,\n"
    "the means over the evaluated queries: {\"ndcg@K\", \"map\", \"mrr\", \"p@K\", \"recall@K\", \"queries\"},\n"
    "K being the value of --k (e.g. \"ndcg@10\").\n"
    "Numbers are those of NIST trec_eval 9.x (ndcg_cut, map, recip_rank, P, recall) at its defaults:\n"
    "only queries with both judgments and a run are evaluated; the run's RANK column is ignored and\n"
    "documents are ranked by SCORE, ties by document id in reverse order; a grade of 1 or more is relevant.";

struct EvalCommand {
  std::string qrels_path, run_path;
  std::size_t k = 10;
  bool per_query = false;

  // ordered_json keeps the keys in the documented order.
  template <typename Metrics>
  void put_metrics(nlohmann::ordered_json& out, const Metrics& m) const {
    const std::string at = "@" + std::to_string(k);
    out["ndcg" + at] = m.ndcg_at_k;
    out["map"] = m.map;
    out["mrr"] = m.mrr;
    out["p" + at] = m.p_at_k;
    out["recall" + at] = m.recall_at_k;
  }

  void report_skipped(const EvalSummary& s) const {
    if (s.unjudged_queries)
      std::cerr << "pesmatch: " << s.unjudged_queries << " run queries have no judgments in " << qrels_path
                << " and were not evaluated\n";
    if (s.unretrieved_queries)
      std::cerr << "pesmatch: " << s.unretrieved_queries << " judged queries have no line in " << run_path
                << " and were not evaluated\n";
    if (s.queries == 0) std::cerr << "pesmatch: warning: no query has both judgments and a run\n";
  }

  void run() const {
    const auto summary = evaluate(read_qrels(qrels_path), read_run(run_path), k);
    report_skipped(summary);
    if (per_query)
      for (const auto& q : summary.per_query) {
        nlohmann::ordered_json line;
        line["query"] = q.query;
        put_metrics(line, q);
        std::cout << line.dump() << "\n";
      }
    nlohmann::ordered_json out;
    put_metrics(out, summary);
    out["queries"] = summary.queries;
    std::cout << out.dump() << "\n";
  }
};

}  // namespace

void register_eval(CLI::App& app) {
  auto cmd = std::make_shared<EvalCommand>();
  auto* sub = app.add_subcommand("eval", "Score a TREC run against relevance judgments, as trec_eval does");
  sub->add_option("--qrels", cmd->qrels_path, "Judgments, TREC qrels: TENDER_ID 0 PES_ID GRADE (contract section 3)")
      ->required();
  sub->add_option("--run", cmd->run_path, "Run, TREC format: TENDER_ID Q0 PES_ID RANK SCORE TAG (e.g. match --format trec)")
      ->required();
  sub->add_option("--k", cmd->k, "Cutoff K of ndcg@K, p@K and recall@K")->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))->capture_default_str();
  sub->add_flag("--per-query", cmd->per_query, "Also print one JSON line per query before the summary");
  sub->footer(kOutputHelp);
  sub->callback([cmd] { cmd->run(); });
}

}  // namespace pesmatch::cli
