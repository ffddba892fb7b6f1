#include "server/task_queue.hpp"

namespace pesmatch::server {

BoundedPool::BoundedPool(std::size_t threads, std::size_t max_queue) : max_queue_(max_queue == 0 ? 1 : max_queue) {
  for (std::size_t i = 0; i < (threads == 0 ? 1 : threads); ++i) threads_.emplace_back([this] { work(); });
}

BoundedPool::~BoundedPool() {
  if (!threads_.empty()) shutdown();
}

void BoundedPool::enqueue(std::function<void()> fn) {
  {
    std::unique_lock lock(mutex_);
    has_room_.wait(lock, [this] { return jobs_.size() < max_queue_ || stopping_; });
    jobs_.push_back(std::move(fn));
  }
  has_work_.notify_one();
}

void BoundedPool::shutdown() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  has_work_.notify_all();
  has_room_.notify_all();
  for (auto& t : threads_) t.join();
  threads_.clear();
}

void BoundedPool::work() {
  for (;;) {
    std::function<void()> fn;
    {
      std::unique_lock lock(mutex_);
      has_work_.wait(lock, [this] { return !jobs_.empty() || stopping_; });
      if (jobs_.empty()) return;
      fn = std::move(jobs_.front());
      jobs_.pop_front();
    }
    has_room_.notify_one();
    fn();
  }
}

}  // namespace pesmatch::server
