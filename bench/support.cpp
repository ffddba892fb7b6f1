#include "support.hpp"

#include <filesystem>
#include <map>
#include <unistd.h>

#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"

namespace pesmatch::bench {

const ReferenceData& reference() {
  static const ReferenceData ref = ReferenceData::load(PESMATCH_BENCH_REFERENCE_DIR);
  return ref;
}

std::string data_dir() { return PESMATCH_BENCH_DATA_DIR; }

std::vector<Pes> catalogue(std::size_t n) {
  static const auto base = read_catalogue(data_dir() + "/examples/pes.jsonl", reference()).records;
  std::vector<Pes> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    Pes p = base[i % base.size()];
    p.id += "-" + std::to_string(i / base.size());
    out.push_back(std::move(p));
  }
  return out;
}

const std::vector<Tender>& tenders() {
  static const auto t = read_tenders(data_dir() + "/examples/tenders.jsonl", reference()).records;
  return t;
}

std::string index_of(std::size_t n) {
  static std::map<std::size_t, std::string> built;
  if (auto it = built.find(n); it != built.end()) return it->second;
  const auto dir = std::filesystem::temp_directory_path() / ("pesmatch-bench-" + std::to_string(::getpid()) + "-" + std::to_string(n));
  Analyzer analyzer(AnalyzerConfig::defaults(data_dir()));
  build_index(dir.string(), catalogue(n), {}, reference(), analyzer, {"bench"});
  return built[n] = dir.string();
}

}  // namespace pesmatch::bench
