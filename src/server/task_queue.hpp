// The server's worker pool: a fixed number of threads (the requests served at once) and a
// bounded queue of accepted connections. When that queue is full, a connection goes to one
// shedding thread instead, which reads its request and answers 503 at once (see shedding()), so
// that an overloaded server says so instead of letting clients hang. Only when the shedding queue
// is full too does enqueue block the accept loop, and further clients wait in the kernel's listen
// backlog: memory stays bounded either way.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <httplib.h>
#include <mutex>
#include <thread>
#include <vector>

namespace pesmatch::server {

/// httplib::TaskQueue with a bound on waiting connections and a shedding thread for the overflow.
class BoundedPool : public httplib::TaskQueue {
 public:
  /// Starts `threads` workers and the shedding thread; at most `max_queue` connections wait for a
  /// worker, and as many for the shedding thread.
  BoundedPool(std::size_t threads, std::size_t max_queue);
  ~BoundedPool() override;

  /// Queues a connection for a worker, or for the shedding thread when the workers' queue is
  /// full; blocks while both are full.
  void enqueue(std::function<void()> fn) override;
  /// Lets the queued work finish and joins the threads.
  void shutdown() override;

  /// True on the shedding thread: the request being read there is to be refused with 503, not
  /// served (the server's pre-routing handler checks it).
  [[nodiscard]] static bool shedding() noexcept;

 private:
  // Connections waiting for the threads that take from this queue.
  struct Queue {
    std::deque<std::function<void()>> jobs;
    std::condition_variable has_work;
    std::size_t limit = 1;
    [[nodiscard]] bool full() const { return jobs.size() >= limit; }
  };
  void work(Queue& queue);

  std::mutex mutex_;  // guards both queues and stopping_
  Queue serve_, shed_;
  std::condition_variable has_room_;
  std::vector<std::thread> threads_;
  bool stopping_ = false;
};

}  // namespace pesmatch::server
