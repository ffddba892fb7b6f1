// The index layout in one place: term prefixes (Xapian conventions: one upper-case letter, or X
// plus letters) and value slots. Both the writer and the query builder read them from here.
#pragma once

#include <xapian.h>

#include <string>

#include "pesmatch/analyzer.hpp"

namespace pesmatch::detail::schema {

inline constexpr const char* kIdTerm = "Q";          // unique id: Q<id>
inline constexpr const char* kConcept = "K";         // synonym group: K<canonical name>
inline constexpr const char* kCpv = "XC";            // CPV 8 digits, with all ancestors
inline constexpr const char* kPkd = "XP";            // PKD subclass, class, group, division
inline constexpr const char* kSeat = "XT";           // TERC units containing the seat
inline constexpr const char* kArea = "XA";           // TERC units in the service area
inline constexpr const char* kWholeArea = "XV";      // województwa served whole (unit or radius)
inline constexpr const char* kLegalForm = "XL";      // legal form
inline constexpr const char* kStatus = "XS";         // "ps" (social enterprise)
inline constexpr const char* kPlace = "XT";          // tenders: place of performance units; contracts: buyer's
inline constexpr const char* kCpvGroup = "XG";       // contracts: 3-digit CPV group of each code
inline constexpr const char* kNameWord = "XW";       // PES: words of the name, lowercase, folded (picker)
inline constexpr const char* kNip = "XI";            // PES: NIP, 10 digits (picker)

inline constexpr Xapian::valueno kSlotId = 0;        // record id
inline constexpr Xapian::valueno kSlotProfile = 1;   // packed ranking profile
inline constexpr Xapian::valueno kSlotPublished = 2; // tenders: publication date
inline constexpr Xapian::valueno kSlotDeadline = 3;  // tenders: deadline
inline constexpr Xapian::valueno kSlotWinnerPes = 4; // contracts: the catalogue PES that won it, or ""
inline constexpr Xapian::valueno kSlotTextTerms = 5; // PES: forward list of text terms (index/forward_terms)
// PES slots copied at index time into the memory-mapped value mirror (index/value_mirror.hpp).
inline constexpr Xapian::valueno kMirroredSlots[] = {kSlotProfile, kSlotTextTerms};

/// Metadata keys.
inline constexpr const char* kMetaFingerprint = "pesmatch.analyzer";
inline constexpr const char* kMetaVersion = "pesmatch.version";
inline constexpr const char* kMetaCatalogue = "pesmatch.catalogue";
inline constexpr const char* kMetaReference = "pesmatch.reference";

/// Adds the words (all lemmas, plus the folded surface when it differs) and concepts of an
/// analysis as free-text terms, each occurrence counting `wdf` times.
void add_text(Xapian::Document& doc, const Analysis& analysis, Xapian::termcount wdf);

}  // namespace pesmatch::detail::schema
