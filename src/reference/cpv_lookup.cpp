// CpvLookup: the CPV picker's search. Labels are keyed once (name_key: lowercase, folded, one
// space between words) so that a keystroke costs one pass over ~9,500 short strings.
#include <algorithm>
#include <cctype>
#include <tuple>

#include "core/utf8.hpp"
#include "pesmatch/lookup.hpp"

namespace pesmatch {

struct CpvLookup::Impl {
  const CpvVocabulary* vocabulary;
  std::vector<std::string> keys;  // " " + name_key(label_pl), parallel to entries()
};

namespace {

// name_key turns "90911200-8" into "90911200 8": digits and spaces only means a typed code.
bool is_code_text(std::string_view key) {
  return std::all_of(key.begin(), key.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ' '; });
}

std::vector<std::string> split_words(const std::string& key) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < key.size()) {
    const auto end = std::min(key.find(' ', start), key.size());
    // A longer word loses its last two letters, so an inflected form finds the label's:
    // "sprzatanie" (sprzątanie) finds "sprzatania", "budynkow" finds "budynki".
    const auto len = end - start;
    if (len > 0) words.push_back(std::string(" ").append(key, start, len >= 6 ? len - 2 : len));
    start = end + 1;
  }
  return words;
}

// Ranks a hit: label starting with the text first, then shorter labels (the words make up more
// of them), then broader codes, then code order.
struct Hit {
  int starts = 1;
  std::size_t length = 0;
  int digits = 8;
  std::size_t index = 0;
  friend bool operator<(const Hit& a, const Hit& b) {
    return std::tie(a.starts, a.length, a.digits, a.index) < std::tie(b.starts, b.length, b.digits, b.index);
  }
};

}  // namespace

CpvLookup::CpvLookup(const CpvVocabulary& vocabulary) : impl_(std::make_unique<Impl>()) {
  impl_->vocabulary = &vocabulary;
  impl_->keys.reserve(vocabulary.entries().size());
  for (const auto& e : vocabulary.entries()) impl_->keys.push_back(std::string(" ").append(detail::name_key(e.label_pl)));
}
CpvLookup::CpvLookup(CpvLookup&&) noexcept = default;
CpvLookup& CpvLookup::operator=(CpvLookup&&) noexcept = default;
CpvLookup::~CpvLookup() = default;

std::vector<CpvEntry> CpvLookup::search(std::string_view text, std::size_t limit) const {
  const auto& entries = impl_->vocabulary->entries();
  std::vector<Hit> hits;
  const std::string key = detail::name_key(text);
  if (key.empty() || limit == 0) return {};
  if (is_code_text(key)) {
    std::string digits;
    for (char c : key)
      if (c != ' ') digits += c;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const std::string plain = entries[i].code.digits_str() + static_cast<char>('0' + entries[i].code.check_digit());
      if (plain.compare(0, digits.size(), digits) == 0) hits.push_back({0, 0, entries[i].code.significant_digits(), i});
    }
  } else {
    // Every typed word must begin some word of the label: " sprzat" inside " uslugi sprzatania".
    const auto words = split_words(key);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const auto& k = impl_->keys[i];
      const bool all = std::all_of(words.begin(), words.end(), [&](const std::string& w) { return k.find(w) != std::string::npos; });
      if (all) hits.push_back({k.compare(0, key.size() + 1, " " + key) == 0 ? 0 : 1, k.size(), entries[i].code.significant_digits(), i});
    }
  }
  const std::size_t n = std::min(limit, hits.size());
  std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(n), hits.end());
  std::vector<CpvEntry> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) out.push_back(entries[hits[i].index]);
  return out;
}

}  // namespace pesmatch
