// --out FILE of the commands that write JSONL records (`import`, `fetch`): the records go to stdout,
// or to a file replaced atomically so that a reader never sees half of it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace pesmatch::cli {

/// --out FILE: written beside the target and renamed over it; stdout when not given.
struct RecordOutput {
  std::string out;

  /// Registers --out; returns it so a command can make it required.
  CLI::Option* add_to(CLI::App& app);
  /// Writes one record a line; an io Error naming the file when it cannot be written.
  void write(const std::vector<std::string>& records) const;
};

}  // namespace pesmatch::cli
