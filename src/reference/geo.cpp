#include "pesmatch/geo.hpp"

#include <cmath>
#include <numbers>

namespace pesmatch {

double great_circle_km(LatLon a, LatLon b) noexcept {
  constexpr double earth_radius_km = 6371.0088;  // IUGG mean radius
  constexpr double rad = std::numbers::pi / 180.0;
  const double dlat = (b.lat - a.lat) * rad;
  const double dlon = (b.lon - a.lon) * rad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * earth_radius_km * std::asin(std::min(1.0, std::sqrt(h)));
}

bool inside_poland_box(LatLon p) noexcept {
  return p.lat >= 48.5 && p.lat <= 55.2 && p.lon >= 13.8 && p.lon <= 24.5;
}

}  // namespace pesmatch
