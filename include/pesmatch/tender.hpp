// A public order (tender) after ingest: what is bought (CPV, text), where it is performed and
// whether it is reserved for some contractors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/cpv.hpp"
#include "pesmatch/teryt.hpp"

namespace pesmatch {

/// How the order is reserved (contract section 2, field `reserved`).
enum class Reservation {
  none,    ///< open to any contractor
  art94,   ///< zamówienie zastrzeżone, art. 94 PZP
  art361,  ///< social services reserved under art. 361 PZP
};

/// The contract spelling ("art94", "art361", "" for none).
[[nodiscard]] std::string_view to_string(Reservation r) noexcept;

/// A validated tender.
struct Tender {
  std::string id;                         ///< notice number or own id
  std::string title;                      ///< title
  std::string description;                ///< subject of the order
  std::vector<CpvCode> cpv;               ///< first = main code; never empty
  std::string buyer_name;                 ///< buyer's name, may be empty
  std::optional<TerytCode> buyer_teryt;   ///< buyer's unit
  std::vector<TerytCode> places;          ///< places of performance; never empty
  Reservation reserved = Reservation::none;  ///< reservation
  std::vector<std::string> social_clauses;   ///< e.g. "employment"
  std::optional<double> value_pln;        ///< estimated value
  std::string published;                  ///< ISO date or ""
  std::string deadline;                   ///< ISO date or ""
};

}  // namespace pesmatch
