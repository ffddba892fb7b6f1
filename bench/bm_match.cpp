// Latency of one `match` (retrieval, rerank and explanation together) over catalogue sizes,
// cycling through the bundled tenders; the index is built before timing.
#include <benchmark/benchmark.h>

#include "pesmatch/matcher.hpp"
#include "support.hpp"

namespace {

void BM_Match_Tender(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto db = pesmatch::bench::index_of(n);
  pesmatch::Analyzer analyzer(pesmatch::AnalyzerConfig::defaults(pesmatch::bench::data_dir()));
  pesmatch::Matcher matcher(db, pesmatch::bench::reference(), analyzer,
                            pesmatch::Model::load(pesmatch::bench::data_dir() + "/model.json"), pesmatch::bench::data_dir());
  const auto& tenders = pesmatch::bench::tenders();
  for (const auto& t : tenders) (void)matcher.match(t);  // warm caches: lemmas, PKD labels
  std::size_t i = 0, candidates = 0;
  for (auto _ : state) {
    const auto r = matcher.match(tenders[i++ % tenders.size()]);
    candidates += r.candidates;
    benchmark::DoNotOptimize(r);
  }
  state.counters["candidates"] = static_cast<double>(candidates) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Match_Tender)->Arg(320)->Arg(3200)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
