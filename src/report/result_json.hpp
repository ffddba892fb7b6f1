// Results as JSON, one shape for every output that shows them (match, market, suggest, digest).
#pragma once

#include <nlohmann/json.hpp>

#include "pesmatch/matcher.hpp"
#include "pesmatch/suggester.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::detail {

/// The factors of a result: name, value, weight, contribution, detail.
nlohmann::ordered_json factors_json(const std::vector<FactorExplanation>& factors);
/// One ranked PES with its rank, score, distance, eligibility, factors and contact.
nlohmann::ordered_json ranked_pes_json(const RankedPes& p, std::size_t rank);
/// A tender's whole result (`match --format json`).
nlohmann::ordered_json match_result_json(const Tender& t, const MatchResult& result);
/// One suggested tender with its flags and factors.
nlohmann::ordered_json ranked_tender_json(const RankedTender& t, std::size_t rank);
/// A PES's suggestions (`suggest --format json`, digest entries).
nlohmann::ordered_json suggest_result_json(const SuggestResult& result);

}  // namespace pesmatch::detail
