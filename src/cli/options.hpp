// Option groups shared by the subcommands (the PISA pattern): each struct adds its flags to a
// CLI11 app and knows how to turn them into library objects.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/messages.hpp"
#include "pesmatch/model.hpp"
#include "pesmatch/reference.hpp"

namespace pesmatch::cli {

/// --reference DIR and --data DIR: where reference data and pesmatch's own data live.
struct ResourceOptions {
  std::string reference_dir;
  std::string data_dir;

  /// Registers the flags.
  void add_to(CLI::App& app);
  /// Loads the reference data (default location documented in the README).
  ReferenceData load_reference() const;
  /// Opens the analyzer over the bundled word lists.
  Analyzer load_analyzer() const;
  /// The data directory in effect: --data, else $PESMATCH_DATA, else the build-time default.
  std::string data() const;
};

/// --model FILE: the ranking model (default: DATA/model.json).
struct ModelOptions {
  std::string model_path;
  /// Registers the flag.
  void add_to(CLI::App& app);
  /// Loads the model.
  Model load(const ResourceOptions& resources) const;
};

/// --top K and --format.
struct OutputOptions {
  std::size_t top_k = 20;
  std::string format = "table";
  /// Registers the flags with the formats the command accepts.
  void add_to(CLI::App& app, const std::vector<std::string>& formats);
};

/// --lang pl|en: the language of what a person reads (labels and explanations; default Polish).
struct LanguageOptions {
  std::string name = "pl";
  /// Registers the flag; `what` says which output it changes.
  void add_to(CLI::App& app, const std::string& what);
  /// The language chosen.
  Language language() const { return parse_language(name); }
};

/// True when stderr is a terminal (progress is drawn only then).
bool stderr_is_terminal();

}  // namespace pesmatch::cli
