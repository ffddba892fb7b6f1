// Latency of one `match` over synthetic catalogues (10k PES by default; 100k and 1M with
// PESMATCH_BENCH_SIZES): the stages timed apart — candidate retrieval (Xapian), rerank (profile
// decoding, eligibility, features, scores), explanation of the top 20 — and together, plus batch
// throughput with one Matcher per thread. Indexes are built once and cached outside the timing.
#include <benchmark/benchmark.h>

#include <chrono>

#include "pesmatch/batch.hpp"
#include "pesmatch/matcher.hpp"
#include "rank/match_stages.hpp"
#include "rank/query_builder.hpp"
#include "support.hpp"

namespace {

namespace pb = pesmatch::bench;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

// Reports the per-call latency distribution, which is steadier than the mean on a noisy machine.
void report_latency(benchmark::State& state, std::vector<double>& ms) {
  state.counters["median_ms"] = pb::median(ms);
  std::sort(ms.begin(), ms.end());
  state.counters["p95_ms"] = ms.empty() ? 0.0 : ms[ms.size() * 95 / 100];
}

// The pipeline of one index with every tender's intermediate results, so that each stage can be
// timed on its own inputs.
struct Stages {
  pesmatch::Analyzer analyzer = pb::make_analyzer();
  pesmatch::detail::MatchEngine engine;
  const std::vector<pesmatch::Tender>& tenders;
  std::vector<pesmatch::detail::TenderContext> contexts;
  std::vector<pesmatch::detail::MatchEngine::Retrieved> retrieved;

  explicit Stages(std::size_t n)
      : engine(Xapian::Database(pb::synth_index(n)), {pb::reference(), analyzer, pb::default_model(), pb::data_dir()}),
        tenders(pb::synth_tenders(n)) {
    for (const auto& t : tenders) {
      contexts.push_back(pesmatch::detail::make_tender_context(t, pb::reference().cpv, analyzer));
      retrieved.push_back(engine.retrieve(t, {}));
      auto candidates = engine.rerank(contexts.back(), retrieved.back(), {});
      (void)engine.select(contexts.back(), candidates, {});  // warm caches
    }
  }
};

void BM_Match_Retrieval(benchmark::State& state) {
  Stages s(static_cast<std::size_t>(state.range(0)));
  std::vector<double> ms;
  std::size_t i = 0, retrieved = 0;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    const auto r = s.engine.retrieve(s.tenders[i++ % s.tenders.size()], {});
    ms.push_back(ms_since(t0));
    retrieved += r.size();
    benchmark::DoNotOptimize(r);
  }
  report_latency(state, ms);
  state.counters["candidates"] = static_cast<double>(retrieved) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Match_Retrieval)->Apply(pb::per_size)->Unit(benchmark::kMillisecond);

// The exact text weights of every retrieved candidate for the leaves retrieval weighs the
// nationwide candidates with (in a large index, the informative leaves): MatchEngine::reweigh,
// which retrieval calls on its nationwide candidates only.
void BM_Match_Reweigh(benchmark::State& state) {
  Stages s(static_cast<std::size_t>(state.range(0)));
  std::vector<pesmatch::detail::WordBag> words;
  std::vector<pesmatch::detail::WordBag::Selection> selected;
  for (const auto& t : s.tenders) {
    words.push_back(pesmatch::detail::build_queries(t, pb::reference(), s.analyzer).words);
    selected.push_back(words.back().informative_leaves(words.back().frequencies(s.engine.db), 0.2));
  }
  std::vector<double> ms;
  std::size_t i = 0;
  for (auto _ : state) {
    const auto k = i++ % s.tenders.size();
    auto candidates = s.retrieved[k];
    const auto t0 = Clock::now();
    s.engine.reweigh(candidates, words[k], selected[k]);
    ms.push_back(ms_since(t0));
    benchmark::DoNotOptimize(candidates);
  }
  report_latency(state, ms);
}
BENCHMARK(BM_Match_Reweigh)->Apply(pb::per_size)->Unit(benchmark::kMillisecond);

void BM_Match_Rerank(benchmark::State& state) {
  Stages s(static_cast<std::size_t>(state.range(0)));
  std::vector<double> ms;
  std::size_t i = 0;
  for (auto _ : state) {
    const auto k = i++ % s.tenders.size();
    const auto t0 = Clock::now();
    const auto c = s.engine.rerank(s.contexts[k], s.retrieved[k], {});
    ms.push_back(ms_since(t0));
    benchmark::DoNotOptimize(c);
  }
  report_latency(state, ms);
}
BENCHMARK(BM_Match_Rerank)->Apply(pb::per_size)->Unit(benchmark::kMillisecond);

void BM_Match_Explain(benchmark::State& state) {
  Stages s(static_cast<std::size_t>(state.range(0)));
  std::vector<std::vector<pesmatch::detail::MatchEngine::Candidate>> reranked;
  for (std::size_t k = 0; k < s.tenders.size(); ++k) reranked.push_back(s.engine.rerank(s.contexts[k], s.retrieved[k], {}));
  std::vector<double> ms;
  std::size_t i = 0;
  for (auto _ : state) {
    const auto k = i++ % s.tenders.size();
    const auto t0 = Clock::now();
    const auto r = s.engine.select(s.contexts[k], reranked[k], {});
    ms.push_back(ms_since(t0));
    benchmark::DoNotOptimize(r);
  }
  report_latency(state, ms);
}
BENCHMARK(BM_Match_Explain)->Apply(pb::per_size)->Unit(benchmark::kMillisecond);

void BM_Match_Tender(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  auto analyzer = pb::make_analyzer();
  pesmatch::Matcher matcher(pb::synth_index(n), {pb::reference(), analyzer, pb::default_model(), pb::data_dir()});
  const auto& tenders = pb::synth_tenders(n);
  for (const auto& t : tenders) (void)matcher.match(t);  // warm caches: lemmas, PKD labels
  std::vector<double> ms;
  std::size_t i = 0, candidates = 0;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    const auto r = matcher.match(tenders[i++ % tenders.size()]);
    ms.push_back(ms_since(t0));
    candidates += r.candidates;
    benchmark::DoNotOptimize(r);
  }
  report_latency(state, ms);
  state.counters["candidates"] = static_cast<double>(candidates) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Match_Tender)->Apply(pb::per_size)->Unit(benchmark::kMillisecond);

// All synthetic tenders matched by `threads` workers, each with its own Analyzer and Matcher
// (neither is thread-safe), the tenders dealt round-robin.
// BatchMatcher: one Matcher per thread, results in input order, as `pesmatch match --threads T`.
void BM_Match_Batch(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto threads = static_cast<std::size_t>(state.range(1));
  const auto& tenders = pb::synth_tenders(n);
  auto analyzer = pb::make_analyzer();
  pesmatch::BatchMatcher batch(pb::synth_index(n), {pb::reference(), analyzer, pb::default_model(), pb::data_dir()}, threads);
  (void)batch.match(tenders);  // warm every engine's caches
  for (auto _ : state)
    batch.match(tenders, {}, [](std::size_t, pesmatch::MatchResult&& r) { benchmark::DoNotOptimize(r); });
  state.counters["tenders/s"] =
      benchmark::Counter(static_cast<double>(tenders.size() * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Match_Batch)
    ->Apply([](benchmark::internal::Benchmark* b) {
      for (auto n : pb::sizes())
        for (int threads : {1, 2}) b->Args({static_cast<std::int64_t>(n), threads});
    })
    ->ArgNames({"pes", "threads"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

}  // namespace
