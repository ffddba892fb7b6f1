// Who the law lets bid for a reserved order by its own status, and which CPV codes a buyer may
// reserve under art. 361 PZP: rules on one record or one code, with no tender in view. The index
// stores them as status terms; rank's eligibility (pesmatch/eligibility.hpp) decides per tender.
#pragma once

#include "pesmatch/cpv.hpp"
#include "pesmatch/pes.hpp"

namespace pesmatch {

/// Art. 94 ust. 1 PZP: a spółdzielnia socjalna, CIS, KIS, ZAZ or WTZ, or any contractor with at
/// least 30 % of employees from the groups of art. 94. PS status alone does not qualify.
[[nodiscard]] bool is_art94_contractor(const Pes& pes) noexcept;

/// Art. 361 ust. 2 PZP, the organisational part: PS status, or a foundation, association,
/// non-profit company, spółdzielnia socjalna, CIS, KIS, ZAZ or WTZ.
[[nodiscard]] bool is_art361_organisation(const Pes& pes) noexcept;

/// Art. 361 ust. 1 PZP: the CPV codes for which a buyer may reserve (75121000-0 … 98133110-8,
/// every code from 85000000-9 to 85323000-9).
[[nodiscard]] bool is_art361_cpv(const CpvCode& code) noexcept;

}  // namespace pesmatch
