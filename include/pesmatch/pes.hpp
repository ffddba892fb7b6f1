// A social-economy entity (PES) as pesmatch knows it after ingest: validated codes, resolved
// territory, and the free text that the analyzer turns into index terms.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/cpv.hpp"
#include "pesmatch/geo.hpp"
#include "pesmatch/pkd.hpp"
#include "pesmatch/teryt.hpp"

namespace pesmatch {

/// Legal forms of the contract (section 1), in contract order.
enum class LegalForm {
  spoldzielnia_socjalna, fundacja, stowarzyszenie, spolka_non_profit, cis, kis, zaz, wtz,
  spoldzielnia_pracy, spoldzielnia_inwalidow, spoldzielnia_niewidomych, kgw, inna,
};

/// The contract spelling of a legal form ("spoldzielnia_socjalna").
[[nodiscard]] std::string_view to_string(LegalForm form) noexcept;
/// Parses the contract spelling; nullopt for anything else.
[[nodiscard]] std::optional<LegalForm> parse_legal_form(std::string_view text) noexcept;

/// Where a PES delivers: listed units and/or a radius around its seat.
struct ServiceArea {
  std::vector<TerytCode> units;      ///< units of any level it serves
  std::optional<double> radius_km;   ///< radius around the seat
  bool defaulted = false;            ///< true when the record gave none and the seat's powiat applies
};

/// A past contract listed by the PES.
struct PastContract {
  std::string title;                ///< subject
  std::string buyer;                ///< buyer's name
  std::optional<int> year;          ///< year of award
  std::optional<double> value_pln;  ///< value
  std::vector<CpvCode> cpv;         ///< its CPV codes
  bool art361 = false;              ///< awarded as reserved under art. 361 PZP
};

/// A validated PES record.
struct Pes {
  std::string id;                              ///< unique id within the catalogue
  std::string name;                            ///< registered name
  LegalForm legal_form = LegalForm::inna;      ///< legal form
  bool social_enterprise = false;              ///< holds PS status (UES art. 12)
  TerytCode teryt;                             ///< seat's gmina
  LatLon location;                             ///< seat coordinates (given, or the gmina's centroid)
  bool location_given = false;                 ///< true when the record gave coordinates
  ServiceArea service_area;                    ///< where it delivers
  std::string description;                     ///< free text of its offer
  std::vector<std::string> services;           ///< short offer tags
  std::vector<CpvCode> cpv;                    ///< declared CPV codes
  std::vector<PkdCode> pkd;                    ///< PKD 2007 subclasses
  std::optional<int> employees;                ///< head count
  std::optional<double> disadvantaged_share;   ///< share of art. 94 groups among employees
  std::vector<PastContract> references;        ///< past contracts
  std::string contact_json;                    ///< `contact` object as JSON text, passed through
  std::string krs, nip, regon;                 ///< identifiers (checksums verified)
};

}  // namespace pesmatch
