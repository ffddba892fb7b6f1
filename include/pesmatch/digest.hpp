// The OWES newsletter: for each member PES, the best open tenders, as one JSON document and one
// Markdown page per member ready to e-mail. Deterministic: the same index, members and options
// give byte-identical output.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "pesmatch/suggester.hpp"

namespace pesmatch {

/// A digest: the JSON of all members and a page per member.
struct Digest {
  std::string json;                                       ///< all members' suggestions
  std::vector<std::pair<std::string, std::string>> pages; ///< (PES id, Markdown page), by id
};

/// Builds the digest for `members` (all PES of the index when empty), sorted by id. Reserved
/// (art. 94 / art. 361) and social-service (Annex XIV) tenders are flagged, and go only to
/// members eligible for them.
Digest build_digest(Suggester& suggester, std::vector<std::string> members, const SuggestOptions& options);

}  // namespace pesmatch
