// The subcommands of the pesmatch CLI. Each registers its flags and a callback; callbacks only
// parse, call the library and print (results on stdout, progress and reports on stderr).
#pragma once

#include <CLI/CLI.hpp>

namespace pesmatch::cli {

/// `pesmatch index`.
void register_index(CLI::App& app);
/// `pesmatch match`.
void register_match(CLI::App& app);
/// `pesmatch eval`.
void register_eval(CLI::App& app);
/// `pesmatch suggest`, `digest` and `market`.
void register_workflows(CLI::App& app);
/// `pesmatch train`.
void register_train(CLI::App& app);
/// `pesmatch bench-quality`.
void register_bench_quality(CLI::App& app);
/// `pesmatch feedback`.
void register_feedback(CLI::App& app);
/// `pesmatch synth`.
void register_synth(CLI::App& app);
/// `pesmatch import ted|pes-csv`.
void register_import(CLI::App& app);
/// `pesmatch fetch bzp`.
void register_fetch(CLI::App& app);
/// `pesmatch serve`.
void register_serve(CLI::App& app);

}  // namespace pesmatch::cli
