#include "support/process.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

#include "support/fixtures.hpp"

namespace pesmatch::test {
namespace {

void redirect(const std::string& path, int target) {
  const int fd = ::open(path.empty() ? "/dev/null" : path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0 || ::dup2(fd, target) < 0) ::_exit(127);
  ::close(fd);
}

}  // namespace

Child::Child(const std::vector<std::string>& args, const ChildOptions& options) {
  std::vector<std::string> full{PESMATCH_TEST_BINARY};
  full.insert(full.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : full) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_ = ::fork();
  if (pid_ != 0) return;
  redirect(options.out_path, STDOUT_FILENO);
  redirect(options.err_path, STDERR_FILENO);
  if (options.file_size_limit) {
    const rlimit limit{options.file_size_limit, options.file_size_limit};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(127);
  }
  ::setenv("PESMATCH_REFERENCE", PESMATCH_TEST_REFERENCE_DIR, 1);
  ::setenv("PESMATCH_DATA", PESMATCH_TEST_DATA_DIR, 1);
  ::execv(argv[0], argv.data());
  ::_exit(127);
}

Child::~Child() {
  if (pid_ > 0 && exit_code_ < 0) {
    kill();
    wait();
  }
}

void Child::kill() {
  if (pid_ > 0 && exit_code_ < 0) ::kill(pid_, SIGKILL);
}

int Child::wait() {
  if (exit_code_ >= 0) return exit_code_;
  int status = 0;
  rusage usage{};
  while (::wait4(pid_, &status, 0, &usage) < 0)
    if (errno != EINTR) return exit_code_ = 127;
  exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  peak_rss_kib_ = usage.ru_maxrss;
  return exit_code_;
}

MeasuredRun run_measured(const std::vector<std::string>& args, std::uint64_t file_size_limit) {
  TempDir io;
  Child child(args, ChildOptions{file_size_limit, io.path("stdout"), io.path("stderr")});
  MeasuredRun r;
  r.exit_code = child.wait();
  r.peak_rss_kib = child.peak_rss_kib();
  r.out = read_file(io.path("stdout"));
  r.err = read_file(io.path("stderr"));
  return r;
}

}  // namespace pesmatch::test
