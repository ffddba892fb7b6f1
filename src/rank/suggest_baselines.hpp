// The PES-direction baselines of `bench-quality --direction pes`: what an OWES adviser would use
// without pesmatch to find orders for a member PES.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"

namespace pesmatch::detail {

/// Tender ids ranked by BM25 of the PES's text (description and service tags) over the tenders'
/// text alone: no codes, no place, no eligibility, no deadline. `k` at most.
std::vector<std::string> tenders_by_bm25(Xapian::Database& tender_db, const Pes& pes, Analyzer& analyzer, std::size_t k);

/// A tender portal's search: one keyword (the first word of the label of the PES's first CPV code,
/// else of its first service tag, else of its description), tenders performed in the PES's powiat
/// first, then in its województwo, each group newest first (ties by id). `k` at most.
std::vector<std::string> tenders_by_directory(Xapian::Database& tender_db, const Pes& pes, const ReferenceData& ref,
                                              Analyzer& analyzer, std::size_t k);

}  // namespace pesmatch::detail
