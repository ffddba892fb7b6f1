#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "pesmatch/eval.hpp"

namespace pesmatch::cli {
namespace {

constexpr const char* kOutputHelp =
    "Output (stdout): one JSON object per line. With --per-query, first one line per evaluated query,\n"
    "in query-id order: {\"query\", \"ndcg@K\", \"map\", \"mrr\", \"p@K\", \"recall@K\", \"ndcg@5\", \"p@5\"},\n"
    "plus, with --baseline, \"loses_to\": {\"baseline\", \"ndcg@K\", \"by\"} when the best baseline run has a\n"
    "higher ndcg@K on that query. Last line, always, the means over the evaluated queries:\n"
    "{\"ndcg@K\", \"map\", \"mrr\", \"p@K\", \"recall@K\", \"ndcg@5\", \"p@5\", \"min_grade\", \"queries\",\n"
    "\"queries_with_relevant\"}, K being the value of --k (e.g. \"ndcg@10\"). Every evaluated query counts in\n"
    "the means; one without a document graded --min-grade or more counts 0 (trec_eval does the same).\n"
    "Numbers are those of NIST trec_eval 9.x (ndcg_cut, map, recip_rank, P, recall): only queries with\n"
    "both judgments and a run are evaluated; the run's RANK column is ignored and documents are ranked\n"
    "by SCORE, ties by document id in reverse order; a grade of --min-grade (default 1) or more is\n"
    "relevant, as trec_eval -l G. NDCG takes the grade as gain and gives gain 0 below G (trec_eval's\n"
    "ndcg_cut ignores -l: the same as ndcg_cut on qrels with grades below G set to 0).";

struct EvalCommand {
  std::string qrels_path, run_path;
  std::size_t k = 10;
  int min_grade = 1;
  bool per_query = false;
  std::vector<std::string> baseline_paths;

  // ordered_json keeps the keys in the documented order.
  template <typename Metrics>
  void put_metrics(nlohmann::ordered_json& out, const Metrics& m) const {
    const std::string at = "@" + std::to_string(k);
    out["ndcg" + at] = m.ndcg_at_k;
    out["map"] = m.map;
    out["mrr"] = m.mrr;
    out["p" + at] = m.p_at_k;
    out["recall" + at] = m.recall_at_k;
    out["ndcg@5"] = m.ndcg_at_5;
    out["p@5"] = m.p_at_5;
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

  std::map<std::string, QueryLoss> losses(const Qrels& qrels, const EvalSummary& summary) const {
    std::vector<NamedSummary> baselines;
    for (const auto& path : baseline_paths) baselines.push_back({path, evaluate(qrels, read_run(path), k, min_grade)});
    std::map<std::string, QueryLoss> by_query;
    for (auto& loss : losses_to_best_baseline(summary, baselines)) by_query.emplace(loss.query, std::move(loss));
    return by_query;
  }

  void print_per_query(const EvalSummary& summary, const std::map<std::string, QueryLoss>& lost) const {
    for (const auto& q : summary.per_query) {
      nlohmann::ordered_json line;
      line["query"] = q.query;
      put_metrics(line, q);
      if (const auto it = lost.find(q.query); it != lost.end())
        line["loses_to"] = {{"baseline", it->second.baseline},
                            {"ndcg@" + std::to_string(k), it->second.baseline_ndcg},
                            {"by", it->second.by}};
      std::cout << line.dump() << "\n";
    }
  }

  void run() const {
    const auto qrels = read_qrels(qrels_path);
    const auto summary = evaluate(qrels, read_run(run_path), k, min_grade);
    report_skipped(summary);
    if (per_query) print_per_query(summary, losses(qrels, summary));
    nlohmann::ordered_json out;
    put_metrics(out, summary);
    out["min_grade"] = summary.min_grade;
    out["queries"] = summary.queries;
    out["queries_with_relevant"] = summary.queries_with_relevant;
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
  sub->add_option("--min-grade", cmd->min_grade, "Lowest grade counted as relevant (trec_eval -l); lower grades get NDCG gain 0")
      ->check(CLI::Range(1, 1000))->capture_default_str();
  sub->add_flag("--per-query", cmd->per_query, "Also print one JSON line per query before the summary");
  sub->add_option("--baseline", cmd->baseline_paths,
                  "A baseline run (repeatable); --per-query then marks the queries where the best baseline beats --run");
  sub->footer(kOutputHelp);
  sub->callback([cmd] { cmd->run(); });
}

}  // namespace pesmatch::cli
