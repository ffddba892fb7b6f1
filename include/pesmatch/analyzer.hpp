// The one Polish text analyzer, used for documents and queries alike: tokenizing, lowercasing,
// lemmas from the hunspell-pl dictionary, diacritic folding, stop words and domain synonyms.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pesmatch {

/// One analysed word. Terms are lowercase and diacritic-folded ("sprzątania" → "sprzatac").
struct AnalyzedWord {
  std::string surface;              ///< folded surface form ("sprzatania")
  std::vector<std::string> lemmas;  ///< folded lemmas; the surface itself when the word is unknown
};

/// The analysis of one text.
struct Analysis {
  std::vector<AnalyzedWord> words;    ///< content words in order, stop words removed
  std::vector<std::string> concepts;  ///< synonym groups found, by canonical name ("sprzatanie")
};

/// Where the analyzer's resources are.
struct AnalyzerConfig {
  std::string hunspell_aff;    ///< e.g. /usr/share/hunspell/pl_PL.aff
  std::string hunspell_dic;    ///< e.g. /usr/share/hunspell/pl_PL.dic
  std::string stopwords_path;  ///< one word per line, `#` comments
  std::string synonyms_path;   ///< one group per line, members separated by `|`

  /// The bundled resources: the Debian hunspell-pl dictionary and `data_dir/text/*.txt`.
  static AnalyzerConfig defaults(const std::string& data_dir);
};

/// Polish analyzer. One instance is not thread-safe (hunspell is not): use one per thread, made
/// with sibling() so that they share one lemma cache and a word is looked up once.
///
/// Lemma rule: hunspell's stems of the lowercased word. When it gives several, only those sharing
/// the word's first two letters are kept (so "niepełnosprawnych" keeps "niepełnosprawny" and drops
/// "pełnosprawny"), unless none does; all kept lemmas are indexed at the word's position and a
/// query groups them as one term. A word hunspell does not know is its own lemma.
class Analyzer {
 public:
  /// Loads the dictionary, stop words and synonyms; throws Error naming a missing or bad file.
  explicit Analyzer(const AnalyzerConfig& config);
  /// Movable, not copyable (the state is held behind one pointer).
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;
  ~Analyzer();
  /// Another analyzer over the same resources, with its own hunspell handle and this one's lemma
  /// cache (thread-safe): it may run on another thread beside this one, and analyses the same.
  [[nodiscard]] Analyzer sibling() const;

  /// Analyses a text.
  [[nodiscard]] Analysis analyze(std::string_view text);
  /// The folded lemmas of one word (lowercased first).
  [[nodiscard]] std::vector<std::string> lemmas(std::string_view word);
  /// Number of synonym groups loaded.
  [[nodiscard]] std::size_t synonym_groups() const noexcept;
  /// A fingerprint of the resources (dictionary, stop words, synonyms), stored in the index so a
  /// query is analysed the way the documents were.
  [[nodiscard]] const std::string& fingerprint() const noexcept;

 private:
  struct Impl;
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace pesmatch
