// Lemmas from the hunspell-pl dictionary, with a cache: hunspell works in the dictionary's
// 8-bit encoding (ISO-8859-2 for Polish), so each new word costs two conversions and a lookup.
// The cache may be shared by lemmatizers on several threads, so that a word is looked up once.
#pragma once

#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

class Hunspell;

namespace pesmatch::detail {

/// Lemmas by word, read by many threads and written once per new word. Thread-safe. Entries are
/// never removed, so a reference to one stays valid as long as the cache lives.
class LemmaCache {
 public:
  /// The cached lemmas of `word`, or nullptr.
  const std::vector<std::string>* find(const std::string& word) const;
  /// Caches `lemmas` for `word` unless another thread did first; returns the cached entry.
  const std::vector<std::string>& insert(const std::string& word, std::vector<std::string> lemmas);

 private:
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, std::vector<std::string>> lemmas_;
};

/// hunspell-backed lemmatizer. One instance is not thread-safe (hunspell is not); instances on
/// several threads may share one LemmaCache.
class Lemmatizer {
 public:
  /// Opens the dictionary, with `cache` (a fresh one when null); throws Error(io) when the files
  /// are missing.
  Lemmatizer(const std::string& aff, const std::string& dic, std::shared_ptr<LemmaCache> cache = nullptr);
  ~Lemmatizer();
  Lemmatizer(Lemmatizer&&) noexcept;
  Lemmatizer& operator=(Lemmatizer&&) noexcept;

  /// Folded lemmas of a lowercase word (see Analyzer for the rule); never empty.
  const std::vector<std::string>& lemmas(const std::string& word);
  /// The cache this lemmatizer fills, to share with another.
  [[nodiscard]] const std::shared_ptr<LemmaCache>& cache() const noexcept { return cache_; }
  /// Whether the dictionary knows a lowercase word (as written or capitalised, for proper names).
  bool known(const std::string& word);

 private:
  std::vector<std::string> lookup(const std::string& word);
  std::vector<std::string> stems_of(const std::string& word);
  std::unique_ptr<Hunspell> hunspell_;
  std::string encoding_;
  std::shared_ptr<LemmaCache> cache_;
};

}  // namespace pesmatch::detail
