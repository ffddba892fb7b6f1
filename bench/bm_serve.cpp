// Peak memory of a process serving an index: each run starts the real `pesmatch match` over the
// size's synthetic tenders in a new process and reads its VmHWM just before it exits. (wait4's
// ru_maxrss would not do: exec(2) carries over the high-water mark of the forked copy of this
// benchmark, which holds whole catalogues in memory.)
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>
#include <string>

#include "support.hpp"

namespace {

namespace pb = pesmatch::bench;

// VmHWM of a live process, in bytes.
double high_water_mark(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) * 1024.0;
  throw std::runtime_error("no VmHWM for process " + std::to_string(pid));
}

// Runs `pesmatch match --db DB --tenders FILE --format trec` with stdout to /dev/null, traced so
// that it stops at its exit while its memory still exists; returns its peak resident set in bytes.
double serve_peak_rss(const std::string& db, const std::string& tenders) {
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr);
    const std::string ref = std::string("--reference=") + PESMATCH_BENCH_REFERENCE_DIR;
    ::execl(PESMATCH_BENCH_CLI, "pesmatch", "match", "--db", db.c_str(), "--tenders", tenders.c_str(), "--format", "trec",
            ref.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  double peak = 0;
  ::waitpid(pid, &status, 0);  // stopped by SIGTRAP at exec
  ::ptrace(PTRACE_SETOPTIONS, pid, nullptr, reinterpret_cast<void*>(PTRACE_O_TRACEEXIT | PTRACE_O_EXITKILL));
  ::ptrace(PTRACE_CONT, pid, nullptr, nullptr);
  while (::waitpid(pid, &status, 0) == pid && WIFSTOPPED(status)) {
    int signal = WSTOPSIG(status);
    if (status >> 8 == (SIGTRAP | (PTRACE_EVENT_EXIT << 8))) {
      peak = high_water_mark(pid);
      signal = 0;
    }
    ::ptrace(PTRACE_CONT, pid, nullptr, reinterpret_cast<void*>(static_cast<long>(signal)));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || peak == 0) throw std::runtime_error("pesmatch match failed");
  return peak;
}

void BM_Serve_PeakRss(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto db = pb::synth_index(n);
  const auto& tenders = pb::synth_files(n).tenders;
  double peak = 0;
  for (auto _ : state) peak = std::max(peak, serve_peak_rss(db, tenders));
  state.counters["peak_rss_MB"] = peak / (1024.0 * 1024.0);
  state.counters["tenders"] = static_cast<double>(pb::synth_tenders(n).size());
}
BENCHMARK(BM_Serve_PeakRss)->Apply(pb::per_size)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace
