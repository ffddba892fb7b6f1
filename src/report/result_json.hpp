// Results as JSON, one shape for every output that shows them (match, market, suggest, digest).
// Machine fields (`name`, `detail`, `reason`, flags) stay stable; beside them `label`,
// `detail_text`, `reason_text`, `legal_form_label` and `flag_labels` say the same in `lang`.
#pragma once

#include <nlohmann/json.hpp>

#include "pesmatch/matcher.hpp"
#include "pesmatch/messages.hpp"
#include "pesmatch/suggester.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::detail {

/// The factors of a result: name, label, value, weight, contribution, detail, detail_text.
nlohmann::ordered_json factors_json(const std::vector<FactorExplanation>& factors, Language lang = Language::pl);
/// Eligibility: eligible, reason (English, stable) and reason_text (in `lang`).
nlohmann::ordered_json eligibility_json(const Eligibility& e, Language lang = Language::pl);
/// One ranked PES with its rank, score, distance, eligibility, factors, contact and seat location.
nlohmann::ordered_json ranked_pes_json(const RankedPes& p, std::size_t rank, Language lang = Language::pl);
/// A tender's whole result (`match --format json`).
nlohmann::ordered_json match_result_json(const Tender& t, const MatchResult& result, Language lang = Language::pl);
/// The catalogue keys of a suggested tender's flags that are set ("flag.reserved_art94", …).
std::vector<std::string> flag_keys(const RankedTender& t);
/// One suggested tender with its flags, factors, buyer and places (TERC codes).
nlohmann::ordered_json ranked_tender_json(const RankedTender& t, std::size_t rank, Language lang = Language::pl);
/// A PES's suggestions (`suggest --format json`, digest entries).
nlohmann::ordered_json suggest_result_json(const SuggestResult& result, Language lang = Language::pl);
/// The PES's contact object as the catalogue gave it (keys sorted), {} when it gave none.
nlohmann::json contact_json(const Pes& p);
/// The name of a legal form in `lang` ("spółdzielnia socjalna"); "" stays "".
std::string legal_form_label(const std::string& machine_name, Language lang);

}  // namespace pesmatch::detail
