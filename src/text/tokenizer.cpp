#include "text/tokenizer.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace pesmatch::detail {

std::vector<std::string> tokenize(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  std::size_t letters = 0;
  bool has_alpha = false;
  auto flush = [&] {
    if (letters >= 2 && has_alpha) words.push_back(std::move(word));
    word.clear();
    letters = 0;
    has_alpha = false;
  };
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = decode_utf8(text, pos);
    if (!is_word_char(cp)) {
      flush();
      continue;
    }
    if (word.size() >= kMaxWordBytes) continue;
    append_utf8(word, to_lower(cp));
    ++letters;
    has_alpha = has_alpha || !(cp >= '0' && cp <= '9');
  }
  flush();
  return words;
}

}  // namespace pesmatch::detail
