// Which rule decides whether a PES may bid, without the messages that explain it: the reranker
// asks this of every candidate and renders the reason (pesmatch::eligibility) only for the
// results it shows.
#pragma once

#include "pesmatch/pes.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::detail {

/// The rule that decided a PES's eligibility for a tender.
struct Verdict {
  /// The deciding rule.
  enum class Rule { open, art94_admitted, art94_refused, art361_not_organisation, art361_recent_win, art361_admitted };
  Rule rule = Rule::open;  ///< the rule
  int year = 0;            ///< for art361_recent_win: the year of the win
  /// May bid.
  [[nodiscard]] bool eligible() const noexcept {
    return rule == Rule::open || rule == Rule::art94_admitted || rule == Rule::art361_admitted;
  }
};

/// The verdict behind pesmatch::eligibility(pes, tender, year), which renders it.
[[nodiscard]] Verdict verdict(const Pes& pes, const Tender& tender, int year);

}  // namespace pesmatch::detail
