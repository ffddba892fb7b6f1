#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/match_output.hpp"
#include "cli/options.hpp"
#include "pesmatch/baselines.hpp"
#include "pesmatch/batch.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"

namespace pesmatch::cli {
namespace {

struct MatchCommand {
  ResourceOptions resources;
  ModelOptions model;
  OutputOptions output;
  LanguageOptions lang;
  std::string db, tender_path, tenders_path;
  bool show_excluded = false;
  std::size_t candidates = 500;
  std::string baseline;
  std::size_t threads = default_threads();

  void run() const {
    const auto ref = resources.load_reference();
    auto analyzer = resources.load_analyzer();
    const auto tenders = read_tenders(tender_path.empty() ? tenders_path : tender_path, ref).records;
    BatchMatcher batch(db, {ref, analyzer, model.load(resources), resources.data()},
                       baseline.empty() ? std::max<std::size_t>(1, std::min(threads, tenders.size())) : 1);
    for (const auto& w : batch.engine().warnings()) std::cerr << "pesmatch: warning: " << w << "\n";
    MatchOptions options;
    options.top_k = output.top_k;
    options.text_candidates = candidates;
    options.show_excluded = show_excluded;
    if (!baseline.empty()) {
      TenderBaselines baselines(db, ref, analyzer);
      write_baseline_runs(baselines, tenders);
      return;
    }
    // With several tenders, JSON goes out one object per line so that the stream stays parseable.
    const std::string format = output.format == "json" && tenders.size() > 1 ? "jsonl" : output.format;
    batch.match(tenders, options, [&](std::size_t i, MatchResult&& result) {
      write_match(std::cout, format, tenders[i], result, i == 0, lang.language());
    });
  }

  // The baselines print TREC runs only: they rank ids, with no features to explain.
  void write_baseline_runs(TenderBaselines& baselines, const std::vector<Tender>& tenders) const {
    for (const auto& t : tenders) {
      const auto ids = baseline == "bm25" ? baselines.bm25(t, output.top_k) : baselines.directory(t, output.top_k);
      for (std::size_t i = 0; i < ids.size(); ++i)
        std::cout << t.id << " Q0 " << ids[i] << " " << i + 1 << " " << ids.size() - i << " " << baseline << "\n";
    }
  }
};

}  // namespace

void register_match(CLI::App& app) {
  auto cmd = std::make_shared<MatchCommand>();
  auto* sub = app.add_subcommand("match", "Rank the indexed PES for one or more tenders");
  cmd->resources.add_to(*sub);
  cmd->model.add_to(*sub);
  cmd->output.add_to(*sub, {"table", "json", "csv", "trec"});
  cmd->lang.add_to(*sub, "the JSON's labels and explanations");
  sub->add_option("--db", cmd->db, "Index directory (or a Xapian stub file)")->required();
  auto* one = sub->add_option("--tender", cmd->tender_path, "One tender, JSON (contract section 2)");
  auto* many = sub->add_option("--tenders", cmd->tenders_path, "Tenders, JSONL");
  one->excludes(many);
  sub->add_flag("--show-excluded", cmd->show_excluded, "For reserved tenders, also list ineligible PES with the reason");
  sub->add_option("--candidates", cmd->candidates, "Candidates retrieved by text before reranking")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100000}));
  sub->add_option("--threads", cmd->threads, "Threads matching a batch of tenders, one engine each; the output is the same")
      ->check(CLI::Range(std::size_t{1}, std::size_t{256}))
      ->capture_default_str();
  sub->add_option("--baseline", cmd->baseline, "Rank with a baseline instead of the model (TREC run on stdout)")
      ->check(CLI::IsMember({"bm25", "directory"}));
  sub->callback([cmd] {
    if (cmd->tender_path.empty() && cmd->tenders_path.empty())
      throw CLI::RequiredError("--tender or --tenders");
    cmd->run();
  });
}

}  // namespace pesmatch::cli
