// Polish analysis throughput over the bundled PES descriptions, with a warm lemma cache (the
// steady state of an indexer or a server) and a cold one (a fresh analyzer per pass).
#include <benchmark/benchmark.h>

#include "pesmatch/analyzer.hpp"
#include "support.hpp"
#include "text/tokenizer.hpp"

namespace {

std::vector<std::string> descriptions() {
  std::vector<std::string> out;
  for (const auto& p : pesmatch::bench::catalogue(320)) out.push_back(p.description);
  return out;
}

std::size_t token_count(const std::vector<std::string>& texts) {
  std::size_t n = 0;
  for (const auto& t : texts) n += pesmatch::detail::tokenize(t).size();
  return n;
}

void BM_Analyzer_WarmCache(benchmark::State& state) {
  const auto texts = descriptions();
  pesmatch::Analyzer analyzer(pesmatch::AnalyzerConfig::defaults(pesmatch::bench::data_dir()));
  for (const auto& t : texts) (void)analyzer.analyze(t);
  for (auto _ : state)
    for (const auto& t : texts) benchmark::DoNotOptimize(analyzer.analyze(t));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(token_count(texts) * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Analyzer_WarmCache)->Unit(benchmark::kMillisecond);

void BM_Analyzer_ColdCache(benchmark::State& state) {
  const auto texts = descriptions();
  const auto config = pesmatch::AnalyzerConfig::defaults(pesmatch::bench::data_dir());
  for (auto _ : state) {
    state.PauseTiming();
    pesmatch::Analyzer analyzer(config);
    state.ResumeTiming();
    for (const auto& t : texts) benchmark::DoNotOptimize(analyzer.analyze(t));
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(token_count(texts) * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Analyzer_ColdCache)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
