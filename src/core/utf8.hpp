// UTF-8 primitives shared by ingest (validation) and text analysis (decoding, case, folding),
// on top of ICU (strict decoding, canonical decomposition) and Xapian::Unicode (case, categories):
// no code-point tables of ours beyond the Polish ł → l.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pesmatch::detail {

/// Byte offset of the first invalid UTF-8 sequence, or nullopt when `s` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s) noexcept;

/// Decodes the code point at `pos` and advances `pos`; returns U+FFFD for a bad sequence.
char32_t decode_utf8(std::string_view s, std::size_t& pos) noexcept;

/// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

/// Lowercase of a code point.
char32_t to_lower(char32_t cp) noexcept;

/// Uppercase of a code point (the inverse of to_lower on the scripts it covers).
char32_t to_upper(char32_t cp) noexcept;

/// The string with its first letter in uppercase ("kraków" → "Kraków").
std::string capitalize(std::string_view s);

/// The code point without diacritics, its base letter: the canonical decomposition (NFD) when all
/// that follows the base is non-spacing marks (ą→a, É→E), plus ł→l and Ł→L; any other code point
/// (ß, æ, ø, đ) unchanged.
char32_t fold_diacritic(char32_t cp) noexcept;

/// True for letters, decimal digits and combining marks (the characters a token is made of);
/// false for punctuation, symbols, "_" and other numbers such as "²".
bool is_word_char(char32_t cp) noexcept;

/// Lowercases a UTF-8 string.
std::string lowercase(std::string_view s);

/// Folds the diacritics of a UTF-8 string ("sprzątanie" → "sprzatanie"); combining marks of
/// decomposed input are dropped.
std::string fold(std::string_view s);

/// The key under which hand-typed names match: lowercase, diacritics folded, every run of
/// non-word characters one space, no spaces at the ends ("Jelenia-Góra " → "jelenia gora").
std::string name_key(std::string_view s);

}  // namespace pesmatch::detail
