// The texts of synthetic tenders as officials write them: the buyer (gmina, powiat, social-welfare
// centre, region) with its name inflected, the title, the description with its procedural
// sentences and reservation clauses, the value and the dates.
#pragma once

#include <string>
#include <vector>

#include "pesmatch/tender.hpp"
#include "synth/phrases.hpp"
#include "synth/random.hpp"
#include "synth/world.hpp"

namespace pesmatch::synth {

/// A contracting authority with the forms of its name that titles need.
struct Buyer {
  std::string name;             ///< nominative: "Gmina Kłodawa"
  std::string gen;              ///< genitive: "Gminy Kłodawa"
  std::string acc;              ///< accusative: "Gminę Kłodawa"
  std::string area_gen;         ///< its territory, genitive: "Gminy Kłodawa", "Powiatu Nyskiego"
  std::string obj_gen;          ///< its premises, genitive: "Urzędu Gminy Kłodawa"
  TerytCode teryt;              ///< its unit (7, 4 or 2 digits)
  std::vector<TerytCode> places;  ///< default places of performance
  const GminaInfo* gmina = nullptr;  ///< the gmina it sits in
  bool social = false;               ///< a social-welfare centre (buys care, meals, transport, …)
};

/// A buyer anywhere (cities weigh more), or near `near` when given (for past contracts of a PES).
Buyer make_buyer(const World& world, Rng& rng, const GminaInfo* near = nullptr);
/// A title for an order of `trade` by `buyer` performed mainly in `year`.
std::string make_title(Trade trade, const Buyer& buyer, int year, Rng& rng);
/// A description: subject, scope, period, procedure and the clause of `reserved` / `employment`.
std::string make_tender_description(Trade trade, const Buyer& buyer, int year, Reservation reserved, bool employment,
                                    Rng& rng);
/// An estimated value in zł for an order of `trade`, rounded as offices round.
long make_value(Trade trade, Rng& rng);
/// An ISO date `days` after 1970-01-01.
std::string iso_date(long days);
/// Days since 1970-01-01 of a civil date.
long days_from_civil(int year, int month, int day);

}  // namespace pesmatch::synth
