#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "pesmatch/feedback.hpp"
#include "pesmatch/ingest.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/quality.hpp"
#include "pesmatch/suggester.hpp"
#include "pesmatch/train.hpp"

namespace pesmatch::cli {
namespace {

/// --split-date: an ISO date, checked by shape (the time split compares dates as strings).
const CLI::Validator kIsoDate(
    [](std::string& s) {
      int y = 0, m = 0, d = 0;
      char end = 0;
      const bool ok = s.size() == 10 && std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
      return ok ? std::string() : "expected a date YYYY-MM-DD, got \"" + s + "\"";
    },
    "YYYY-MM-DD");

/// --tenders, --qrels, --feedback, --folds, --seed, --k, --split-date: what train and bench-quality share.
struct CollectionOptions {
  std::string db, tenders_path, qrels_path, feedback_path, split_date;
  CLI::Option* feedback = nullptr;
  std::size_t folds = 5, k = 10;
  unsigned seed = 42;

  bool with_feedback() const { return feedback && feedback->count() > 0; }

  /// The judged tenders; --tenders is required where they are read.
  std::vector<Tender> tenders(const ReferenceData& ref) const {
    if (tenders_path.empty()) throw Error(ErrorCode::usage, "--tenders is required");
    return read_tenders(tenders_path, ref).records;
  }

  /// The judgments, with the feedback log laid over them when --feedback is given.
  Qrels qrels() const {
    auto judged = read_qrels(qrels_path);
    if (!with_feedback()) return judged;
    const auto path = feedback_path.empty() ? feedback_log_path(db) : feedback_path;
    const auto log = read_feedback(path);
    for (const auto& w : log.warnings) std::cerr << "pesmatch: warning: " << w << "\n";
    std::cerr << "pesmatch: " << log.entries.size() << " feedback verdicts from " << path
              << " laid over the judgments (the latest verdict per pair wins over the qrels)\n";
    return merge_qrels(judged, feedback_qrels(log.entries));
  }

  void add_to(CLI::App& app) {
    app.add_option("--db", db, "Index of the catalogue the judgments are about")->required();
    app.add_option("--tenders", tenders_path, "The judged tenders (JSONL); not needed for bench-quality --direction pes");
    app.add_option("--qrels", qrels_path, "Graded judgments, TREC qrels")->required();
    app.add_option("--folds", folds, "Cross-validation folds (by tender)")->check(CLI::Range(2, 100))->capture_default_str();
    app.add_option("--seed", seed, "Seed of the fold split and the coordinate order")->capture_default_str();
    app.add_option("--k", k, "NDCG and P cutoff")->check(CLI::Range(1, 1000))->capture_default_str();
    feedback = app.add_option("--feedback", feedback_path,
                              "Also learn from the feedback log: FILE, or without a value DB/feedback.jsonl; its verdicts "
                              "(fit 2, won 3, unfit 0) replace the judged grade of the same pair and add new pairs")
                   ->expected(0, 1);
    app.add_option("--split-date", split_date, "Time split: train on tenders published before this date, test on the rest")
        ->check(kIsoDate);
  }
};

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

struct TrainCommand {
  ResourceOptions resources;
  ModelOptions start;
  CollectionOptions collection;
  std::string out_path;

  void run() const {
    const auto ref = resources.load_reference();
    auto analyzer = resources.load_analyzer();
    const Model initial = start.load(resources);
    Matcher matcher(collection.db, {ref, analyzer, initial, resources.data()});
    const auto tenders = collection.tenders(ref);
    const auto qrels = collection.qrels();
    const auto set = collect_training_set(matcher, tenders, MatchOptions{});
    const TrainOptions options{collection.k, collection.seed, 8};
    const auto cv = cross_validate(set, qrels, collection.folds, initial, options, 100);
    std::cout << "fold  train_tenders  test_tenders  train_ndcg@" << collection.k << "  test_ndcg@" << collection.k << "\n";
    for (std::size_t f = 0; f < cv.folds.size(); ++f) {
      const auto& r = cv.folds[f];
      std::cout << f + 1 << "     " << r.train_queries << "             " << r.test_queries << "            "
                << fixed(r.train_ndcg) << "        " << fixed(r.test_ndcg) << "\n";
    }
    std::cout << "mean test ndcg@" << collection.k << ": " << fixed(cv.mean_test_ndcg) << "\n";
    if (!collection.split_date.empty()) {
      const auto [older, newer] = time_split_at(set, qrels, collection.split_date);
      const Model dated = train_coordinate_ascent(set, qrels, older, initial, options);
      std::cout << "time split at " << collection.split_date << ": " << older.size() << " tenders before, " << newer.size()
                << " from it; test ndcg@" << collection.k << ": " << fixed(evaluate(qrels, score_run(set, dated, newer, 100), collection.k).ndcg_at_k)
                << " (default model " << fixed(evaluate(qrels, score_run(set, initial, newer, 100), collection.k).ndcg_at_k) << ")\n";
    }
    std::vector<std::size_t> all(set.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    train_coordinate_ascent(set, qrels, all, initial, options).save(out_path);
    std::cerr << "pesmatch: model trained on all " << qrels.grades.size() << " judged tenders written to " << out_path << "\n";
  }
};

struct BenchQualityCommand {
  ResourceOptions resources;
  ModelOptions model;
  CollectionOptions collection;
  int min_grade = 2;
  bool per_query = false;
  std::string direction = "tender";

