#include "ingest/eforms_dates.hpp"

#include <chrono>
#include <cstdio>
#include <optional>

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

// Poland keeps CET (UTC+1) and, from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
// last Sunday of October, CEST (UTC+2): the EU rule of Directive 2000/84/EC, in force since 1996.
std::chrono::sys_seconds last_sunday_1am(std::chrono::year y, std::chrono::month m) {
  using namespace std::chrono;
  return sys_days(year_month_weekday_last(y, m, weekday_last(Sunday))) + hours(1);
}

std::chrono::year_month_day polish_date_of(std::chrono::sys_seconds instant) {
  using namespace std::chrono;
  const year y = year_month_day(floor<days>(instant)).year();
  const bool summer = instant >= last_sunday_1am(y, March) && instant < last_sunday_1am(y, October);
  return year_month_day(floor<days>(instant + hours(summer ? 2 : 1)));
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
  const auto local = polish_date_of(std::chrono::floor<std::chrono::seconds>(instant));
  char out[32];  // room for any int the compiler imagines
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(local.year()), static_cast<unsigned>(local.month()),
                static_cast<unsigned>(local.day()));
  return out;
}

}  // namespace pesmatch::detail
