// One record of the e-Zamówienia notice API (`/mo-board/api/v1/notice`) as found, before any
// validation against the reference data: the JSON fields a tender or a past contract needs and
// the numbered fields of its HTML body.
#pragma once

#include <string>
#include <vector>

#include "ingest/bzp_html.hpp"
#include "ingest/record_fields.hpp"

namespace pesmatch::detail {

/// A contractor of a result notice (`contractors[]`).
struct BzpContractor {
  std::string name;      ///< contractorName
  std::string city;      ///< contractorCity
  std::string province;  ///< contractorProvince ("PL14")
  std::string nip;       ///< contractorNationalId, as written
};

/// The record's fields, as written.
struct BzpNotice {
  std::string type;                       ///< noticeType ("ContractNotice", "TenderResultNotice", …)
  std::string id;                         ///< "BZP-2026-00439099" from bzpNumber "2026/BZP 00439099"
  std::string title;                      ///< orderObject
  std::string cpv_code;                   ///< cpvCode: "CODE (label),CODE (label),…"
  std::string published_utc;              ///< publicationDate
  std::string deadline_utc;               ///< submittingOffersDate
  std::string buyer_name;                 ///< organizationName
  std::string buyer_city;                 ///< organizationCity
  std::string buyer_province;             ///< organizationProvince ("PL12": PL + województwo TERYT)
  std::string buyer_nip;                  ///< organizationNationalId
  std::string tender_ref;                 ///< tenderId ("ocds-148610-…")
  std::vector<BzpContractor> contractors; ///< contractors[] (result notices)
  std::vector<BzpField> html;             ///< the numbered fields of htmlBody; empty without one
};

/// The notice type of a record ("" when absent), read before the rest so other types are skipped cheaply.
std::string bzp_notice_type(const RecordFields& rec);

/// Reads the record; a missing or malformed bzpNumber, a field of the wrong JSON type or an
/// unparsable htmlBody is an Error(invalid_input) at the record's file and line.
BzpNotice read_bzp_notice(const RecordFields& rec);

}  // namespace pesmatch::detail