  QualityOptions options() const {
    QualityOptions o;
    o.k = collection.k;
    o.folds = collection.folds;
    o.min_grade = min_grade;
    o.split_date = collection.split_date;
    o.train.k = collection.k;
    o.train.seed = collection.seed;
    return o;
  }

  void run() const {
    const auto ref = resources.load_reference();
    auto analyzer = resources.load_analyzer();
    const Model initial = model.load(resources);
    const auto report = direction == "pes" ? pes_direction(ref, analyzer, initial) : tender_direction(ref, analyzer, initial);
    print_table(report);
    if (per_query) print_losses(report);
  }

  QualityReport tender_direction(const ReferenceData& ref, Analyzer& analyzer, const Model& initial) const {
    Matcher matcher(collection.db, {ref, analyzer, initial, resources.data()});
    const auto tenders = collection.tenders(ref);
    const auto qrels = collection.qrels();
    const auto judged = collection.with_feedback() ? std::optional<Qrels>(read_qrels(collection.qrels_path)) : std::nullopt;
    TenderBaselines baselines(collection.db, ref, analyzer);
    return benchmark_quality(matcher, baselines, initial, tenders, qrels, options(), judged ? &*judged : nullptr);
  }

  QualityReport pes_direction(const ReferenceData& ref, Analyzer& analyzer, const Model& initial) const {
    Suggester suggester(collection.db, {ref, analyzer, initial, resources.data()});
    const auto qrels = collection.qrels();
    PesBaselines baselines(collection.db, ref, analyzer);
    auto report = benchmark_pes_direction(suggester, baselines, qrels, options());
    if (collection.with_feedback()) {
      auto without = benchmark_pes_direction(suggester, baselines, read_qrels(collection.qrels_path), options());
      without.rows.back().ranker += ", judgments without feedback";
      report.rows.push_back(std::move(without.rows.back()));
    }
    return report;
  }

  void print_table(const QualityReport& report) const {
    const std::string k = std::to_string(collection.k);
    const auto& first = report.rows.front();
    std::cout << "Graded: a grade of 1 or more is relevant; strict: " << min_grade << " or more (--min-grade). "
              << first.strict.queries_with_relevant << " of " << first.queries << " queries have a document graded "
              << min_grade << " or more, " << first.metrics.queries_with_relevant
              << " one graded 1 or more; the others count as 0 (as in trec_eval).\n\n";
    std::cout << "| ranker | queries | NDCG@" << k << " | NDCG@" << k << " strict | NDCG@5 | NDCG@5 strict | P@5 | P@5 strict | P@" << k
              << " | P@" << k << " strict | MAP | MAP strict | MRR | MRR strict |\n| --- | ---: |"
              << " ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    for (const auto& r : report.rows) {
      const auto& g = r.metrics;
      const auto& s = r.strict;
      std::cout << "| " << r.ranker << " | " << r.queries;
      const std::initializer_list<std::pair<double, double>> pairs{
          {g.ndcg_at_k, s.ndcg_at_k}, {g.ndcg_at_5, s.ndcg_at_5}, {g.p_at_5, s.p_at_5},
          {g.p_at_k, s.p_at_k},       {g.map, s.map},             {g.mrr, s.mrr}};
      for (const auto& [a, b] : pairs)
        std::cout << " | " << fixed(a) << " | " << fixed(b);
      std::cout << " |\n";
    }
  }

  void print_losses(const QualityReport& report) const {
    const std::string k = std::to_string(collection.k);
    std::cout << "\nQueries where \"" << report.compared << "\" loses to the best baseline (NDCG@" << k << "):\n\n"
              << "| view | query | best baseline | model | baseline | by |\n| --- | --- | --- | ---: | ---: | ---: |\n";
    for (const auto* losses : {&report.losses, &report.strict_losses})
      for (const auto& l : *losses)
        std::cout << "| " << (losses == &report.losses ? "graded" : "strict") << " | " << l.query << " | " << l.baseline
                  << " | " << fixed(l.model_ndcg) << " | " << fixed(l.baseline_ndcg) << " | " << fixed(l.by) << " |\n";
  }
};

}  // namespace

void register_train(CLI::App& app) {
  auto cmd = std::make_shared<TrainCommand>();
  auto* sub = app.add_subcommand("train", "Learn the model's weights from judgments (coordinate ascent on NDCG@K)");
  cmd->resources.add_to(*sub);
  cmd->start.add_to(*sub);
  cmd->collection.add_to(*sub);
  sub->add_option("--out", cmd->out_path, "Where to write the model trained on all judged tenders")->required();
  sub->callback([cmd] { cmd->run(); });
}

void register_bench_quality(CLI::App& app) {
  auto cmd = std::make_shared<BenchQualityCommand>();
  auto* sub = app.add_subcommand("bench-quality", "Compare BM25, a directory search, the default and the trained model");
  cmd->resources.add_to(*sub);
  cmd->model.add_to(*sub);
  cmd->collection.add_to(*sub);
  sub->add_option("--min-grade", cmd->min_grade, "Lowest grade relevant in the strict view (trec_eval -l)")
      ->check(CLI::Range(1, 1000))->capture_default_str();
  sub->add_option("--direction", cmd->direction,
                  "tender: PES ranked for each judged tender (match); pes: tenders ranked for each judged PES (suggest, "
                  "with no --today so closed tenders count), the same judgments turned round")
      ->check(CLI::IsMember({"tender", "pes"}))->capture_default_str();
  sub->add_flag("--per-query", cmd->per_query,
                "After the table, the queries where the trained model loses to the best baseline, by how much");
  sub->callback([cmd] { cmd->run(); });
}

}  // namespace pesmatch::cli
