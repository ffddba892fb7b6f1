// Points on the WGS84 ellipsoid and the great-circle distance between them; enough precision for
// "how far is this PES from the place of performance" at powiat-centroid resolution.
#pragma once

namespace pesmatch {

/// A point in WGS84 degrees.
struct LatLon {
  double lat = 0.0;  ///< latitude, degrees north
  double lon = 0.0;  ///< longitude, degrees east
  friend bool operator==(const LatLon&, const LatLon&) = default;
};

/// Great-circle (haversine) distance in kilometres on a sphere of the mean Earth radius.
[[nodiscard]] double great_circle_km(LatLon a, LatLon b) noexcept;

/// True when the point lies in a box generously enclosing Poland (used to validate input).
[[nodiscard]] bool inside_poland_box(LatLon p) noexcept;

}  // namespace pesmatch
