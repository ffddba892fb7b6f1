#include "support.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/digest.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "synth/synth.hpp"

namespace pesmatch::bench {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kTenders = 200;
constexpr std::uint64_t kSeed = 1;
// Bump when the index layout changes without a change of inputs (documents.cpp, profile.cpp).
constexpr const char* kIndexLayout = "layout-7";

}  // namespace

const ReferenceData& reference() {
  static const ReferenceData ref = ReferenceData::load(PESMATCH_BENCH_REFERENCE_DIR);
  return ref;
}

std::string data_dir() { return PESMATCH_BENCH_DATA_DIR; }

std::string cache_dir() { return PESMATCH_BENCH_CACHE_DIR; }

Analyzer make_analyzer() { return Analyzer(AnalyzerConfig::defaults(data_dir())); }

Model default_model() { return Model::load(data_dir() + "/model.json"); }

std::vector<Pes> catalogue(std::size_t n) {
  static const auto base = read_catalogue(data_dir() + "/examples/pes.jsonl", reference()).records;
  std::vector<Pes> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    Pes p = base[i % base.size()];
    p.id.append("-").append(std::to_string(i / base.size()));
    out.push_back(std::move(p));
  }
  return out;
}

const std::vector<std::size_t>& sizes() {
  static const std::vector<std::size_t> s = [] {
    std::vector<std::size_t> out;
    const char* env = std::getenv("PESMATCH_BENCH_SIZES");
    std::stringstream in(env && *env ? env : "10000");
    for (std::string item; std::getline(in, item, ',');)
      if (!item.empty()) out.push_back(std::stoul(item));
    return out;
  }();
  return s;
}

void per_size(benchmark::internal::Benchmark* b) {
  for (auto n : sizes()) b->Arg(static_cast<std::int64_t>(n));
}

const SynthFiles& synth_files(std::size_t n) {
  static std::map<std::size_t, SynthFiles> made;
  if (auto it = made.find(n); it != made.end()) return it->second;
  const fs::path dir = fs::path(cache_dir()) / ("synth-" + std::to_string(n) + "-" + std::to_string(kTenders) + "-s" + std::to_string(kSeed));
  SynthFiles f{(dir / "pes.jsonl").string(), (dir / "tenders.jsonl").string(), {}};
  if (!fs::exists(dir / "complete")) {
    fs::create_directories(dir);
    std::ofstream pes(f.pes, std::ios::binary), tenders(f.tenders, std::ios::binary);
    synthesize({n, kTenders, kSeed, 0}, reference(), pes, tenders);
    pes.close();
    tenders.close();
    std::ofstream(dir / "complete") << "ok\n";
  }
  f.digest = file_digest(f.pes);
  return made[n] = f;
}

std::vector<Pes> synth_pes(std::size_t n) { return read_catalogue(synth_files(n).pes, reference()).records; }

const std::vector<Tender>& synth_tenders(std::size_t n) {
  static std::map<std::size_t, std::vector<Tender>> read;
  if (auto it = read.find(n); it != read.end()) return it->second;
  return read[n] = read_tenders(synth_files(n).tenders, reference()).records;
}

std::string synth_index_path(std::size_t n) {
  static const std::string fingerprint = make_analyzer().fingerprint();
  detail::Fnv1a key;
  for (const auto& part : {synth_files(n).digest, fingerprint, std::string(kIndexLayout)}) key.update(part + "\n");
  return (fs::path(cache_dir()) / ("index-" + std::to_string(n) + "-" + key.hex())).string();
}

std::string synth_index(std::size_t n) {
  const auto path = synth_index_path(n);
  if (fs::exists(fs::path(path) / "current")) return path;
  // Stale caches of this size go first: a 1M index is a few gigabytes.
  const std::string stale = "index-" + std::to_string(n) + "-";
  for (const auto& e : fs::directory_iterator(cache_dir()))
    if (e.path().filename().string().rfind(stale, 0) == 0) fs::remove_all(e.path());
  auto analyzer = make_analyzer();
  build_index(path, synth_pes(n), {}, reference(), analyzer, {synth_files(n).digest});
  return path;
}

std::string plain_text(const Pes& p) {
  std::string text = p.name + ". " + p.description + ". ";
  for (const auto& s : p.services) text.append(s).append(". ");
  for (const auto& c : p.references) text.append(c.title).append(". ");
  return text;
}

std::string plain_query(const Tender& t) { return t.title + ". " + t.description; }

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto m = v.size() / 2;
  return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

}  // namespace pesmatch::bench
