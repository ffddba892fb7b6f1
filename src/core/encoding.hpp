// Character-set conversion through iconv, shared by the hunspell lemmatizer (ISO-8859-2
// dictionaries) and the spreadsheet importer (Windows-1250 exports of Polish Excel).
#pragma once

#include <string>

namespace pesmatch::detail {

/// Converts `in` from encoding `from` to `to` (iconv names, e.g. "CP1250", "UTF-8") into `out`;
/// returns false when a byte sequence has no mapping or iconv does not know an encoding.
bool convert_encoding(const std::string& from, const std::string& to, const std::string& in, std::string& out);

}  // namespace pesmatch::detail
