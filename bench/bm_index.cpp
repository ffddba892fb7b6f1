// Index build rate (PES/s) over catalogue sizes, the catalogue built outside the timed loop.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "pesmatch/index.hpp"
#include "support.hpp"

namespace {

void BM_Index_Build(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto pes = pesmatch::bench::catalogue(n);
  pesmatch::Analyzer analyzer(pesmatch::AnalyzerConfig::defaults(pesmatch::bench::data_dir()));
  const auto dir = std::filesystem::temp_directory_path() / ("pesmatch-bm-index-" + std::to_string(::getpid()));
  for (auto _ : state) pesmatch::build_index(dir.string(), pes, {}, pesmatch::bench::reference(), analyzer, {"bench"});
  std::uintmax_t bytes = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(std::filesystem::canonical(dir / "current")))
    if (e.is_regular_file()) bytes += e.file_size();
  std::filesystem::remove_all(dir);
  state.counters["PES/s"] = benchmark::Counter(static_cast<double>(n * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["bytes/PES"] = static_cast<double>(bytes) / static_cast<double>(n);
}
BENCHMARK(BM_Index_Build)->Arg(320)->Arg(3200)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
