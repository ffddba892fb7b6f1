// Work split over threads, results taken in input order: index builds analyse documents on
// several threads for one writer, and batch matching runs one engine per thread, both producing
// exactly what a serial loop would, in the same order.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace pesmatch::detail {

/// Calls `make(worker, i)` for every i in [0, count) on `workers` threads (worker in
/// [0, workers), so each thread may own state that is not thread-safe), in batches of `batch`
/// items, and `consume(i, result)` on the caller's thread in increasing i. At most a few batches
/// per worker are made ahead of the consumer (bounded memory). The first failure in input order,
/// from `make` or `consume`, stops everything and is rethrown here after `consume` has seen every
/// result before it: what a serial loop would have done.
template <typename Make, typename Consume>
void ordered_parallel(std::size_t count, std::size_t workers, std::size_t batch, Make make, Consume consume) {
  using Result = decltype(make(std::size_t{0}, std::size_t{0}));
  struct Made {
    std::vector<Result> results;
    std::exception_ptr error;  // after the results: the item that failed
  };
  if (count == 0) return;
  workers = std::max<std::size_t>(1, workers);
  batch = std::max<std::size_t>(1, batch);
  const std::size_t batches = (count + batch - 1) / batch;
  const std::size_t ahead = 4 * workers;
  std::mutex mutex;
  std::condition_variable changed;
  std::map<std::size_t, Made> ready;
  std::size_t claimed = 0, consumed = 0;
  bool stop = false;

  const auto work = [&](std::size_t worker) {
    for (;;) {
      std::size_t k = 0;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stop || claimed == batches || claimed < consumed + ahead; });
        if (stop || claimed == batches) return;
        k = claimed++;
      }
      Made made;
      try {
        for (std::size_t i = k * batch; i < std::min(count, (k + 1) * batch); ++i) made.results.push_back(make(worker, i));
      } catch (...) {
        made.error = std::current_exception();
      }
      const std::lock_guard lock(mutex);
      ready.emplace(k, std::move(made));
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  const auto finish = [&] {
    {
      const std::lock_guard lock(mutex);
      stop = true;
      ready.clear();
    }
    changed.notify_all();
    for (auto& t : pool) t.join();
  };
  try {
    for (std::size_t w = 0; w < std::min(workers, batches); ++w) pool.emplace_back(work, w);
    for (std::size_t k = 0; k < batches; ++k) {
      Made made;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return ready.count(k) > 0; });
        made = std::move(ready.at(k));
        ready.erase(k);
        consumed = k + 1;
      }
      changed.notify_all();
      for (std::size_t j = 0; j < made.results.size(); ++j) consume(k * batch + j, std::move(made.results[j]));
      if (made.error) std::rethrow_exception(made.error);
    }
  } catch (...) {
    finish();
    throw;
  }
  finish();
}

}  // namespace pesmatch::detail
