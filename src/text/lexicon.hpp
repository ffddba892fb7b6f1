// The analyzer's word lists from data/text: stop words, and synonym groups whose members may be
// phrases ("utrzymanie czystości"). Members are stored as sequences of lemma sets so that any
// inflected form of the phrase matches.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pesmatch/analyzer.hpp"

namespace pesmatch::detail {

/// Folded stop words; a word is dropped when its surface or any of its lemmas is listed.
class StopWords {
 public:
  /// Reads one word per line; `#` starts a comment.
  static StopWords load(const std::string& path);
  /// True when the word should be dropped.
  bool drops(const AnalyzedWord& w) const;
  /// True when a folded word is listed.
  bool contains(const std::string& folded) const { return words_.count(folded) > 0; }

 private:
  std::unordered_set<std::string> words_;
};

/// Synonym groups; finds their members in analysed word sequences.
class SynonymTable {
 public:
  /// Turns a member phrase into analysed words (the analyzer without synonyms).
  using PhraseAnalyzer = std::function<std::vector<AnalyzedWord>(const std::string&)>;

  /// Reads `a | b c | d` lines; the first member names the group. A word may appear in one group
  /// only; a second use is reported with file and line.
  static SynonymTable load(const std::string& path, const PhraseAnalyzer& analyze);

  /// Canonical names of the groups whose members occur in `words`, in order of first occurrence.
  std::vector<std::string> find(const std::vector<AnalyzedWord>& words) const;
  /// Number of groups.
  std::size_t groups() const noexcept { return group_names_.size(); }

 private:
  struct Phrase {
    std::vector<std::vector<std::string>> lemma_sets;
    std::size_t group;
  };
  std::vector<std::string> group_names_;
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_lemma_;
};

}  // namespace pesmatch::detail
