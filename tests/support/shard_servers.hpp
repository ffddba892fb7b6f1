// Serving the shards of an index with xapian-tcpsrv on loopback, for the sharding tests and the
// benchmark of remote shards: free ports, one server per shard, a stub naming them, and a stop
// that takes the servers' per-connection children with them. Header-only, POSIX.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

extern char** environ;

namespace pesmatch::test {

/// xapian-tcpsrv on the PATH, or "" (Debian package xapian-tools).
inline std::string find_tcpsrv() {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (std::size_t start = 0; start <= dirs.size();) {
    const auto end = std::min(dirs.find(':', start), dirs.size());
    const std::filesystem::path candidate = std::filesystem::path(dirs.substr(start, end - start)) / "xapian-tcpsrv";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    start = end + 1;
  }
  return {};
}

/// A loopback port nobody listens on at the moment of the call.
inline int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

/// True once a server answers the remote protocol's handshake on `port` (a bare TCP probe would
/// make it log a broken pipe).
inline bool answers(int port) {
  try {
    Xapian::Remote::open("127.0.0.1", static_cast<unsigned>(port), 1000, 1000);
    return true;
  } catch (const Xapian::NetworkError&) {
    return false;
  }
}

/// One xapian-tcpsrv per shard, each in its own process group so that stopping it also stops the
/// children it forked per connection. Stopped in the destructor, whatever the caller did.
class ShardServers {
 public:
  ShardServers(const std::string& tcpsrv, const std::vector<std::string>& shards) {
    try {
      for (const auto& shard : shards) start(tcpsrv, shard);
    } catch (...) {
      stop();  // no destructor runs for a constructor that throws
      throw;
    }
  }
  ~ShardServers() { stop(); }
  ShardServers(const ShardServers&) = delete;
  ShardServers& operator=(const ShardServers&) = delete;

  /// A stub file naming every server, in shard order.
  std::string stub() const {
    std::string out;
    for (const auto& s : servers_) out += "remote 127.0.0.1:" + std::to_string(s.second) + "\n";
    return out;
  }

 private:
  std::vector<std::pair<pid_t, int>> servers_;

  void stop() noexcept {
    for (const auto& [pid, port] : servers_) {
      ::kill(-pid, SIGTERM);
      ::waitpid(pid, nullptr, 0);
    }
    servers_.clear();
  }

  // A port picked free may be taken before the server binds it: then the server exits, and we
  // try another port.
  void start(const std::string& tcpsrv, const std::string& shard) {
    for (int attempt = 0; attempt < 5; ++attempt) {
      const int port = free_port();
      const std::string port_arg = std::to_string(port);
      std::vector<std::string> args{tcpsrv, "--port", port_arg, "--interface", "127.0.0.1", "--quiet", shard};
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      posix_spawnattr_t attr;
      posix_spawnattr_init(&attr);
      posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
      posix_spawnattr_setpgroup(&attr, 0);
      pid_t pid = 0;
      const int rc = posix_spawn(&pid, tcpsrv.c_str(), nullptr, &attr, argv.data(), environ);
      posix_spawnattr_destroy(&attr);
      if (rc != 0) throw std::runtime_error("cannot start " + tcpsrv);
      servers_.emplace_back(pid, port);
      for (int wait = 0; wait < 1000; ++wait) {  // up to 10 s on a busy machine
        if (answers(port)) return;
        if (::waitpid(pid, nullptr, WNOHANG) == pid) break;  // it exited: port taken
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      ::kill(-pid, SIGTERM);
      ::waitpid(pid, nullptr, 0);
      servers_.pop_back();
    }
    throw std::runtime_error("xapian-tcpsrv did not start for " + shard);
  }
};

}  // namespace pesmatch::test
