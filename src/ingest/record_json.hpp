// Validated records back to contract JSON: stored as document data in the index and printed in
// results, so a result carries the PES as the catalogue described it.
#pragma once

#include <nlohmann/json.hpp>

#include "pesmatch/pes.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::detail {

/// The PES in contract form (section 1), defaults made explicit.
nlohmann::json to_json(const Pes& pes);
/// The tender in contract form (section 2).
nlohmann::json to_json(const Tender& tender);

}  // namespace pesmatch::detail
