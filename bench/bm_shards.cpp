// Latency of one `match` when the catalogue is split by województwo: the single database, the
// 16 local shards opened through the generation's stub, and the same 16 shards each served by
// xapian-tcpsrv on loopback through a stub of `remote` lines (skipped when xapian-tcpsrv is
// missing). Same synthetic catalogue and tenders as bm_match (PESMATCH_BENCH_SIZES).
#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>

#include "pesmatch/index.hpp"
#include "pesmatch/matcher.hpp"
#include "support.hpp"
#include "support/shard_servers.hpp"

namespace {

namespace fs = std::filesystem;
namespace pb = pesmatch::bench;
using Clock = std::chrono::steady_clock;

enum Layout { kSingle = 0, kLocalShards = 1, kRemoteShards = 2 };

// The sharded index of the size-`n` catalogue, cached beside the single one (same key).
std::string sharded_index(std::size_t n) {
  const auto path = fs::path(pb::synth_index_path(n)).parent_path() /
                    ("shards-" + fs::path(pb::synth_index_path(n)).filename().string());
  if (fs::exists(path / "current")) return path.string();
  auto analyzer = pb::make_analyzer();
  pesmatch::build_index(path.string(), pb::synth_pes(n), {}, pb::reference(), analyzer, {pb::synth_files(n).digest}, {},
                        pesmatch::ShardBy::wojewodztwo);
  return path.string();
}

void BM_Shards_Match(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto layout = static_cast<Layout>(state.range(1));
  std::string db = layout == kSingle ? pb::synth_index(n) : sharded_index(n);
  std::unique_ptr<pesmatch::test::ShardServers> servers;
  if (layout == kRemoteShards) {
    const auto tcpsrv = pesmatch::test::find_tcpsrv();
    if (tcpsrv.empty()) return state.SkipWithError("xapian-tcpsrv not found (Debian package xapian-tools)");
    servers = std::make_unique<pesmatch::test::ShardServers>(tcpsrv, pesmatch::index_shards(db));
    db += "/REMOTE";
    std::ofstream(db) << servers->stub();
  }
  auto analyzer = pb::make_analyzer();
  pesmatch::Matcher matcher(db, {pb::reference(), analyzer, pb::default_model(), pb::data_dir()});
  const auto& tenders = pb::synth_tenders(n);
  for (std::size_t k = 0; k < 10; ++k) benchmark::DoNotOptimize(matcher.match(tenders[k % tenders.size()]));  // warm up
  std::vector<double> ms;
  std::size_t i = 0;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    auto result = matcher.match(tenders[i++ % tenders.size()]);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    benchmark::DoNotOptimize(result);
  }
  state.counters["median_ms"] = pb::median(ms);
  std::sort(ms.begin(), ms.end());
  state.counters["p95_ms"] = ms.empty() ? 0.0 : ms[ms.size() * 95 / 100];
  state.SetLabel(layout == kSingle ? "single database" : layout == kLocalShards ? "16 local shards" : "16 remote shards (loopback)");
}
BENCHMARK(BM_Shards_Match)
    ->Apply([](benchmark::internal::Benchmark* b) {
      for (auto n : pb::sizes())
        for (int layout : {kSingle, kLocalShards, kRemoteShards}) b->Args({static_cast<std::int64_t>(n), layout});
    })
    ->Iterations(200)  // each of the 200 synthetic tenders once: a remote match takes a while
    ->Unit(benchmark::kMillisecond);

}  // namespace
