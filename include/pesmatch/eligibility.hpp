// Who may bid for a reserved order: art. 94 PZP (integration employers) and art. 361 PZP (social
// services reserved for public-service-mission organisations), per tender, over the status rules of
// pesmatch/reserved_orders.hpp. The rules are in shared/DOMAIN.md.
#pragma once

#include <string>

#include "pesmatch/messages.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/reserved_orders.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch {

/// Whether a PES may bid for a tender, and why.
struct Eligibility {
  bool eligible = true;  ///< may bid
  std::string reason;    ///< the rule that decided, citing the article, in English (stable for scripts)
  Sentence message;      ///< the same reason as catalogue messages, to put in any language
};

/// The year of an order for the rule above: that of its publication date, else of its deadline;
/// 0 when it has neither.
[[nodiscard]] int order_year(const Tender& tender);

/// Eligibility of `pes` for `tender`; an unreserved tender admits everyone. For art. 361 a PES
/// that won an art. 361 order from the same buyer in the three years before `year` is excluded
/// (art. 361 ust. 2 pkt 4).
[[nodiscard]] Eligibility eligibility(const Pes& pes, const Tender& tender, int year);

}  // namespace pesmatch
