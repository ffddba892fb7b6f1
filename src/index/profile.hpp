// The ranking profile of a PES: every field the reranker reads, packed into one Xapian value so
// that scoring a candidate costs one value read and no JSON parsing. Free text is not included.
#pragma once

#include <string>
#include <string_view>

#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"

namespace pesmatch::detail {

/// Packs the ranking-relevant fields of `pes`.
std::string encode_profile(const Pes& pes);

/// Unpacks a profile into a Pes whose text fields (description, services, contact) are empty.
/// Throws Error(io) when the value is corrupt.
Pes decode_profile(std::string_view packed, const ReferenceData& ref);

}  // namespace pesmatch::detail
