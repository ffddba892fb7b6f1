// The fields of a TED notice (R2.0.9 XML export) that a tender needs, read from the Polish form
// when the notice has one, before any validation against the reference data.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ingest/notice_fields.hpp"

namespace pesmatch::detail {

/// One notice, as found in the file.
struct TedNotice {
  std::string id;                   ///< "TED-" + DOC_ID (the notice number, e.g. 097985-2019)
  std::string title;                ///< OBJECT_CONTRACT/TITLE, paragraphs joined by spaces
  std::string description;          ///< SHORT_DESCR of the contract and its lots, one paragraph a line
  std::vector<NoticeValue> cpv;        ///< CPV_MAIN then CPV_ADDITIONAL codes, as written, no duplicates
  std::string buyer_name;           ///< OFFICIALNAME of the contracting body
  NoticeValue buyer_town;              ///< its TOWN
  std::string buyer_country;        ///< its COUNTRY (ISO code)
  std::string buyer_nuts;           ///< its NUTS code
  std::vector<std::string> nuts;    ///< place-of-performance NUTS codes of the form, no duplicates
  NoticeValue published;               ///< DATE_PUB as written (YYYYMMDD)
  NoticeValue deadline;                ///< DATE_RECEIPT_TENDERS as written (YYYY-MM-DD), may be empty
  std::optional<double> value_pln;  ///< VAL_ESTIMATED_TOTAL, else VAL_TOTAL, when in PLN
  std::string reserved;             ///< "art94", "art361" or ""
};

/// Reads one notice. Throws Error(io) when unreadable, Error(invalid_input) naming the file and
/// line when it is not well-formed XML or not a TED export with a form.
TedNotice read_ted_notice(const std::string& path);

}  // namespace pesmatch::detail
