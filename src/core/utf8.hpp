// UTF-8 primitives shared by ingest (validation) and text analysis (decoding, case, folding).
// Only the scripts Polish text meets need case mapping: Latin-1, Latin Extended-A, basic Greek
// and Cyrillic; other code points pass through unchanged.
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

/// The code point without diacritics (ą→a, ł→l, ß→ss is left alone): its base letter.
char32_t fold_diacritic(char32_t cp) noexcept;

/// True for letters and digits (the characters a token is made of).
bool is_word_char(char32_t cp) noexcept;

/// Lowercases a UTF-8 string.
std::string lowercase(std::string_view s);

/// Folds the diacritics of a UTF-8 string ("sprzątanie" → "sprzatanie").
std::string fold(std::string_view s);

/// The key under which hand-typed names match: lowercase, diacritics folded, every run of
/// non-word characters one space, no spaces at the ends ("Jelenia-Góra " → "jelenia gora").
std::string name_key(std::string_view s);

}  // namespace pesmatch::detail
