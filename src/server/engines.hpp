// One matcher and suggester per worker thread (they are not thread-safe), reopened when the index
// directory publishes a new generation, so that `pesmatch index` can run while serving.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/matcher.hpp"
#include "pesmatch/model.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/resources.hpp"
#include "pesmatch/suggester.hpp"

namespace pesmatch::server {

/// A worker's own engines over one generation of the index.
class Engine {
 public:
  /// The matcher of the generation in effect, opened on first use.
  Matcher& matcher();
  /// The suggester of the generation in effect, opened on first use.
  Suggester& suggester();

 private:
  friend class EnginePool;
  const class EnginePool* pool_ = nullptr;
  std::unique_ptr<Analyzer> analyzer_;  // outlives the matcher and suggester that refer to it
  std::unique_ptr<RankingResources> resources_;  // the pool's, with this worker's analyzer
  std::unique_ptr<Matcher> matcher_;
  std::unique_ptr<Suggester> suggester_;
  std::string generation_;
};

/// Hands each thread its Engine, current with the published generation.
class EnginePool {
 public:
  /// Keeps references to `ref` and copies the rest; opens nothing yet.
  EnginePool(std::string db, const ReferenceData& ref, Model model, std::string data_dir);

  /// The calling thread's engine; dropped and reopened lazily when DIR/current has moved.
  Engine& for_this_thread();
  /// The generation DIR/current points to ("" for a plain Xapian database).
  [[nodiscard]] std::string published_generation() const;
  /// Engines opened so far (one per worker that has served a request).
  [[nodiscard]] std::size_t engines() const;

 private:
  friend class Engine;
  std::string db_;
  const ReferenceData& ref_;
  Model model_;
  std::string data_dir_;
  mutable std::mutex mutex_;
  std::unordered_map<std::thread::id, std::unique_ptr<Engine>> engines_;
};

}  // namespace pesmatch::server
