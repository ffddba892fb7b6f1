// pesmatch: matches social-economy entities (PES) to public tenders. See README.md.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "pesmatch/error.hpp"

int main(int argc, char** argv) {
  CLI::App app{"pesmatch — which social-economy entities can deliver a public order"};
  app.require_subcommand(1);
  app.set_version_flag("--version", PESMATCH_VERSION);
  pesmatch::cli::register_index(app);
  pesmatch::cli::register_match(app);
  pesmatch::cli::register_workflows(app);
  pesmatch::cli::register_eval(app);
  pesmatch::cli::register_train(app);
  pesmatch::cli::register_bench_quality(app);
  pesmatch::cli::register_synth(app);
  pesmatch::cli::register_import(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : static_cast<int>(pesmatch::ErrorCode::usage);
  } catch (const pesmatch::Error& e) {
    std::cerr << "pesmatch: " << e.what() << "\n";
    return e.exit_code();
  } catch (const std::exception& e) {
    std::cerr << "pesmatch: internal error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
