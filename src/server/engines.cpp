#include "server/engines.hpp"

#include <filesystem>

namespace pesmatch::server {

Matcher& Engine::matcher() {
  if (!matcher_) matcher_ = std::make_unique<Matcher>(pool_->db_, *resources_);
  return *matcher_;
}

Suggester& Engine::suggester() {
  if (!suggester_)
    suggester_ = std::make_unique<Suggester>(pool_->db_, *resources_);
  return *suggester_;
}

EnginePool::EnginePool(std::string db, const ReferenceData& ref, Model model, std::string data_dir)
    : db_(std::move(db)), ref_(ref), model_(std::move(model)), data_dir_(std::move(data_dir)) {}

std::string EnginePool::published_generation() const {
  std::error_code ec;
  const auto target = std::filesystem::read_symlink(std::filesystem::path(db_) / "current", ec);
  return ec ? std::string() : target.string();
}

Engine& EnginePool::for_this_thread() {
  Engine* engine = nullptr;
  {
    std::lock_guard lock(mutex_);
    auto& slot = engines_[std::this_thread::get_id()];
    if (!slot) {
      slot = std::make_unique<Engine>();
      slot->pool_ = this;
    }
    engine = slot.get();
  }
  // Only this thread touches its engine, so the rest needs no lock. The link is read before the
  // databases are opened: if it moves in between, the engine holds a newer generation than it
  // records and simply reopens once more on the next request.
  const std::string generation = published_generation();
  if (generation != engine->generation_) {
    engine->suggester_.reset();
    engine->matcher_.reset();
    engine->generation_ = generation;
  }
  if (!engine->analyzer_) {
    engine->analyzer_ = std::make_unique<Analyzer>(AnalyzerConfig::defaults(data_dir_));
    engine->resources_ = std::make_unique<RankingResources>(RankingResources{ref_, *engine->analyzer_, model_, data_dir_});
  }
  return *engine;
}

std::size_t EnginePool::engines() const {
  std::lock_guard lock(mutex_);
  return engines_.size();
}

}  // namespace pesmatch::server
