// The server's worker pool: a fixed number of threads (the requests served at once) and a
// bounded queue of accepted connections. When the queue is full, enqueue blocks the accept loop,
// so further clients wait in the kernel's listen backlog instead of growing memory.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <httplib.h>
#include <mutex>
#include <thread>
#include <vector>

namespace pesmatch::server {

/// httplib::TaskQueue with a bound on waiting connections.
class BoundedPool : public httplib::TaskQueue {
 public:
  /// Starts `threads` workers; at most `max_queue` connections wait for one.
  BoundedPool(std::size_t threads, std::size_t max_queue);
  ~BoundedPool() override;

  /// Queues a connection; blocks while the queue is full.
  void enqueue(std::function<void()> fn) override;
  /// Lets the queued work finish and joins the workers.
  void shutdown() override;

 private:
  void work();
  std::size_t max_queue_;
  std::mutex mutex_;
  std::condition_variable has_work_, has_room_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  bool stopping_ = false;
};

}  // namespace pesmatch::server
