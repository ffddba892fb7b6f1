// Index build rate (PES/s) and size (bytes/PES) over synthetic catalogues, read outside the
// timed loop. The first build of a size becomes the cached index the match benchmarks use.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "pesmatch/index.hpp"
#include "support.hpp"

namespace {

namespace pb = pesmatch::bench;
namespace fs = std::filesystem;

void BM_Index_Build(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto pes = pb::synth_pes(n);
  auto analyzer = pb::make_analyzer();
  const auto dir = fs::path(pb::cache_dir()) / ("build-" + std::to_string(::getpid()));
  for (auto _ : state) {
    fs::remove_all(dir);
    pesmatch::build_index(dir.string(), pes, {}, pb::reference(), analyzer, {pb::synth_files(n).digest});
  }
  std::uintmax_t bytes = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::canonical(dir / "current")))
    if (e.is_regular_file()) bytes += e.file_size();
  // The same build the match benchmarks would make: keep it as their cache instead of redoing it.
  if (const auto cached = pb::synth_index_path(n); !fs::exists(fs::path(cached) / "current")) {
    fs::remove_all(cached);
    fs::rename(dir, cached);
  } else {
    fs::remove_all(dir);
  }
  state.counters["PES/s"] = benchmark::Counter(static_cast<double>(n * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["bytes/PES"] = static_cast<double>(bytes) / static_cast<double>(n);
}
BENCHMARK(BM_Index_Build)->Apply(pb::per_size)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace
