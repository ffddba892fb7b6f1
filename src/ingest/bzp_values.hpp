// Values of BZP notices in their written forms: CPV lists ("CODE (label),CODE (label)" and
// "CODE - label" paragraphs), amounts with a decimal comma ("31 740,15 PLN"), and the place of a
// party given as a town and an `organizationProvince` ("PL12" = PL + the województwo's TERYT code).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/teryt.hpp"

namespace pesmatch::detail {

/// The CPV codes ("35110000-8") written in `text`, in order: a code at the start or after a
/// comma. Labels may contain commas; a label would have to hold ",DDDDDDDD-D" to be misread.
std::vector<std::string> cpv_codes_in(std::string_view text);

/// The code at the start of an HTML CPV paragraph "35113400-3 - Odzież…", or "".
std::string leading_cpv_code(std::string_view text);

/// The amount in "25805,00 PLN", "30 000,00 zł" or "31740.15"; nullopt when the text does not
/// start with a number.
std::optional<double> polish_amount(std::string_view text);

/// Where a party sits: its gmina, or its województwo when the town is no gmina seat or is
/// ambiguous within it, with the reason in `note`.
struct PartyPlace {
  std::optional<TerytCode> teryt;  ///< gmina, else województwo, else nothing
  std::string note;                ///< why the gmina was not found ("" when it was)
};

/// Resolves `town` (Territory::resolve_place) within the województwo named by `province`
/// ("PL12"); a province that is not PL + a województwo's code is ignored.
PartyPlace party_place(std::string_view town, std::string_view province, const Territory& territory);

}  // namespace pesmatch::detail
