// The adviser's picker: PES of an index found by a word of the name, the town of the seat, the
// NIP or the id, from the boolean terms the index keeps for it (schema kNameWord, kSeat, kNip);
// and one PES by its id, for `suggest` and the PES-direction baselines.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/reference.hpp"
#include "pesmatch/suggester.hpp"

namespace pesmatch::detail {

/// The document of the PES `id`; throws Error(invalid_input) for an id not in the index.
Xapian::Document find_pes_document(const Xapian::Database& db, const std::string& id);

/// See Suggester::find_pes.
std::vector<PesSummary> find_pes(const Xapian::Database& db, const ReferenceData& ref, std::string_view text, std::size_t limit);

}  // namespace pesmatch::detail
