// Builds documents on a worker thread while the caller's thread writes them: in a bulk build the
// analysis and Xapian's inverter each take about half of the time, and they share no state.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace pesmatch::detail {

/// Calls `consume(make(r))` for every record, in order. `make` runs on one worker thread (so a
/// non-thread-safe analyzer is still used by one thread at a time) and `consume` on the caller's.
/// An exception from either side stops both and is rethrown here.
template <typename Record, typename Make, typename Consume>
void pipelined(const std::vector<Record>& records, Make make, Consume consume) {
  using Doc = decltype(make(records.front()));
  constexpr std::size_t kBatch = 64, kMaxQueued = 8;  // bounded memory: at most ~600 documents
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::vector<Doc>> ready;
  bool done = false, stop = false;
  std::exception_ptr error;

  std::thread worker([&] {
    try {
      for (std::size_t i = 0; i < records.size(); i += kBatch) {
        std::vector<Doc> docs;
        for (std::size_t j = i; j < records.size() && j < i + kBatch; ++j) docs.push_back(make(records[j]));
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return ready.size() < kMaxQueued || stop; });
        if (stop) break;
        ready.push_back(std::move(docs));
        changed.notify_all();
      }
    } catch (...) {
      const std::lock_guard lock(mutex);
      error = std::current_exception();
    }
    const std::lock_guard lock(mutex);
    done = true;
    changed.notify_all();
  });

  try {
    for (;;) {
      std::vector<Doc> docs;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return !ready.empty() || done; });
        if (ready.empty()) break;
        docs = std::move(ready.front());
        ready.pop_front();
        changed.notify_all();
      }
      for (auto& d : docs) consume(std::move(d));
    }
  } catch (...) {
    {
      const std::lock_guard lock(mutex);
      stop = true;
      ready.clear();
    }
    changed.notify_all();
    worker.join();
    throw;
  }
  worker.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace pesmatch::detail
