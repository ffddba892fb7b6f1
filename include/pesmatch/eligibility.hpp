// Who may bid for a reserved order: art. 94 PZP (integration employers) and art. 361 PZP (social
// services reserved for public-service-mission organisations). The rules are in shared/DOMAIN.md.
#pragma once

#include <string>

#include "pesmatch/cpv.hpp"
#include "pesmatch/messages.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch {

/// Whether a PES may bid for a tender, and why.
struct Eligibility {
  bool eligible = true;  ///< may bid
  std::string reason;    ///< the rule that decided, citing the article, in English (stable for scripts)
  Sentence message;      ///< the same reason as catalogue messages, to put in any language
};

/// Art. 94 ust. 1 PZP: a spółdzielnia socjalna, CIS, KIS, ZAZ or WTZ, or any contractor with at
/// least 30 % of employees from the groups of art. 94. PS status alone does not qualify.
[[nodiscard]] bool is_art94_contractor(const Pes& pes) noexcept;

/// Art. 361 ust. 2 PZP, the organisational part: PS status, or a foundation, association,
/// non-profit company, spółdzielnia socjalna, CIS, KIS, ZAZ or WTZ.
[[nodiscard]] bool is_art361_organisation(const Pes& pes) noexcept;

/// Art. 361 ust. 1 PZP: the CPV codes for which a buyer may reserve (75121000-0 … 98133110-8,
/// every code from 85000000-9 to 85323000-9).
[[nodiscard]] bool is_art361_cpv(const CpvCode& code) noexcept;

/// The year of an order for the rule above: that of its publication date, else of its deadline;
/// 0 when it has neither.
[[nodiscard]] int order_year(const Tender& tender);

/// Eligibility of `pes` for `tender`; an unreserved tender admits everyone. For art. 361 a PES
/// that won an art. 361 order from the same buyer in the three years before `year` is excluded
/// (art. 361 ust. 2 pkt 4).
[[nodiscard]] Eligibility eligibility(const Pes& pes, const Tender& tender, int year);

}  // namespace pesmatch
