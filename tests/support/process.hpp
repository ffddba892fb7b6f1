// The pesmatch binary as a child process the test controls: started in the background so it can
// be killed mid-write, run under a file size limit (RLIMIT_FSIZE), its peak memory measured.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace pesmatch::test {

/// How to start the child.
struct ChildOptions {
  std::uint64_t file_size_limit = 0;  ///< RLIMIT_FSIZE in bytes; 0 leaves it unlimited
  std::string out_path;               ///< stdout goes here; "" = /dev/null
  std::string err_path;               ///< stderr goes here; "" = /dev/null
};

/// A running pesmatch (with the test reference and data, like run_pesmatch). Killed with
/// SIGKILL and reaped when destroyed while still running.
class Child {
 public:
  explicit Child(const std::vector<std::string>& args, const ChildOptions& options = {});
  ~Child();
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  /// Sends SIGKILL (no-op once reaped).
  void kill();
  /// Waits for the end; the exit code, or 128 + signal when killed by one.
  int wait();
  /// Peak resident set of the child in KiB (valid after wait).
  [[nodiscard]] long peak_rss_kib() const noexcept { return peak_rss_kib_; }

 private:
  pid_t pid_ = -1;
  int exit_code_ = -1;
  long peak_rss_kib_ = 0;
};

/// A finished run with its output and peak memory.
struct MeasuredRun {
  int exit_code = -1;
  std::string out;  ///< stdout
  std::string err;  ///< stderr
  long peak_rss_kib = 0;
};

/// Runs pesmatch to the end under `file_size_limit` (0 = none) and measures its peak memory.
MeasuredRun run_measured(const std::vector<std::string>& args, std::uint64_t file_size_limit = 0);

}  // namespace pesmatch::test
