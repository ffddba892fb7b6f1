// Minimal HTML building for the printable reports: escaping and number formatting in Polish style.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace pesmatch::detail {

/// Escapes text for HTML element content and attribute values.
inline std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

/// An amount in złoty with thin-space thousands, e.g. "1 150 000 zł".
inline std::string zloty(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", v);
  std::string digits = buf, out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += "\u202f";
    out += digits[i];
  }
  return out + " zł";
}

/// A number with `decimals` places.
inline std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

}  // namespace pesmatch::detail
