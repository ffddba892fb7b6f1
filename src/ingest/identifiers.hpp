// Checksums of Polish registry identifiers (NIP, REGON) and the KRS number's shape.
#pragma once

#include <string>
#include <string_view>

namespace pesmatch::detail {

/// The digits of an identifier as typed ("894-318-20-71"), with dashes and spaces between them
/// when `allow_dashes`; "" when anything else is in it.
std::string digits_only(std::string_view s, bool allow_dashes);
/// "" when valid, else the problem. NIP: 10 digits (dashes allowed), weights 6,5,7,2,3,4,5,6,7 mod 11.
std::string nip_problem(std::string_view nip);
/// "" when valid, else the problem. REGON: 9 or 14 digits with their weighted mod-11 check.
std::string regon_problem(std::string_view regon);
/// "" when valid, else the problem. KRS: 10 digits.
std::string krs_problem(std::string_view krs);

}  // namespace pesmatch::detail
