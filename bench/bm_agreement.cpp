// How much of the exhaustive ranking candidate retrieval keeps: for every synthetic tender, the
// top 20 of `match` with the default options against the top 20 when nothing is pruned (every
// PES matching any term of the tender is reranked). Pruning starts above 10 documents per
// requested candidate, so the figures mean something from 10k PES up; run 100k with
// PESMATCH_BENCH_SIZES=100000. One iteration matches every tender once; the exhaustive rankings
// are computed before it, outside the timing.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pesmatch/matcher.hpp"
#include "support.hpp"

namespace {

namespace pb = pesmatch::bench;

std::vector<std::string> top_ids(const pesmatch::MatchResult& r, std::size_t k) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < r.ranked.size() && i < k; ++i) ids.push_back(r.ranked[i].id);
  return ids;
}

// The share of `exact`'s first k PES that `got`'s first k also hold (1 when `exact` is empty).
double shared(const std::vector<std::string>& got, const std::vector<std::string>& exact, std::size_t k) {
  const auto n = std::min(k, exact.size());
  if (n == 0) return 1.0;
  const auto end = got.begin() + static_cast<std::ptrdiff_t>(std::min(k, got.size()));
  std::size_t common = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (std::find(got.begin(), end, exact[i]) != end) ++common;
  return static_cast<double>(common) / static_cast<double>(n);
}

void BM_Match_Agreement(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  auto analyzer = pb::make_analyzer();
  pesmatch::Matcher matcher(pb::synth_index(n), {pb::reference(), analyzer, pb::default_model(), pb::data_dir()});
  const auto& tenders = pb::synth_tenders(n);
  pesmatch::MatchOptions exhaustive;
  exhaustive.text_candidates = exhaustive.local_candidates = matcher.size();
  std::vector<std::vector<std::string>> exact;
  for (const auto& t : tenders) exact.push_back(top_ids(matcher.match(t, exhaustive), 20));
  double top10 = 0, top20 = 0, first = 0;
  for (auto _ : state) {
    top10 = top20 = first = 0;
    for (std::size_t i = 0; i < tenders.size(); ++i) {
      const auto got = top_ids(matcher.match(tenders[i]), 20);
      top10 += shared(got, exact[i], 10);
      top20 += shared(got, exact[i], 20);
      first += (got.empty() && exact[i].empty()) || (!got.empty() && !exact[i].empty() && got[0] == exact[i][0]) ? 1 : 0;
    }
  }
  const auto count = static_cast<double>(std::max<std::size_t>(1, tenders.size()));
  state.counters["overlap_top10"] = top10 / count;
  state.counters["overlap_top20"] = top20 / count;
  state.counters["same_first"] = first / count;
  state.counters["tenders"] = count;
}
BENCHMARK(BM_Match_Agreement)->Apply(pb::per_size)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
