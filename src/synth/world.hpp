// The synthesizer's view of the reference data, resolved once: gminy with draw weights (cities
// weigh more), powiaty with the inflected forms of their names, województwa, and per trade the
// CPV and PKD codes that exist in the vocabularies.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/cpv.hpp"
#include "pesmatch/pkd.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/teryt.hpp"
#include "synth/phrases.hpp"
#include "synth/random.hpp"

namespace pesmatch::synth {

/// A gmina where a PES may sit or a buyer may be (TERC types 1, 2 and 3).
struct GminaInfo {
  TerytCode code;            ///< 7-digit code
  std::string_view name;     ///< official name, nominative
  char type = '2';           ///< '1' urban, '2' rural, '3' urban-rural
  std::size_t powiat = 0;    ///< index into World::powiaty
  std::string_view w_city;   ///< "we Wrocławiu" for the cities of cities.cpp, else empty
};

/// A powiat with its name inflected.
struct PowiatInfo {
  TerytCode code;                      ///< 4-digit code
  std::string_view name;               ///< "bolesławiecki" (or the city's name for a city powiat)
  bool city = false;                   ///< miasto na prawach powiatu
  std::string gen, loc;                ///< "bolesławieckiego", "bolesławieckim"
  std::string nom_cap, gen_cap;        ///< "Bolesławiecki", "Bolesławieckiego"
  std::size_t woj = 0;                 ///< index into World::wojewodztwa
  std::vector<std::size_t> gminy;      ///< its gminy (indices into World::gminy)
  std::vector<std::size_t> neighbours; ///< bordering powiaty (indices into World::powiaty)
};

/// A województwo with what addresses and names in it need.
struct WojInfo {
  TerytCode code;                    ///< 2-digit code
  std::string_view nom_cap;          ///< "Dolnośląskie"
  std::string_view gen_cap;          ///< "Dolnośląskiego"
  std::string_view loc;              ///< "dolnośląskim"
  std::string_view capital_w;        ///< "we Wrocławiu"
  int postal_lo = 0, postal_hi = 0;  ///< first two digits of its postal codes
  std::vector<std::string_view> phone_areas;  ///< landline area codes
};

/// A big city: powiat code, locative phrase and population in thousands (cities.cpp).
struct CityInfo {
  std::string_view powiat;  ///< 4-digit code of the city powiat
  std::string_view w_loc;   ///< "we Wrocławiu"
  int population_k;         ///< inhabitants, thousands
};
/// The cities with powiat rights.
const std::vector<CityInfo>& cities();
/// The 16 województwa, in code order.
std::vector<WojInfo> wojewodztwa_table();

/// Codes of one trade that exist in the reference data.
struct TradeCodes {
  std::vector<CpvCode> cpv;     ///< codes under the trade's CPV prefixes
  std::vector<CpvCode> art361;  ///< codes an art. 361 reservation may use
  std::vector<PkdCode> pkd;     ///< PKD 2007 subclasses
  std::vector<std::string_view> tags_inst;  ///< tags whose first word takes the instrumental "-m"
};

/// Everything the generators draw from. Immutable once built; shared by the worker threads.
class World {
 public:
  /// Resolves the tables against `ref`; throws Error(io) when a code of the tables is missing.
  explicit World(const ReferenceData& ref);

  const ReferenceData& ref;                     ///< the reference data
  std::vector<GminaInfo> gminy;                 ///< gminy of types 1–3
  std::vector<PowiatInfo> powiaty;              ///< all powiaty
  std::vector<WojInfo> wojewodztwa;             ///< all województwa
  WeightedTable gmina_weights;                  ///< seat / buyer draw, cities weigh more
  WeightedTable form_weights;                   ///< legal forms by share
  std::vector<WeightedTable> trades_by_form;    ///< trade draw per legal form
  std::array<TradeCodes, kTradeCount> codes;    ///< codes per trade
  WeightedTable tender_trades;                  ///< trade draw for tenders
};

}  // namespace pesmatch::synth
