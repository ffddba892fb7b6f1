// Xapian queries for a tender: the BM25 text query over lemmas and synonym concepts, and the
// boolean clauses for CPV branches, the place's territory and reservation eligibility.
#pragma once

#include <xapian.h>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::detail {

/// The retrieval queries of one tender.
struct TenderQueries {
  Xapian::Query text;      ///< weighted: lemmas (several lemmas of a word as one synonym) and concepts
  Xapian::Query cpv;       ///< boolean: the tender's CPV codes and their ancestors below division level
  Xapian::Query local;     ///< boolean: PES serving a place, or seated in its powiat
  Xapian::Query eligible;  ///< boolean: may bid under the reservation; MatchAll when not reserved
};

/// Builds the queries; title words weigh twice as much as the rest.
TenderQueries build_queries(const Tender& tender, const ReferenceData& ref, Analyzer& analyzer);

/// The other direction (`suggest`): a PES's offer as a query over tenders; service tags weigh
/// twice as much as the description.
Xapian::Query pes_text_query(const Pes& pes, Analyzer& analyzer);

/// Appends one query per analysed word (its lemmas as one OP_SYNONYM) and per concept.
void add_words(std::vector<Xapian::Query>& out, const Analysis& analysis, Xapian::termcount wqf);

}  // namespace pesmatch::detail
