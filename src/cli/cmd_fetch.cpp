// `pesmatch fetch bzp`: notices of the public e-Zamówienia API → JSONL records for `import bzp`.
// The records go to --out (atomically); progress, retries and a summary go to stderr.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/record_output.hpp"
#include "pesmatch/fetch.hpp"

namespace pesmatch::cli {
namespace {

struct BzpFetchCommand {
  BzpFetchOptions options;
  RecordOutput output;
  long pause_ms = 1000, timeout_ms = 30000, backoff_ms = 2000;

  void run() {
    options.pause = std::chrono::milliseconds(pause_ms);
    options.timeout = std::chrono::milliseconds(timeout_ms);
    options.backoff = std::chrono::milliseconds(backoff_ms);
    const auto report = fetch_bzp(options, [](const BzpFetchEvent& e) {
      if (e.kind == BzpFetchEvent::Kind::retry)
        std::cerr << "pesmatch: page " << e.page << ": " << e.problem << ", retrying: " << e.url << "\n";
      else
        std::cerr << "pesmatch: page " << e.page << " read, " << e.records << " records so far\n";
    });
    output.write(report.records);
    std::cerr << "pesmatch: fetched " << report.records.size() << " " << options.notice_type << " records from "
              << options.from << " to " << options.to << " in " << report.pages << " pages (" << report.retries
              << " retries";
    if (report.duplicates) std::cerr << ", " << report.duplicates << " repeated records dropped";
    std::cerr << ") into " << output.out << "\n";
  }
};

void register_bzp(CLI::App& fetch) {
  auto cmd = std::make_shared<BzpFetchCommand>();
  auto* sub = fetch.add_subcommand("bzp", "Notices of the public e-Zamówienia (BZP) API -> API records, JSONL");
  sub->add_option("--from", cmd->options.from, "First publication day, YYYY-MM-DD")->required();
  sub->add_option("--to", cmd->options.to, "Last publication day, YYYY-MM-DD (included)")->required();
  sub->add_option("--type", cmd->options.notice_type,
                  "NoticeType: ContractNotice (default), TenderResultNotice, SmallContractNotice, …");
  cmd->output.add_to(*sub)->required();
  sub->add_option("--base-url", cmd->options.url, "The notice endpoint (default: the public e-Zamówienia API)");
  sub->add_option("--page-size", cmd->options.page_size, "Records per request (default 100)")->check(CLI::Range(1, 500));
  sub->add_option("--pause-ms", cmd->pause_ms, "Wait between requests (default 1000)")->check(CLI::Range(0, 600000));
  sub->add_option("--timeout-ms", cmd->timeout_ms, "Connect and read timeout of a request (default 30000)")
      ->check(CLI::Range(1, 600000));
  sub->add_option("--tries", cmd->options.tries, "Requests per page at most (default 4)")->check(CLI::Range(1, 20));
  sub->add_option("--backoff-ms", cmd->backoff_ms, "Wait before the first retry, doubled for each next (default 2000)")
      ->check(CLI::Range(0, 600000));
  sub->callback([cmd] { cmd->run(); });
}

}  // namespace

void register_fetch(CLI::App& app) {
  auto* fetch = app.add_subcommand("fetch", "Download notices from a public procurement API");
  fetch->require_subcommand(1);
  register_bzp(*fetch);
}

}  // namespace pesmatch::cli
