#include "text/lexicon.hpp"

#include <algorithm>
#include <sstream>

#include "core/utf8.hpp"
#include "pesmatch/error.hpp"
#include "reference/csv.hpp"

namespace pesmatch::detail {
namespace {

// Calls `on_line(line_no, text)` for each non-comment, non-blank line.
template <typename F>
void for_each_entry(const std::string& path, F on_line) {
  std::istringstream in(read_file(path));
  std::size_t line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    const auto text = trim(line);
    if (!text.empty()) on_line(line_no, std::string(text));
  }
}

bool sets_intersect(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

std::string canonical_name(const std::string& member) {
  std::string name = fold(lowercase(member));
  std::replace(name.begin(), name.end(), ' ', '_');
  return name;
}

}  // namespace

StopWords StopWords::load(const std::string& path) {
  StopWords sw;
  for_each_entry(path, [&](std::size_t, const std::string& word) { sw.words_.insert(fold(lowercase(word))); });
  return sw;
}

bool StopWords::drops(const AnalyzedWord& w) const {
  if (contains(w.surface)) return true;
  return std::any_of(w.lemmas.begin(), w.lemmas.end(), [&](const std::string& l) { return contains(l); });
}

SynonymTable SynonymTable::load(const std::string& path, const PhraseAnalyzer& analyze) {
  SynonymTable table;
  std::unordered_map<std::string, std::size_t> member_line;
  for_each_entry(path, [&](std::size_t line, const std::string& text) {
    const std::size_t group = table.group_names_.size();
    std::istringstream members(text);
    bool first = true;
    for (std::string member; std::getline(members, member, '|');) {
      const std::string m(trim(member));
      if (m.empty()) continue;
      if (first) table.group_names_.push_back(canonical_name(m));
      first = false;
      const std::string key = fold(lowercase(m));
      if (auto [it, fresh] = member_line.emplace(key, line); !fresh)
        throw Error(ErrorCode::invalid_input, ErrorLocation{path, line, "member", m},
                    "already in the group on line " + std::to_string(it->second));
      Phrase phrase{{}, group};
      // A member also matches its own folded spelling: a text written without diacritics
      // ("sprzatanie biur") leaves hunspell with unknown words, which stand for themselves.
      for (auto& w : analyze(m)) {
        if (std::find(w.lemmas.begin(), w.lemmas.end(), w.surface) == w.lemmas.end()) w.lemmas.push_back(w.surface);
        phrase.lemma_sets.push_back(std::move(w.lemmas));
      }
      if (phrase.lemma_sets.empty()) continue;  // a member made only of stop words
      for (const auto& lemma : phrase.lemma_sets.front()) table.by_first_lemma_[lemma].push_back(table.phrases_.size());
      table.phrases_.push_back(std::move(phrase));
    }
  });
  return table;
}

std::vector<std::string> SynonymTable::find(const std::vector<AnalyzedWord>& words) const {
  std::vector<std::string> found;
  std::vector<bool> seen(group_names_.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const auto& lemma : words[i].lemmas) {
      auto it = by_first_lemma_.find(lemma);
      if (it == by_first_lemma_.end()) continue;
      for (std::size_t p : it->second) {
        const Phrase& phrase = phrases_[p];
        if (seen[phrase.group] || i + phrase.lemma_sets.size() > words.size()) continue;
        bool match = true;
        for (std::size_t j = 1; j < phrase.lemma_sets.size() && match; ++j)
          match = sets_intersect(phrase.lemma_sets[j], words[i + j].lemmas);
        if (match) {
          seen[phrase.group] = true;
          found.push_back(group_names_[phrase.group]);
        }
      }
    }
  }
  return found;
}

}  // namespace pesmatch::detail
