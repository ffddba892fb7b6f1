#include <algorithm>

#include "pesmatch/teryt.hpp"

namespace pesmatch {

Parsed<TerytCode> TerytCode::parse(std::string_view text) {
  if (text.empty()) return Parsed<TerytCode>::fail("empty TERYT code");
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return Parsed<TerytCode>::fail("TERYT code must be digits only");
  if (text.size() != 2 && text.size() != 4 && text.size() != 7)
    return Parsed<TerytCode>::fail("TERYT code must have 2, 4 or 7 digits");
  if (text.size() == 7) {
    // The 7th digit is the gmina type (1 urban, 2 rural, 3 urban-rural, 4/5 parts, 8/9 Warsaw).
    const char type = text[6];
    if (type == '0' || type == '6' || type == '7')
      return Parsed<TerytCode>::fail("unknown gmina type digit");
  }
  return Parsed<TerytCode>::ok(TerytCode(std::string(text)));
}

}  // namespace pesmatch
