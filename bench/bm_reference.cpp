// Loading the reference data (TERYT, CPV, PKD): paid once per process.
#include <benchmark/benchmark.h>

#include "pesmatch/reference.hpp"
#include "support.hpp"

namespace {

void BM_Reference_Load(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(pesmatch::ReferenceData::load(PESMATCH_BENCH_REFERENCE_DIR));
}
BENCHMARK(BM_Reference_Load)->Unit(benchmark::kMillisecond);

void BM_Reference_CpvParse(benchmark::State& state) {
  const auto& ref = pesmatch::bench::reference();
  for (auto _ : state) benchmark::DoNotOptimize(ref.cpv.parse("90911200-8"));
}
BENCHMARK(BM_Reference_CpvParse);

}  // namespace
