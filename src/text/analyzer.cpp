#include "pesmatch/analyzer.hpp"

#include <functional>

#include "core/digest.hpp"
#include "core/utf8.hpp"
#include "reference/csv.hpp"
#include "text/lemmatizer.hpp"
#include "text/lexicon.hpp"
#include "text/tokenizer.hpp"

namespace pesmatch {

struct Analyzer::Impl {
  detail::Lemmatizer lemmatizer;
  detail::StopWords stop_words;
  detail::SynonymTable synonyms;
  std::string fingerprint;
  AnalyzerConfig config;  // to open a sibling's own hunspell handle

  std::vector<AnalyzedWord> words_of(std::string_view text) {
    std::vector<AnalyzedWord> out;
    for (const auto& token : detail::tokenize(text)) {
      AnalyzedWord w{detail::fold(token), lemmatizer.lemmas(token)};
      if (!stop_words.drops(w)) out.push_back(std::move(w));
    }
    return out;
  }
};

namespace {

std::string fingerprint_of(const AnalyzerConfig& c) {
  detail::Fnv1a digest;
  for (const auto& path : {c.stopwords_path, c.synonyms_path, c.hunspell_aff}) digest.update(detail::read_file(path));
  return digest.hex();
}

}  // namespace

AnalyzerConfig AnalyzerConfig::defaults(const std::string& data_dir) {
  return AnalyzerConfig{"/usr/share/hunspell/pl_PL.aff", "/usr/share/hunspell/pl_PL.dic",
                        data_dir + "/text/stopwords.txt", data_dir + "/text/synonyms.txt"};
}

Analyzer::Analyzer(const AnalyzerConfig& config)
    : impl_(std::make_unique<Impl>(Impl{detail::Lemmatizer(config.hunspell_aff, config.hunspell_dic),
                                        detail::StopWords::load(config.stopwords_path), {}, fingerprint_of(config), config})) {
  impl_->synonyms = detail::SynonymTable::load(
      config.synonyms_path, [this](const std::string& phrase) { return impl_->words_of(phrase); });
}

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Analyzer Analyzer::sibling() const {
  const auto& c = impl_->config;
  return Analyzer(std::make_unique<Impl>(Impl{detail::Lemmatizer(c.hunspell_aff, c.hunspell_dic, impl_->lemmatizer.cache()),
                                              impl_->stop_words, impl_->synonyms, impl_->fingerprint, c}));
}

Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;
Analyzer::~Analyzer() = default;

Analysis Analyzer::analyze(std::string_view text) {
  Analysis a;
  a.words = impl_->words_of(text);
  a.concepts = impl_->synonyms.find(a.words);
  return a;
}

std::vector<std::string> Analyzer::lemmas(std::string_view word) {
  return impl_->lemmatizer.lemmas(detail::lowercase(word));
}

std::size_t Analyzer::synonym_groups() const noexcept { return impl_->synonyms.groups(); }

const std::string& Analyzer::fingerprint() const noexcept { return impl_->fingerprint; }

}  // namespace pesmatch
