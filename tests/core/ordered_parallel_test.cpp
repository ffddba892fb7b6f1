// ordered_parallel(): results consumed in input order whatever thread made them, and the first
// failure in input order rethrown after everything before it, as a serial loop would.
#include "core/ordered_parallel.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace pesmatch::detail {
namespace {

TEST(OrderedParallelTest, ConsumesInInputOrder_WhateverTheWorkers) {
  for (std::size_t workers : {1, 2, 5})
    for (std::size_t batch : {1, 3, 64}) {
      std::vector<std::size_t> seen;
      std::set<std::size_t> workers_used;
      ordered_parallel(
          1000, workers, batch,
          [&](std::size_t worker, std::size_t i) {
            if (i % 7 == 0) std::this_thread::yield();  // uneven work reorders completion
            return std::pair{worker, i * i};
          },
          [&](std::size_t i, std::pair<std::size_t, std::size_t> r) {
            EXPECT_EQ(r.second, i * i);
            workers_used.insert(r.first);
            seen.push_back(i);
          });
      ASSERT_EQ(seen.size(), 1000u) << workers << " workers, batches of " << batch;
      for (std::size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], i);
      EXPECT_LE(workers_used.size(), workers);
    }
}

TEST(OrderedParallelTest, RethrowsFirstFailureInInputOrder_AfterConsumingEverythingBefore) {
  std::vector<std::size_t> seen;
  try {
    ordered_parallel(
        500, 3, 4,
        [](std::size_t, std::size_t i) {
          if (i == 137 || i == 300 || i == 499) throw std::runtime_error("item " + std::to_string(i));
          return i;
        },
        [&](std::size_t i, std::size_t) { seen.push_back(i); });
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "item 137");
  }
  ASSERT_EQ(seen.size(), 137u);
  EXPECT_EQ(seen.back(), 136u);
}

TEST(OrderedParallelTest, RethrowsConsumerFailure_AndStopsTheWorkers) {
  std::size_t consumed = 0;
  EXPECT_THROW(ordered_parallel(
                   100000, 2, 8, [](std::size_t, std::size_t i) { return i; },
                   [&](std::size_t i, std::size_t) {
                     if (i == 20) throw std::logic_error("consumer");
                     ++consumed;
                   }),
               std::logic_error);
  EXPECT_EQ(consumed, 20u);
}

TEST(OrderedParallelTest, DoesNothing_ForNoItems) {
  bool called = false;
  ordered_parallel(0, 4, 16, [&](std::size_t, std::size_t i) { called = true; return i; },
                   [&](std::size_t, std::size_t) { called = true; });
  EXPECT_FALSE(called);
}

}  // namespace
}  // namespace pesmatch::detail
