// The JST's market survey before a tender (rozeznanie rynku): how many PES that could deliver the
// order are within reach, whether reserving it under art. 94 PZP is viable, the ranked list, and
// comparable past contracts of PES with their values. Rendered as JSON or a printable HTML report.
#pragma once

#include <string>
#include <vector>

#include "pesmatch/contracts.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/matcher.hpp"
#include "pesmatch/messages.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch {

/// Parameters of the survey.
struct MarketOptions {
  std::size_t top_k = 20;          ///< PES listed
  double reach_km = 60;            ///< "within reach" for the art. 94 verdict
  double can_deliver_fit = 0.3;    ///< service fit (text, concepts, CPV, PKD, references) from which a PES counts as able to deliver
  std::size_t min_for_art94 = 2;   ///< eligible PES within reach needed to reserve
  Deadline deadline;               ///< give up (Error timeout) once it has passed; empty = no limit
};

/// A past contract in the tender's CPV group: a reference listed by a PES, or a contract awarded
/// near the tender's place (from result notices), whoever won it.
struct ComparableContract {
  std::string pes_id;     ///< the catalogue PES that did it, or "" (an awarded contract won by another)
  std::string pes_name;   ///< its name, or ""
  std::string title;      ///< the contract
  std::string buyer;      ///< the buyer
  int year = 0;           ///< year (0 if unknown)
  double value_pln = -1;  ///< value (−1 if unknown)
  std::string cpv;        ///< the matching CPV code
  std::string winner;     ///< awarded contracts: the winner's name as the notice gives it
  std::string winner_nip; ///< awarded contracts: the winner's NIP, or ""
  std::string date;       ///< awarded contracts: ISO date of the contract
  std::string notice;     ///< awarded contracts: the result notice ("BZP-2026-00453849")
};

/// Counts of PES able to deliver, by reach.
struct ReachCounts {
  std::size_t within_10_km = 0;     ///< seat within 10 km of the place
  std::size_t within_30_km = 0;     ///< within 30 km
  std::size_t within_60_km = 0;     ///< within 60 km
  std::size_t in_powiat = 0;        ///< seated in the place's powiat
  std::size_t in_wojewodztwo = 0;   ///< seated in the place's województwo
};

/// The survey.
struct MarketSurvey {
  Tender tender;                            ///< the order surveyed
  MarketOptions options;                    ///< parameters used
  ReachCounts able;                         ///< PES able to deliver, any form
  ReachCounts able_art94;                   ///< of those, eligible under art. 94 PZP
  std::size_t reachable_art94 = 0;          ///< eligible, able and within reach_km or in the powiat
  bool art94_viable = false;                ///< reachable_art94 ≥ min_for_art94
  std::string verdict;                      ///< the verdict with the rule stated, in Polish
  Message verdict_message;                  ///< the same as a catalogue message, for any language
  MatchResult ranked;                       ///< the ranked PES for the order as given
  std::vector<ComparableContract> comparable;  ///< past contracts in the CPV group, newest first (each once)
  IndexSnapshot snapshot;                   ///< data the survey is based on
  std::string today;                        ///< date of the survey
};

/// Runs the survey over the index behind `matcher`; `awarded` (comparable_contracts of the same
/// index) adds the contracts awarded near the place to the PES's own references.
MarketSurvey survey_market(Matcher& matcher, const Tender& tender, const MarketOptions& options, const std::string& today,
                           const std::vector<IndexedContract>& awarded = {});

/// The survey as JSON; its texts (verdict, labels, details) in `lang`.
std::string market_json(const MarketSurvey& survey, Language lang = Language::pl);

/// The survey as a self-contained printable HTML page in `lang`, naming its data snapshot.
std::string market_html(const MarketSurvey& survey, Language lang = Language::pl);

}  // namespace pesmatch
