#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "pesmatch/ingest.hpp"
#include "pesmatch/quality.hpp"
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

/// --tenders, --qrels, --folds, --seed, --k, --split-date: what train and bench-quality share.
struct CollectionOptions {
  std::string db, tenders_path, qrels_path, split_date;
  std::size_t folds = 5, k = 10;
  unsigned seed = 42;

  void add_to(CLI::App& app) {
    app.add_option("--db", db, "Index of the catalogue the judgments are about")->required();
    app.add_option("--tenders", tenders_path, "The judged tenders (JSONL)")->required();
    app.add_option("--qrels", qrels_path, "Graded judgments, TREC qrels")->required();
    app.add_option("--folds", folds, "Cross-validation folds (by tender)")->check(CLI::Range(2, 100))->capture_default_str();
    app.add_option("--seed", seed, "Seed of the fold split and the coordinate order")->capture_default_str();
    app.add_option("--k", k, "NDCG and P cutoff")->check(CLI::Range(1, 1000))->capture_default_str();
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
    Matcher matcher(collection.db, ref, analyzer, initial, resources.data());
    const auto tenders = read_tenders(collection.tenders_path, ref).records;
    const auto qrels = read_qrels(collection.qrels_path);
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

  void run() const {
    const auto ref = resources.load_reference();
    auto analyzer = resources.load_analyzer();
    const Model initial = model.load(resources);
    Matcher matcher(collection.db, ref, analyzer, initial, resources.data());
    QualityOptions options;
    options.k = collection.k;
    options.folds = collection.folds;
    options.train.k = collection.k;
    options.train.seed = collection.seed;
    options.split_date = collection.split_date;
    const auto rows = benchmark_quality(matcher, initial, read_tenders(collection.tenders_path, ref).records,
                                        read_qrels(collection.qrels_path), options);
    const std::string k = std::to_string(collection.k);
    std::cout << "| ranker | tenders | NDCG@" << k << " | MAP | MRR | P@" << k << " |\n| --- | ---: | ---: | ---: | ---: | ---: |\n";
    for (const auto& r : rows)
      std::cout << "| " << r.ranker << " | " << r.queries << " | " << fixed(r.metrics.ndcg_at_k) << " | " << fixed(r.metrics.map)
                << " | " << fixed(r.metrics.mrr) << " | " << fixed(r.metrics.p_at_k) << " |\n";
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
  sub->callback([cmd] { cmd->run(); });
}

}  // namespace pesmatch::cli
