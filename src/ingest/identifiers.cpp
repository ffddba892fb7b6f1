#include "ingest/identifiers.hpp"

#include <array>
#include <span>

namespace pesmatch::detail {
namespace {

// Weighted sum mod 11 over the leading digits; the last digit is the check digit (10 → 0 when
// `ten_is_zero`, otherwise 10 makes the number invalid).
bool weighted_check(const std::string& d, std::span<const int> weights, bool ten_is_zero) {
  int sum = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) sum += (d[i] - '0') * weights[i];
  int check = sum % 11;
  if (check == 10) {
    if (!ten_is_zero) return false;
    check = 0;
  }
  return check == d.back() - '0';
}

}  // namespace

std::string digits_only(std::string_view s, bool allow_dashes) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d += c;
    else if (!(allow_dashes && (c == '-' || c == ' '))) return {};
  }
  return d;
}

std::string nip_problem(std::string_view nip) {
  static constexpr std::array<int, 9> w{6, 5, 7, 2, 3, 4, 5, 6, 7};
  const auto d = digits_only(nip, true);
  if (d.size() != 10) return "NIP must have 10 digits";
  return weighted_check(d, w, false) ? "" : "bad NIP checksum";
}

std::string regon_problem(std::string_view regon) {
  static constexpr std::array<int, 8> w9{8, 9, 2, 3, 4, 5, 6, 7};
  static constexpr std::array<int, 13> w14{2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};
  const auto d = digits_only(regon, false);
  if (d.size() == 9) return weighted_check(d, w9, true) ? "" : "bad REGON checksum";
  if (d.size() == 14) return weighted_check(d, w14, true) ? "" : "bad REGON checksum";
  return "REGON must have 9 or 14 digits";
}

std::string krs_problem(std::string_view krs) {
  return digits_only(krs, false).size() == 10 ? "" : "KRS number must have 10 digits";
}

}  // namespace pesmatch::detail
