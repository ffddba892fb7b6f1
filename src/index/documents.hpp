// Turning validated records into Xapian documents: analysed text, boolean code and territory
// terms, the packed ranking profile, and the record itself as document data.
#pragma once

#include <xapian.h>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::detail {

/// The index document of a PES.
Xapian::Document pes_document(const Pes& pes, const ReferenceData& ref, Analyzer& analyzer);

/// The index document of a tender (searched by `suggest`).
Xapian::Document tender_document(const Tender& tender, const ReferenceData& ref, Analyzer& analyzer);

/// The text that stands for a tender in a query and in its index document: title, description
/// and the Polish labels of its CPV codes.
std::string tender_text(const Tender& tender, const CpvVocabulary& cpv);

}  // namespace pesmatch::detail
