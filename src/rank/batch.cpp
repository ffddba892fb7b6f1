#include "pesmatch/batch.hpp"

#include "core/ordered_parallel.hpp"
#include "pesmatch/index.hpp"

namespace pesmatch {

BatchMatcher::BatchMatcher(const std::string& db, const RankingResources& resources, std::size_t threads) {
  if (threads == 0) threads = default_threads();
  matchers_.reserve(threads);
  matchers_.emplace_back(db, resources);
  for (std::size_t w = 1; w < threads; ++w)
    matchers_.emplace_back(db, RankingResources{resources.reference, siblings_.emplace_back(resources.analyzer.sibling()),
                                                resources.model, resources.data_dir});
}

void BatchMatcher::match(const std::vector<Tender>& tenders, const MatchOptions& options, const BatchSink& sink) {
  // One tender a batch: a match takes milliseconds, far more than handing it over.
  detail::ordered_parallel(
      tenders.size(), matchers_.size(), 1,
      [&](std::size_t worker, std::size_t i) { return matchers_[worker].match(tenders[i], options); },
      [&](std::size_t i, MatchResult&& result) { sink(i, std::move(result)); });
}

std::vector<MatchResult> BatchMatcher::match(const std::vector<Tender>& tenders, const MatchOptions& options) {
  std::vector<MatchResult> out;
  out.reserve(tenders.size());
  match(tenders, options, [&](std::size_t, MatchResult&& r) { out.push_back(std::move(r)); });
  return out;
}

}  // namespace pesmatch
