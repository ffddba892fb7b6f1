#include "support/fixtures.hpp"

#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "support/process.hpp"
#include "synth/synth.hpp"

#include <atomic>
#include <fstream>
#include <random>
#include <sstream>

namespace pesmatch::test {

const ReferenceData& reference() {
  static const ReferenceData ref = ReferenceData::load(PESMATCH_TEST_REFERENCE_DIR);
  return ref;
}

std::string data_dir() { return PESMATCH_TEST_DATA_DIR; }

std::string fixture(const std::string& name) { return std::string(PESMATCH_TEST_FIXTURES) + "/" + name; }

Analyzer make_analyzer() { return Analyzer(AnalyzerConfig::defaults(data_dir())); }

void index_mini_catalogue(const std::string& db_dir) {
  Analyzer analyzer = make_analyzer();
  const auto& ref = reference();
  build_index(db_dir, read_catalogue(fixture("mini_pes.jsonl"), ref).records,
              read_tenders(fixture("mini_open_tenders.jsonl"), ref).records, ref, analyzer, {"d"});
}

SynthRecords synth_records(const TempDir& dir, std::size_t pes, std::size_t tenders) {
  std::ostringstream pes_out, tenders_out;
  synthesize(SynthOptions{pes, tenders, 1, 1}, reference(), pes_out, tenders_out);
  return {read_catalogue(dir.write("synth-pes.jsonl", pes_out.str()), reference()).records,
          read_tenders(dir.write("synth-tenders.jsonl", tenders_out.str()), reference()).records};
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  dir_ = std::filesystem::temp_directory_path() /
         ("pesmatch-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + std::to_string(rd()));
  std::filesystem::create_directories(dir_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

std::string TempDir::path(const std::string& name) const { return name.empty() ? dir_.string() : (dir_ / name).string(); }

std::string TempDir::write(const std::string& name, const std::string& content) const {
  const auto p = path(name);
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

RunResult run_pesmatch(const std::vector<std::string>& args) {
  const auto run = run_measured(args);
  return {run.exit_code, run.out, run.err};
}

}  // namespace pesmatch::test
