// Synthetic catalogue generation rate (PES/s), written to a stream that discards the bytes, so the
// number is generation plus JSON serialisation without the disk.
#include <benchmark/benchmark.h>

#include <ostream>
#include <streambuf>

#include "support.hpp"
#include "synth/synth.hpp"

namespace {

// Counts the bytes written and drops them.
class CountingBuf : public std::streambuf {
 public:
  std::size_t bytes = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes += static_cast<std::size_t>(n);
    return n;
  }
  int_type overflow(int_type c) override {
    ++bytes;
    return traits_type::not_eof(c);
  }
};

void BM_Synth_Pes(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto& ref = pesmatch::bench::reference();
  CountingBuf pes_buf, tender_buf;
  std::ostream pes(&pes_buf), tenders(&tender_buf);
  for (auto _ : state) pesmatch::synthesize({n, 0, 1, 0}, ref, pes, tenders);
  state.counters["PES/s"] = benchmark::Counter(static_cast<double>(n * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["bytes/PES"] = static_cast<double>(pes_buf.bytes) / static_cast<double>(n * state.iterations());
}
BENCHMARK(BM_Synth_Pes)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
