// TERYT TERC codes and the register of territorial units: województwa (2 digits), powiaty (4) and
// gminy (7, the last digit being the gmina type), with names, hierarchy and powiat geography.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/geo.hpp"
#include "pesmatch/parsed.hpp"

namespace pesmatch {

/// Administrative level of a TERC unit, named by the number of digits of its code.
enum class TerytLevel { wojewodztwo = 2, powiat = 4, gmina = 7 };

/// A syntactically valid TERC code (2, 4 or 7 digits); existence is checked by Territory.
class TerytCode {
 public:
  /// An empty placeholder, valid only as the target of an assignment.
  TerytCode() = default;
  /// Parses the shape of a code: digits only, length 2/4/7, a known gmina type digit.
  static Parsed<TerytCode> parse(std::string_view text);

  /// The code's digits.
  [[nodiscard]] const std::string& str() const noexcept { return code_; }
  /// Its level.
  [[nodiscard]] TerytLevel level() const noexcept { return static_cast<TerytLevel>(code_.size()); }
  /// The 2-digit województwo containing it.
  [[nodiscard]] TerytCode wojewodztwo() const { return TerytCode(code_.substr(0, 2)); }
  /// The 4-digit powiat containing it (itself for a powiat); requires level ≥ powiat.
  [[nodiscard]] TerytCode powiat() const { return TerytCode(code_.substr(0, 4)); }
  /// True when `other` lies inside this unit (or is it).
  [[nodiscard]] bool contains(const TerytCode& other) const noexcept {
    return other.code_.compare(0, code_.size(), code_) == 0;
  }

  friend bool operator==(const TerytCode&, const TerytCode&) = default;
  friend auto operator<=>(const TerytCode&, const TerytCode&) = default;

 private:
  explicit TerytCode(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

/// One unit of the register.
struct TerytUnit {
  TerytCode code;    ///< its TERC code
  std::string name;  ///< official name, e.g. "Bolesławiec" or "bolesławiecki"
  std::string kind;  ///< official kind, e.g. "gmina miejska", "powiat", "miasto na prawach powiatu"
};

/// A place written the way people write it (a spreadsheet row, a notice's address), to be
/// resolved to one gmina by Territory::resolve_place. Empty fields are unknown.
struct PlaceQuery {
  std::string_view town = {};    ///< locality (miejscowość), e.g. "Jelenia Gora"
  std::string_view gmina = {};   ///< gmina name ("Bolesławiec", "gmina wiejska Bolesławiec"); tried first
  std::string_view powiat = {};  ///< powiat name ("bolesławiecki", "powiat bolesławiecki")
  std::string_view wojewodztwo = {};  ///< województwo name ("dolnośląskie", "woj. dolnośląskie")
};

/// The gmina a PlaceQuery names, or why there is none.
struct PlaceResolution {
  std::optional<TerytCode> gmina;     ///< set when exactly one gmina fits
  std::vector<TerytCode> candidates;  ///< the gminy that fit equally well (ambiguous name)
  std::string problem;                ///< set when `gmina` is not: unknown name, or the ambiguity
  std::string note;                   ///< a hint that was ignored because it contradicts the name
  /// True when a gmina was found.
  explicit operator bool() const noexcept { return gmina.has_value(); }
};

/// The TERC register with powiat centroids and neighbours. Immutable once loaded.
class Territory {
 public:
  /// Loads `terc_2025.csv` (or GUS's TERC XML) and `powiaty_geo.csv`; throws Error on bad files.
  static Territory load(const std::string& terc_path, const std::string& powiaty_geo_path);

  /// Movable, not copyable (the state is held behind one pointer).
  Territory(Territory&&) noexcept;
  Territory& operator=(Territory&&) noexcept;
  ~Territory();

  /// The unit with this code, or nullptr when the register has none.
  [[nodiscard]] const TerytUnit* find(const TerytCode& code) const noexcept;
  /// Parses and checks existence; the problem names what is wrong.
  [[nodiscard]] Parsed<TerytCode> resolve(std::string_view text) const;
  /// Representative point: the powiat centroid for gminy and powiaty, the mean of its powiats'
  /// centroids for a województwo.
  [[nodiscard]] LatLon centroid(const TerytCode& code) const;
  /// True when the two powiats share a boundary.
  [[nodiscard]] bool neighbours(const TerytCode& powiat_a, const TerytCode& powiat_b) const;
  /// Human-readable name with kind, e.g. "Kłodawa (gmina miejsko-wiejska)".
  [[nodiscard]] std::string describe(const TerytCode& code) const;
  /// All units, in register order.
  [[nodiscard]] const std::vector<TerytUnit>& units() const noexcept;
  /// Powiats whose centroid lies within `radius_km` of `centre`.
  [[nodiscard]] std::vector<TerytCode> powiats_within(LatLon centre, double radius_km) const;
  /// The register's date as stated in the file (STAN_NA), e.g. "2025-01-01".
  [[nodiscard]] const std::string& as_of() const noexcept;
  /// Units of `level` called `name`, ignoring case, diacritics and punctuation ("Jelenia Gora"
  /// finds "Jelenia Góra"), in code order. At gmina level whole gminy (types 1, 2, 3) win; a name
  /// borne only by a part (town 4, rural area 5, Warsaw dzielnica 8, delegatura 9) yields the
  /// gmina the part belongs to, so "a town that is the seat of an urban-rural gmina" gives type 3.
  [[nodiscard]] std::vector<TerytCode> find_by_name(std::string_view name, TerytLevel level) const;
  /// Resolves a place to one gmina: by the gmina name, else the town; powiat and województwo
  /// names narrow several candidates (a hint that would exclude them all is ignored with a note).
  /// A gmina miejska and a gmina wiejska of one name in one powiat (Bolesławiec) resolve to the
  /// urban one for a town, and to the rural one when the town is a different locality.
  [[nodiscard]] PlaceResolution resolve_place(const PlaceQuery& query) const;

 private:
  struct Impl;
  explicit Territory(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace pesmatch
