#include "core/utf8.hpp"

namespace pesmatch::detail {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one sequence strictly (no overlongs, no surrogates); returns its length or 0.
std::size_t sequence(std::string_view s, std::size_t pos, char32_t& cp) noexcept {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) len = 2, cp = b0 & 0x1F, min = 0x80;
  else if ((b0 & 0xF0) == 0xE0) len = 3, cp = b0 & 0x0F, min = 0x800;
  else if ((b0 & 0xF8) == 0xF0) len = 4, cp = b0 & 0x07, min = 0x10000;
  else return 0;
  if (pos + len > s.size()) return 0;
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view s) noexcept {
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t cp;
    const std::size_t len = sequence(s, pos, cp);
    if (len == 0) return pos;
    pos += len;
  }
  return std::nullopt;
}

char32_t decode_utf8(std::string_view s, std::size_t& pos) noexcept {
  char32_t cp = kReplacement;
  const std::size_t len = sequence(s, pos, cp);
  pos += len == 0 ? 1 : len;
  return len == 0 ? kReplacement : cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t to_lower(char32_t cp) noexcept {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp < 0xC0) return cp;
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) return cp + 32;
  // Latin Extended-A pairs upper/lower on even/odd code points, with two shifted ranges.
  if (cp >= 0x100 && cp <= 0x137) return cp | 1;
  if (cp >= 0x139 && cp <= 0x148) return (cp & 1) ? cp + 1 : cp;
  if (cp >= 0x14A && cp <= 0x177) return cp | 1;
  if (cp == 0x178) return 0xFF;
  if (cp >= 0x179 && cp <= 0x17E) return (cp & 1) ? cp + 1 : cp;
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;  // Greek
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                 // Cyrillic
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

char32_t to_upper(char32_t cp) noexcept {
  if (cp >= 'a' && cp <= 'z') return cp - 32;
  if (cp < 0xE0) return cp;
  if (cp <= 0xFE && cp != 0xF7) return cp - 32;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp & ~char32_t{1};
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) ? cp : cp - 1;
  if (cp >= 0x3B1 && cp <= 0x3CB && cp != 0x3C2) return cp - 32;
  if (cp >= 0x430 && cp <= 0x44F) return cp - 32;
  if (cp >= 0x450 && cp <= 0x45F) return cp - 80;
  return cp;
}

std::string capitalize(std::string_view s) {
  if (s.empty()) return {};
  std::size_t pos = 0;
  std::string out;
  append_utf8(out, to_upper(decode_utf8(s, pos)));
  out.append(s.substr(pos));
  return out;
}

char32_t fold_diacritic(char32_t cp) noexcept {
  if (cp < 0xC0) return cp;
  switch (cp) {
    case 0x105: case 0x104: return cp == 0x105 ? 'a' : 'A';  // ą
    case 0x107: case 0x106: return cp == 0x107 ? 'c' : 'C';  // ć
    case 0x119: case 0x118: return cp == 0x119 ? 'e' : 'E';  // ę
    case 0x142: case 0x141: return cp == 0x142 ? 'l' : 'L';  // ł
    case 0x144: case 0x143: return cp == 0x144 ? 'n' : 'N';  // ń
    case 0xF3: case 0xD3: return cp == 0xF3 ? 'o' : 'O';     // ó
    case 0x15B: case 0x15A: return cp == 0x15B ? 's' : 'S';  // ś
    case 0x17A: case 0x179: return cp == 0x17A ? 'z' : 'Z';  // ź
    case 0x17C: case 0x17B: return cp == 0x17C ? 'z' : 'Z';  // ż
    default: break;
  }
  // Other Latin-1 letters with diacritics (German, Czech, French names in notices).
  static constexpr char latin1[] = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char base = latin1[cp - 0xC0];
    return (base == '*' || base == '/' || base == 'T' || base == 't' || base == 's') ? cp : static_cast<char32_t>(base);
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    static constexpr char exta[] =
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    return static_cast<char32_t>(exta[cp - 0x100]);
  }
  return cp;
}

bool is_word_char(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp == 0xD7 || cp == 0xF7) return false;
  return (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x4FF);
}

std::string lowercase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) append_utf8(out, to_lower(decode_utf8(s, pos)));
  return out;
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) append_utf8(out, fold_diacritic(decode_utf8(s, pos)));
  return out;
}

std::string name_key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool gap = false;
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t cp = decode_utf8(s, pos);
    if (!is_word_char(cp)) {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    append_utf8(out, fold_diacritic(to_lower(cp)));
  }
  return out;
}

}  // namespace pesmatch::detail
