// Polish NUTS codes → TERC units, from the tables in data/reference: nuts2_teryt.csv (one
// województwo per NUTS 2 region) and nuts3_teryt.csv (the powiaty of each NUTS 3 region). Notices
// (TED, eForms) name places by NUTS; the contract wants TERYT.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pesmatch/teryt.hpp"

namespace pesmatch::detail {

/// The TERC units that make up each Polish NUTS region of a table.
class NutsAreas {
 public:
  /// From a NUTS 2 table (`nuts2,teryt`, `#` comment lines): a longer code (NUTS 3) gets the
  /// województwo of its NUTS 2 prefix.
  static NutsAreas from_nuts2(const std::string& path, const Territory& territory);
  /// From a NUTS 3 table (`nuts3,teryt`, one row per powiat, `#` comment lines); NUTS 2 and NUTS 1
  /// codes get the województwa of their NUTS 3 regions.
  static NutsAreas from_nuts3(const std::string& path, const Territory& territory);

  /// The units of `nuts` (the code itself, else its NUTS 2 prefix), in table order; empty for
  /// "PL", extra-regio (PLZZZ), foreign and unknown codes.
  [[nodiscard]] std::vector<TerytCode> areas(std::string_view nuts) const;
  /// The regions of the table as loaded (NUTS code → units), for checks of the table itself.
  [[nodiscard]] const std::unordered_map<std::string, std::vector<TerytCode>>& regions() const noexcept {
    return regions_;
  }

 private:
  void add(const std::string& code, const TerytCode& unit);
  std::unordered_map<std::string, std::vector<TerytCode>> regions_;
};

}  // namespace pesmatch::detail
