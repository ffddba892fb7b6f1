// pesmatch: matches social-economy entities (PES) to public tenders. See README.md.
#include <CLI/CLI.hpp>
#include <csignal>
#include <iostream>

#include "cli/commands.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/version.hpp"

int main(int argc, char** argv) {
  // Past a file size limit (ulimit -f) the kernel kills with SIGXFSZ; ignored, the write fails
  // with EFBIG instead and surfaces as an io error naming the file, with the old index intact.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"pesmatch — which social-economy entities can deliver a public order"};
  app.require_subcommand(1);
  app.set_version_flag("--version", pesmatch::version());
  pesmatch::cli::register_index(app);
  pesmatch::cli::register_match(app);
  pesmatch::cli::register_workflows(app);
  pesmatch::cli::register_eval(app);
  pesmatch::cli::register_train(app);
  pesmatch::cli::register_bench_quality(app);
  pesmatch::cli::register_feedback(app);
  pesmatch::cli::register_synth(app);
  pesmatch::cli::register_import(app);
  pesmatch::cli::register_fetch(app);
  pesmatch::cli::register_serve(app);
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
  // Results on stdout that did not reach their file (disk full, size limit) are a failure.
  if (!std::cout.flush()) {
    std::cerr << "pesmatch: <stdout>: write failed\n";
    return static_cast<int>(pesmatch::ErrorCode::io);
  }
  return 0;
}
