// Validation of code lists shared by the PES and tender parsers: CPV and TERYT fields.
#pragma once

#include <vector>

#include "ingest/record_fields.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::detail {

/// The CPV codes of `field`, each checked against the vocabulary (check digit included).
std::vector<CpvCode> cpv_list(const RecordFields& rec, const char* field, const CpvVocabulary& cpv, bool required);

/// Checks one CPV code at `path`, e.g. `references[0].cpv[1]`.
CpvCode cpv_code(const RecordFields& rec, const std::string& path, const std::string& text, const CpvVocabulary& cpv);

/// Checks one TERC code at `path` against the register.
TerytCode teryt_code(const RecordFields& rec, const std::string& path, const std::string& text, const Territory& t);

}  // namespace pesmatch::detail

namespace pesmatch::detail {

/// Validates one tender object (shared by the JSON, JSON-array and JSONL readers).
Tender parse_tender_record(const RecordFields& rec, const ReferenceData& ref);

}  // namespace pesmatch::detail
