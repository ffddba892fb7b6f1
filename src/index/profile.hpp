// The ranking profile of a PES: every field the reranker reads, packed into one Xapian value so
// that scoring a candidate costs one value read and no JSON parsing. Free text is not included.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"

namespace pesmatch::detail {

/// What the reranker knows of a PES: its record without free text, and the synonym groups
/// (concepts) its texts mention.
struct RankingProfile {
  Pes pes;                            ///< description, services and contact are empty
  std::vector<std::string> concepts;  ///< canonical names of the synonym groups, sorted
};

/// Packs the ranking-relevant fields of `pes` and its concepts.
std::string encode_profile(const Pes& pes, const std::vector<std::string>& concepts);

/// Unpacks a profile. Throws Error(io) when the value is corrupt.
RankingProfile decode_profile(std::string_view packed, const ReferenceData& ref);

}  // namespace pesmatch::detail
