#include "synth/grammar.hpp"

#include <array>

namespace pesmatch::synth {
namespace {

// Polish letters outside ASCII: UTF-8 lower case, UTF-8 upper case, ASCII base letter.
struct PolishLetter {
  std::string_view lower, upper;
  char base_lower, base_upper;
};
constexpr std::array<PolishLetter, 9> kPolish{{
    {"ą", "Ą", 'a', 'A'}, {"ć", "Ć", 'c', 'C'}, {"ę", "Ę", 'e', 'E'},
    {"ł", "Ł", 'l', 'L'}, {"ń", "Ń", 'n', 'N'}, {"ó", "Ó", 'o', 'O'},
    {"ś", "Ś", 's', 'S'}, {"ź", "Ź", 'z', 'Z'}, {"ż", "Ż", 'z', 'Z'},
}};

}  // namespace

void capitalize_at(std::string& text, std::size_t pos) {
  if (pos >= text.size()) return;
  const char c = text[pos];
  if (c >= 'a' && c <= 'z') {
    text[pos] = static_cast<char>(c - 'a' + 'A');
    return;
  }
  for (const auto& l : kPolish)
    if (text.compare(pos, l.lower.size(), l.lower) == 0) {
      text.replace(pos, l.lower.size(), l.upper);
      return;
    }
}

void fold_diacritics(std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      out += text[i++];
      continue;
    }
    bool done = false;
    for (const auto& l : kPolish) {
      if (text.compare(i, l.lower.size(), l.lower) == 0) { out += l.base_lower; i += l.lower.size(); done = true; break; }
      if (text.compare(i, l.upper.size(), l.upper) == 0) { out += l.base_upper; i += l.upper.size(); done = true; break; }
    }
    if (done) continue;
    if (text.compare(i, 3, "„") == 0 || text.compare(i, 3, "”") == 0) { out += '"'; i += 3; continue; }
    if (text.compare(i, 3, "–") == 0) { out += '-'; i += 3; continue; }
    if (text.compare(i, 2, "²") == 0) { out += '2'; i += 2; continue; }
    // Any other character is copied whole (lead byte and continuation bytes).
    out += text[i++];
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) out += text[i++];
  }
  text = std::move(out);
}

std::string slug(std::string_view text, std::size_t max_len) {
  std::string folded(text);
  fold_diacritics(folded);
  std::string out;
  for (char c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    if (out.size() >= max_len) break;
  }
  return out.empty() ? std::string("pes") : out;
}

std::string_view plural(long n, std::string_view one, std::string_view few, std::string_view many) {
  if (n == 1) return one;
  const long tens = n % 100, units = n % 10;
  if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return few;
  return many;
}

void append_thousands(std::string& out, long n) {
  const auto digits = std::to_string(n);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0 && n >= 1000) out += ' ';
    out += digits[i];
  }
}

void tidy_period(std::string& text) {
  if (text.size() >= 2 && text.ends_with("..")) text.pop_back();
}

void append_list(std::string& out, const std::vector<std::string>& items, Rng& rng) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i + 1 < items.size() || i == 0) {
      if (i > 0) out += ", ";
    } else {
      // "mycie okien i przeszkleń i usługi porządkowe" reads badly: "oraz" when an item has its own "i".
      const bool has_i = items[i].find(" i ") != std::string::npos || items[i - 1].find(" i ") != std::string::npos;
      out += has_i || rng.chance(300) ? " oraz " : " i ";
    }
    out += items[i];
  }
}

}  // namespace pesmatch::synth
