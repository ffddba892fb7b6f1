#include "ingest/eforms_dates.hpp"

#include <chrono>
#include <cstdio>
#include <optional>

#include "core/polish_time.hpp"
#include "pesmatch/error.hpp"

namespace pesmatch::detail {
namespace {

std::optional<int> number(std::string_view digits) {
  int n = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return digits.empty() ? std::nullopt : std::optional<int>(n);
}

// A zone suffix ("", "Z", "+01:00", "-05:00") as minutes east of UTC; nullopt when there is none.
struct Zone {
  bool valid = true;
  std::optional<int> minutes;
};
Zone zone_of(std::string_view z) {
  if (z.empty()) return {};
  if (z == "Z") return {true, 0};
  const auto hours = z.size() == 6 && z[3] == ':' ? number(z.substr(1, 2)) : std::nullopt;
  const auto minutes = hours ? number(z.substr(4, 2)) : std::nullopt;
  if ((z[0] != '+' && z[0] != '-') || !minutes) return {false, std::nullopt};
  return {true, (z[0] == '-' ? -1 : 1) * (*hours * 60 + *minutes)};
}

}  // namespace

std::string polish_date(const EformsDate& d, const std::string& path, const char* field) {
  const std::string& text = d.date.text;
  if (text.empty()) return {};
  auto bad = [&](const std::string& value) -> std::string {
    throw_invalid(path, d.date.line, field, "expected an eForms date YYYY-MM-DD with an optional zone", value);
  };
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return bad(text);
  const std::string_view s = text;
  const auto y = number(s.substr(0, 4)), m = number(s.substr(5, 2)), day = number(s.substr(8, 2));
  if (!y || !m || !day) return bad(text);
  const std::chrono::year_month_day ymd{std::chrono::year(*y), std::chrono::month(*m), std::chrono::day(*day)};
  const auto date_zone = zone_of(std::string_view(text).substr(10));
  if (!ymd.ok() || !date_zone.valid) return bad(text);
  // A time carries the instant; its zone, else the date's, says where the clock stood.
  const std::string_view time = d.time;
  if (time.size() < 8 || time[2] != ':' || time[5] != ':') return text.substr(0, 10);
  const auto hh = number(time.substr(0, 2)), mm = number(time.substr(3, 2)), ss = number(time.substr(6, 2));
  const auto time_zone = zone_of(time.substr(8));
  const auto offset = time_zone.minutes ? time_zone.minutes : date_zone.minutes;
  if (!hh || !mm || !ss || !time_zone.valid || !offset) return text.substr(0, 10);
  const auto instant = std::chrono::sys_days(ymd) + std::chrono::hours(*hh) + std::chrono::minutes(*mm) +
                       std::chrono::seconds(*ss) - std::chrono::minutes(*offset);
  // The instant in UTC, whose Polish date the one time-zone rule of the project gives.
  const auto utc = std::chrono::floor<std::chrono::seconds>(instant);
  const std::chrono::year_month_day utc_day(std::chrono::floor<std::chrono::days>(utc));
  const std::chrono::hh_mm_ss clock(utc - std::chrono::floor<std::chrono::days>(utc));
  char iso[48];  // room for any int the compiler imagines
  std::snprintf(iso, sizeof iso, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(utc_day.year()),
                static_cast<unsigned>(utc_day.month()), static_cast<unsigned>(utc_day.day()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()));
  const auto local = polish_date_of_utc(iso);
  return local ? *local : bad(text);
}

}  // namespace pesmatch::detail
