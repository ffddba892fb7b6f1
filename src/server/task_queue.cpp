#include "server/task_queue.hpp"

namespace pesmatch::server {
namespace {

thread_local bool on_shedding_thread = false;

}  // namespace

BoundedPool::BoundedPool(std::size_t threads, std::size_t max_queue) {
  serve_.limit = shed_.limit = max_queue == 0 ? 1 : max_queue;
  for (std::size_t i = 0; i < (threads == 0 ? 1 : threads); ++i) threads_.emplace_back([this] { work(serve_); });
  threads_.emplace_back([this] {
    on_shedding_thread = true;
    work(shed_);
  });
}

BoundedPool::~BoundedPool() {
  if (!threads_.empty()) shutdown();
}

bool BoundedPool::shedding() noexcept { return on_shedding_thread; }

void BoundedPool::enqueue(std::function<void()> fn) {
  Queue* queue = nullptr;
  {
    std::unique_lock lock(mutex_);
    has_room_.wait(lock, [this] { return !serve_.full() || !shed_.full() || stopping_; });
    // A worker whenever one will be free within the queue's bound; refusing is the last resort.
    queue = !serve_.full() || stopping_ ? &serve_ : &shed_;
    queue->jobs.push_back(std::move(fn));
  }
  queue->has_work.notify_one();
}

void BoundedPool::shutdown() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  serve_.has_work.notify_all();
  shed_.has_work.notify_all();
  has_room_.notify_all();
  for (auto& t : threads_) t.join();
  threads_.clear();
}

void BoundedPool::work(Queue& queue) {
  for (;;) {
    std::function<void()> fn;
    {
      std::unique_lock lock(mutex_);
      queue.has_work.wait(lock, [&] { return !queue.jobs.empty() || stopping_; });
      if (queue.jobs.empty()) return;
      fn = std::move(queue.jobs.front());
      queue.jobs.pop_front();
    }
    has_room_.notify_one();
    fn();
  }
}

}  // namespace pesmatch::server
