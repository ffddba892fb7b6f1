// Test fixtures over real parts: the shared reference data, the bundled analyzer resources,
// scratch directories on disk and the real pesmatch binary.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::test {

/// The reference data of ../shared/reference, loaded once per process.
const ReferenceData& reference();
/// The repository's data/ directory.
std::string data_dir();
/// tests/data.
std::string fixture(const std::string& name);
/// A fresh analyzer over the bundled resources.
Analyzer make_analyzer();
/// Indexes the mini catalogue (tests/data/mini_pes.jsonl) with its open tenders
/// (mini_open_tenders.jsonl) into `db_dir`, as one generation: what suggesting and the Polish
/// texts of the market survey and digest are tested on.
void index_mini_catalogue(const std::string& db_dir);

/// A directory removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  /// Path of a file or directory inside it.
  std::string path(const std::string& name = "") const;
  /// Writes `content` to `name` inside it and returns the path.
  std::string write(const std::string& name, const std::string& content) const;

 private:
  std::filesystem::path dir_;
};

/// A synthetic catalogue and tenders (`pesmatch synth`, seed 1), validated as `index` reads them.
struct SynthRecords {
  std::vector<Pes> pes;         ///< the catalogue
  std::vector<Tender> tenders;  ///< the tenders
};
/// Synthesizes `pes` PES and `tenders` tenders into `dir` and reads them back.
SynthRecords synth_records(const TempDir& dir, std::size_t pes, std::size_t tenders);

/// The whole content of a file, byte for byte ("" when it cannot be read).
std::string read_file(const std::string& path);

/// What a run of the CLI produced.
struct RunResult {
  int exit_code = -1;
  std::string out;  ///< stdout
  std::string err;  ///< stderr
};

/// Runs build/pesmatch with `args` (no shell quoting needed), with the test reference and data.
RunResult run_pesmatch(const std::vector<std::string>& args);

}  // namespace pesmatch::test
