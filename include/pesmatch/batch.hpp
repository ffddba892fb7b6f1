// Matching a batch of tenders on several threads, one engine (Analyzer and Matcher) per thread,
// the results handed over in input order: the same output as one Matcher in a loop, faster.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/matcher.hpp"
#include "pesmatch/resources.hpp"

namespace pesmatch {

/// Receives the result of `tenders[index]`, in input order, on the thread that called match().
using BatchSink = std::function<void(std::size_t index, MatchResult&& result)>;

/// Engines for batch matching: one Matcher per thread over the same index.
class BatchMatcher {
 public:
  /// Opens `threads` engines on `db` (0 = default_threads()), each as Matcher's constructor
  /// would: the first with `resources`, the others with siblings of its analyzer (one shared
  /// lemma cache). Throws as Matcher's constructor.
  BatchMatcher(const std::string& db, const RankingResources& resources, std::size_t threads = 0);

  /// Matches every tender, calling `sink` in input order. The first failure in input order is
  /// rethrown after `sink` got every result before it, as a serial loop would.
  void match(const std::vector<Tender>& tenders, const MatchOptions& options, const BatchSink& sink);
  /// All results, in input order.
  [[nodiscard]] std::vector<MatchResult> match(const std::vector<Tender>& tenders, const MatchOptions& options = {});

  /// The first engine, for what is not batched (warnings, baselines, snapshot).
  [[nodiscard]] Matcher& engine() noexcept { return matchers_.front(); }
  /// Number of engines (threads).
  [[nodiscard]] std::size_t threads() const noexcept { return matchers_.size(); }

 private:
  std::deque<Analyzer> siblings_;  // a deque: each Matcher keeps a reference to its analyzer
  std::vector<Matcher> matchers_;
};

}  // namespace pesmatch
