// eForms dates ("2019-11-15+01:00", with a time "10:00:00+02:00" beside them) as the Polish
// calendar dates a reader in Poland sees.
#pragma once

#include <string>

#include "ingest/eforms_notice.hpp"

namespace pesmatch::detail {

/// The Polish date (YYYY-MM-DD) of an eForms date: with a time and a zone, the instant's date in
/// Europe/Warsaw; without a time, the date as written. "" when the notice gives none; a value that
/// is no date is Error(invalid_input) `FILE:LINE: FIELD "VALUE": problem`.
std::string polish_date(const EformsDate& date, const std::string& path, const char* field);

}  // namespace pesmatch::detail
