// The calendar date in Poland (Europe/Warsaw, CET/CEST) of an instant written in UTC, as notices
// of e-Zamówienia give them: the date a Polish reader sees, which differs from the UTC date late
// in the evening. The time-zone rules come from ICU's copy of the IANA database.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pesmatch::detail {

/// The Polish date (YYYY-MM-DD) of `utc`, an ISO 8601 instant in UTC such as
/// "2026-09-15T22:16:01.0468565Z" (fractional seconds of any length, "Z" or no zone letter);
/// nullopt when `utc` is not such an instant.
std::optional<std::string> polish_date_of_utc(std::string_view utc);

}  // namespace pesmatch::detail
