#include "core/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <xapian.h>

#include <algorithm>
#include <cstdint>

// Decoding and validation are ICU's (U8_NEXT: strict, no overlongs, no surrogates); case mapping
// and character categories are Xapian's (Xapian::Unicode, the tables the index's own term
// generator uses); the base letter of an accented one is ICU's canonical decomposition (NFD).
namespace pesmatch::detail {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Polish ł/Ł is a letter of its own in Unicode (the stroke is not a combining mark), so NFD keeps
// it; Polish users type "l" for it as they type "a" for "ą", so it folds like the accented letters.
// The one pair of folding data neither ICU nor Xapian provides.
constexpr char32_t kSmallLWithStroke = 0x142;
constexpr char32_t kCapitalLWithStroke = 0x141;

// Decodes the code point at `pos` (ICU's strict decoder); negative for an ill-formed sequence.
UChar32 next_code_point(std::string_view s, std::size_t& pos) noexcept {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  std::int64_t i = static_cast<std::int64_t>(pos);
  const auto length = static_cast<std::int64_t>(s.size());
  UChar32 cp;
  U8_NEXT(bytes, i, length, cp);
  pos = static_cast<std::size_t>(i);
  return cp;
}

const UNormalizer2* nfd() noexcept {
  static const UNormalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* n = unorm2_getNFDInstance(&status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

bool is_nonspacing_mark(char32_t cp) noexcept {
  return Xapian::Unicode::get_category(cp) == Xapian::Unicode::NON_SPACING_MARK;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view s) noexcept {
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t start = pos;
    if (next_code_point(s, pos) < 0) return start;
  }
  return std::nullopt;
}

char32_t decode_utf8(std::string_view s, std::size_t& pos) noexcept {
  const UChar32 cp = next_code_point(s, pos);
  return cp < 0 ? kReplacement : static_cast<char32_t>(cp);
}

void append_utf8(std::string& out, char32_t cp) { Xapian::Unicode::append_utf8(out, cp); }

// ASCII, most of the text, skips the Unicode lookup.
char32_t to_lower(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + ('a' - 'A') : cp;
  return Xapian::Unicode::tolower(cp);
}

char32_t to_upper(char32_t cp) noexcept { return Xapian::Unicode::toupper(cp); }

std::string capitalize(std::string_view s) {
  if (s.empty()) return {};
  std::size_t pos = 0;
  std::string out;
  append_utf8(out, to_upper(decode_utf8(s, pos)));
  out.append(s.substr(pos));
  return out;
}

char32_t fold_diacritic(char32_t cp) noexcept {
  if (cp < 0x80) return cp;
  if (cp == kSmallLWithStroke) return 'l';
  if (cp == kCapitalLWithStroke) return 'L';
  UChar decomposition[8];
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* n = nfd();
  const int32_t length = n ? unorm2_getDecomposition(n, static_cast<UChar32>(cp), decomposition, 8, &status) : -1;
  if (length <= 0 || U_FAILURE(status)) return cp;
  // The base letter, when everything after it is a non-spacing mark (ą = a + ogonek, ǘ = u + ¨ + ´).
  int32_t i = 0;
  UChar32 base;
  U16_NEXT(decomposition, i, length, base);
  while (i < length) {
    UChar32 mark;
    U16_NEXT(decomposition, i, length, mark);
    if (!is_nonspacing_mark(static_cast<char32_t>(mark))) return cp;
  }
  return static_cast<char32_t>(base);
}

bool is_word_char(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  using namespace Xapian::Unicode;
  switch (get_category(cp)) {
    case UPPERCASE_LETTER: case LOWERCASE_LETTER: case TITLECASE_LETTER: case MODIFIER_LETTER:
    case OTHER_LETTER: case DECIMAL_DIGIT_NUMBER: case NON_SPACING_MARK: case COMBINING_SPACING_MARK:
      return true;
    default:
      return false;
  }
}

std::string lowercase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) append_utf8(out, to_lower(decode_utf8(s, pos)));
  return out;
}

std::string fold(std::string_view s) {
  // Most tokens are ASCII already; they are returned as they are, without decoding.
  const auto first_non_ascii = std::find_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  std::string out(s.begin(), first_non_ascii);
  out.reserve(s.size());
  for (std::size_t pos = out.size(); pos < s.size();) {
    const char32_t cp = decode_utf8(s, pos);
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (!is_nonspacing_mark(cp)) append_utf8(out, fold_diacritic(cp));  // decomposed input: drop the mark
  }
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
    if (!is_nonspacing_mark(cp)) append_utf8(out, fold_diacritic(to_lower(cp)));
  }
  return out;
}

}  // namespace pesmatch::detail
