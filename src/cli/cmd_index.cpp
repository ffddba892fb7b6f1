#include <chrono>
#include <future>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "pesmatch/contracts.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"

namespace pesmatch::cli {
namespace {

struct IndexCommand {
  ResourceOptions resources;
  std::string pes_path, tenders_path, add_tenders_path, contracts_path, add_contracts_path, db;
  bool skip_invalid = false;
  std::string shard_by;
  std::size_t threads = default_threads();

  void run() const {
    if (!add_tenders_path.empty()) return run_add_tenders();
    if (!add_contracts_path.empty()) return run_add_contracts();
    const auto start = std::chrono::steady_clock::now();
    // The catalogue's digest (recorded in the index) is read beside the loading and parsing.
    auto digest = std::async(std::launch::async, [this] { return file_digest(pes_path); });
    const auto ref = resources.load_reference();
    auto analyzer = resources.load_analyzer();
    const IngestOptions ingest{skip_invalid, threads};
    auto catalogue = read_catalogue(pes_path, ref, ingest);
    std::vector<Tender> tenders;
    std::vector<Error> rejected = std::move(catalogue.rejected);
    if (!tenders_path.empty()) {
      auto t = read_tenders(tenders_path, ref, ingest);
      tenders = std::move(t.records);
      rejected.insert(rejected.end(), t.rejected.begin(), t.rejected.end());
    }
    std::vector<AwardedContract> contracts;
    if (!contracts_path.empty()) {
      auto c = read_contracts(contracts_path, ref, ingest);
      contracts = std::move(c.records);
      rejected.insert(rejected.end(), c.rejected.begin(), c.rejected.end());
    }
    for (const auto& e : rejected) std::cerr << "pesmatch: skipped: " << e.what() << "\n";
    IndexProgress progress;
    if (stderr_is_terminal())
      progress = [](std::size_t done, std::size_t total) {
        std::cerr << "\rindexing " << done << "/" << total << std::flush;
        if (done == total) std::cerr << "\n";
      };
    const auto stats = build_index(db, catalogue.records, tenders, ref, analyzer, {digest.get()}, progress,
                                   shard_by.empty() ? ShardBy::none : ShardBy::wojewodztwo, contracts, threads);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "pesmatch: indexed " << stats.pes << " PES" << (stats.tenders ? " and " + std::to_string(stats.tenders) + " tenders" : "")
              << (stats.contracts ? " and " + std::to_string(stats.contracts) + " contracts (" +
                                        std::to_string(stats.contracts_linked) + " won by catalogue PES)"
                                  : "")
              << " into " << db << " (" << stats.generation << ") in " << seconds << " s";
    if (!rejected.empty()) std::cerr << "; " << rejected.size() << " invalid records skipped";
    std::cerr << "\n";
  }

  void run_add_tenders() const {
    const auto ref = resources.load_reference();
    auto analyzer = resources.load_analyzer();
    const auto tenders = read_tenders(add_tenders_path, ref, IngestOptions{skip_invalid});
    for (const auto& e : tenders.rejected) std::cerr << "pesmatch: skipped: " << e.what() << "\n";
    const auto n = add_tenders(db, tenders.records, ref, analyzer);
    std::cerr << "pesmatch: added " << n << " tenders to " << db << "\n";
  }

  void run_add_contracts() const {
    const auto ref = resources.load_reference();
    const auto contracts = read_contracts(add_contracts_path, ref, IngestOptions{skip_invalid});
    for (const auto& e : contracts.rejected) std::cerr << "pesmatch: skipped: " << e.what() << "\n";
    const auto n = add_contracts(db, contracts.records, ref);
    std::cerr << "pesmatch: added " << n << " contracts to " << db
              << " (winners become PES references at the next full index)\n";
  }
};

}  // namespace

void register_index(CLI::App& app) {
  auto cmd = std::make_shared<IndexCommand>();
  auto* sub = app.add_subcommand("index", "Validate a PES catalogue (and tenders) and publish a new index");
  cmd->resources.add_to(*sub);
  auto* pes = sub->add_option("--pes", cmd->pes_path, "PES catalogue, JSONL (contract section 1)");
  sub->add_option("--tenders", cmd->tenders_path, "Tenders to index for `suggest` (JSON or JSONL)");
  auto* add = sub->add_option("--add-tenders", cmd->add_tenders_path,
                              "Add these tenders to the published index, without a rebuild (no --pes)");
  pes->excludes(add);
  sub->add_option("--contracts", cmd->contracts_path,
                  "Awarded contracts, Past contracts JSONL (import bzp --results): market survey and PES references");
  auto* add_contracts = sub->add_option("--add-contracts", cmd->add_contracts_path,
                                        "Add these contracts to the published index, without a rebuild (no --pes)");
  pes->excludes(add_contracts);
  add->excludes(add_contracts);
  sub->add_option("--db", cmd->db, "Index directory; the previous index stays until the new one is complete")->required();
  sub->add_flag("--skip-invalid", cmd->skip_invalid, "Index the valid records and report the invalid ones on stderr");
  sub->add_option("--shard-by", cmd->shard_by,
                  "Write one PES database per województwo (DIR/current/shards/<TERC>), searched together; "
                  "serve them with xapian-tcpsrv to spread a catalogue over machines")
      ->check(CLI::IsMember({"wojewodztwo"}))
      ->excludes(add);
  sub->add_option("--threads", cmd->threads, "Threads parsing the input and analysing the documents (or writing the shards); the index is the same")
      ->check(CLI::Range(std::size_t{1}, std::size_t{256}))
      ->capture_default_str();
  sub->callback([cmd] {
    if (cmd->pes_path.empty() && cmd->add_tenders_path.empty() && cmd->add_contracts_path.empty())
      throw CLI::RequiredError("--pes, --add-tenders or --add-contracts");
    cmd->run();
  });
}

}  // namespace pesmatch::cli
