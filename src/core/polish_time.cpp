#include "core/polish_time.hpp"

#include <unicode/ucal.h>

#include <chrono>
#include <string>
#include <memory>

namespace pesmatch::detail {
namespace {

struct CalendarCloser {
  void operator()(UCalendar* c) const noexcept { ucal_close(c); }
};

bool digits(std::string_view s, std::size_t from, std::size_t n, int& out) {
  out = 0;
  for (std::size_t i = from; i < from + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// Milliseconds since the epoch of "YYYY-MM-DDTHH:MM:SS[.fff…][Z]"; fractions are dropped.
std::optional<std::chrono::milliseconds> epoch_of(std::string_view s) {
  int y, mo, d, h, mi, sec;
  if (s.size() < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':' ||
      !digits(s, 0, 4, y) || !digits(s, 5, 2, mo) || !digits(s, 8, 2, d) || !digits(s, 11, 2, h) ||
      !digits(s, 14, 2, mi) || !digits(s, 17, 2, sec) || h > 23 || mi > 59 || sec > 60)
    return std::nullopt;
  std::size_t rest = 19;
  if (rest < s.size() && s[rest] == '.')
    for (++rest; rest < s.size() && s[rest] >= '0' && s[rest] <= '9';) ++rest;
  if (rest < s.size() && s[rest] == 'Z') ++rest;
  if (rest != s.size()) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(mo)),
                                         std::chrono::day(static_cast<unsigned>(d))};
  if (!date.ok()) return std::nullopt;
  const auto time = std::chrono::sys_days(date).time_since_epoch() + std::chrono::hours(h) +
                    std::chrono::minutes(mi) + std::chrono::seconds(sec);
  return std::chrono::duration_cast<std::chrono::milliseconds>(time);
}

// Europe/Warsaw's offset from UTC at `instant` (one hour, two in summer).
std::optional<std::chrono::milliseconds> warsaw_offset(std::chrono::milliseconds instant) {
  static constexpr UChar kZone[] = u"Europe/Warsaw";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCalendar, CalendarCloser> cal(ucal_open(kZone, -1, "pl_PL", UCAL_GREGORIAN, &status));
  if (U_FAILURE(status)) return std::nullopt;
  ucal_setMillis(cal.get(), static_cast<UDate>(instant.count()), &status);
  const int offset = ucal_get(cal.get(), UCAL_ZONE_OFFSET, &status) + ucal_get(cal.get(), UCAL_DST_OFFSET, &status);
  if (U_FAILURE(status)) return std::nullopt;
  return std::chrono::milliseconds(offset);
}

}  // namespace

std::optional<std::string> polish_date_of_utc(std::string_view utc) {
  const auto instant = epoch_of(utc);
  if (!instant) return std::nullopt;
  const auto offset = warsaw_offset(*instant);
  if (!offset) return std::nullopt;
  const std::chrono::sys_time<std::chrono::milliseconds> local{*instant + *offset};
  const std::chrono::year_month_day date{std::chrono::floor<std::chrono::days>(local)};
  std::string out = "0000-00-00";
  const auto put = [&out](std::size_t at, unsigned value, std::size_t width) {
    for (std::size_t i = width; i-- > 0; value /= 10) out[at + i] = static_cast<char>('0' + value % 10);
  };
  put(0, static_cast<unsigned>(static_cast<int>(date.year())), 4);
  put(5, static_cast<unsigned>(date.month()), 2);
  put(8, static_cast<unsigned>(date.day()), 2);
  return out;
}

}  // namespace pesmatch::detail
