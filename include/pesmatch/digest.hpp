// The OWES newsletter: for each member PES, the best open tenders, as one JSON document and one
// Markdown page per member ready to e-mail. Deterministic: the same index, members and options
// give byte-identical output.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "pesmatch/messages.hpp"
#include "pesmatch/suggester.hpp"

namespace pesmatch {

/// A digest: the JSON of all members and a page per member.
struct Digest {
  std::string json;                                       ///< all members' suggestions
  std::vector<std::pair<std::string, std::string>> pages; ///< (PES id, Markdown page), by id
};

/// One member in the adviser's list: how many open tenders its digest would hold.
struct MemberSummary {
  std::string pes_id;         ///< the PES
  std::string name;           ///< its name
  std::size_t tenders = 0;    ///< open tenders that fit it (at most SuggestOptions::top_k)
  std::string best_tender;    ///< id of the best of them, or ""
  double best_score = 0;      ///< its score
};

/// The digest's count per member (all PES of the index when `members` is empty), by id.
std::vector<MemberSummary> summarise_members(Suggester& suggester, std::vector<std::string> members, const SuggestOptions& options);

/// Builds the digest for `members` (all PES of the index when empty), sorted by id. Reserved
/// (art. 94 / art. 361) and social-service (Annex XIV) tenders are flagged, and go only to
/// members eligible for them. The pages, and the JSON's labels and texts, are in `lang`.
Digest build_digest(Suggester& suggester, std::vector<std::string> members, const SuggestOptions& options,
                    Language lang = Language::pl);

}  // namespace pesmatch
