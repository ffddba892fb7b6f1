#include "text/lemmatizer.hpp"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <mutex>

#include "core/encoding.hpp"
#include "core/utf8.hpp"
#include "pesmatch/error.hpp"

namespace pesmatch::detail {
namespace {

std::size_t common_prefix_chars(std::string_view a, std::string_view b) {
  std::size_t pa = 0, pb = 0, n = 0;
  while (pa < a.size() && pb < b.size() && decode_utf8(a, pa) == decode_utf8(b, pb)) ++n;
  return n;
}

}  // namespace

const std::vector<std::string>* LemmaCache::find(const std::string& word) const {
  const std::shared_lock lock(mutex_);
  const auto it = lemmas_.find(word);
  return it == lemmas_.end() ? nullptr : &it->second;
}

const std::vector<std::string>& LemmaCache::insert(const std::string& word, std::vector<std::string> lemmas) {
  const std::unique_lock lock(mutex_);
  return lemmas_.try_emplace(word, std::move(lemmas)).first->second;
}

Lemmatizer::Lemmatizer(const std::string& aff, const std::string& dic, std::shared_ptr<LemmaCache> cache)
    : cache_(cache ? std::move(cache) : std::make_shared<LemmaCache>()) {
  for (const auto& path : {aff, dic})
    if (!std::filesystem::exists(path))
      throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, "hunspell dictionary not found (install hunspell-pl)");
  hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  encoding_ = hunspell_->get_dic_encoding();
  if (encoding_ == "ISO8859-2") encoding_ = "ISO-8859-2";
}

Lemmatizer::~Lemmatizer() = default;
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;
Lemmatizer& Lemmatizer::operator=(Lemmatizer&&) noexcept = default;

const std::vector<std::string>& Lemmatizer::lemmas(const std::string& word) {
  if (const auto* cached = cache_->find(word)) return *cached;
  return cache_->insert(word, lookup(word));
}

bool Lemmatizer::known(const std::string& word) {
  for (const auto& form : {word, capitalize(word)}) {
    std::string encoded;
    if (convert_encoding("UTF-8", encoding_, form, encoded) && hunspell_->spell(encoded)) return true;
  }
  return false;
}

std::vector<std::string> Lemmatizer::stems_of(const std::string& word) {
  std::vector<std::string> stems;
  std::string encoded;
  if (convert_encoding("UTF-8", encoding_, word, encoded)) {
    for (const auto& s : hunspell_->stem(encoded)) {
      std::string utf8;
      if (convert_encoding(encoding_, "UTF-8", s, utf8)) stems.push_back(lowercase(utf8));
    }
  }
  return stems;
}

std::vector<std::string> Lemmatizer::lookup(const std::string& word) {
  // Proper names are capitalised in the dictionary: "niepołomicach" is found as "Niepołomicach".
  std::vector<std::string> stems = stems_of(word);
  if (stems.empty()) stems = stems_of(capitalize(word));
  std::vector<std::string> kept;
  for (const auto& s : stems)
    if (common_prefix_chars(s, word) >= 2) kept.push_back(s);
  if (kept.empty()) kept = std::move(stems);
  if (kept.empty()) kept.push_back(word);
  for (auto& s : kept) s = fold(s);
  std::sort(kept.begin(), kept.end());
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  if (kept.size() > 3) kept.resize(3);
  return kept;
}

}  // namespace pesmatch::detail
