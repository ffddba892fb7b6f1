// Lemmas from the hunspell-pl dictionary, with a cache: hunspell works in the dictionary's
// 8-bit encoding (ISO-8859-2 for Polish), so each new word costs two conversions and a lookup.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

class Hunspell;

namespace pesmatch::detail {

/// hunspell-backed lemmatizer with a per-instance cache. Not thread-safe.
class Lemmatizer {
 public:
  /// Opens the dictionary; throws Error(io) when the files are missing.
  Lemmatizer(const std::string& aff, const std::string& dic);
  ~Lemmatizer();
  Lemmatizer(Lemmatizer&&) noexcept;
  Lemmatizer& operator=(Lemmatizer&&) noexcept;

  /// Folded lemmas of a lowercase word (see Analyzer for the rule); never empty.
  const std::vector<std::string>& lemmas(const std::string& word);
  /// Whether the dictionary knows a lowercase word (as written or capitalised, for proper names).
  bool known(const std::string& word);

 private:
  std::vector<std::string> lookup(const std::string& word);
  std::vector<std::string> stems_of(const std::string& word);
  std::unique_ptr<Hunspell> hunspell_;
  std::string encoding_;
  std::unordered_map<std::string, std::vector<std::string>> cache_;
};

}  // namespace pesmatch::detail
