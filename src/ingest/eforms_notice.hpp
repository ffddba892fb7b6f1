// The fields of an eForms notice (UBL 2.3 with the eForms extensions; contract notices, prior
// information notices and award notices of every subtype) that a tender needs, read in Polish
// when the notice has Polish texts, before any validation against the reference data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/notice_fields.hpp"

namespace pesmatch::detail {

/// A date as eForms writes it ("2019-11-15+01:00") with the time beside it, if any ("10:00:00+02:00").
struct EformsDate {
  NoticeValue date;
  std::string time;
};

/// An amount with its currency (ISO 4217), as written.
struct EformsAmount {
  NoticeValue amount;
  std::string currency;
};

/// What a procedure and each of its lots say of the order.
struct EformsProject {
  std::string id;                   ///< "LOT-0001" / "PAR-0001" for a lot; "" for the procedure
  std::string title;                ///< cbc:Name, squeezed
  std::string description;          ///< cbc:Description, squeezed
  std::vector<NoticeValue> cpv;     ///< main then additional codes (eight digits), no duplicates
  std::vector<std::string> nuts;    ///< place-of-performance NUTS codes, no duplicates
  std::string reserved;             ///< reserved-procurement code: "res-ws", "res-pub-ser", "none" or ""
  EformsDate deadline;              ///< tenders, else requests to participate, else expressions of interest
  std::optional<EformsAmount> value;  ///< estimated value (BT-27)
};

/// An organisation of efac:Organizations.
struct EformsOrganization {
  std::string id;                   ///< "ORG-0001"
  std::string name;                 ///< in the chosen language
  NoticeValue town;                 ///< cbc:CityName
  std::string nuts;                 ///< cbc:CountrySubentityCode
  std::string country;              ///< ISO 3166-1 alpha-3 ("POL")
  std::string company_id;           ///< cac:PartyLegalEntity/cbc:CompanyID as written (a NIP in Poland)
};

/// A contract an award notice reports: the lot it settles, who won it, for how much and when.
struct EformsAward {
  std::string lot;                    ///< the lot of the result ("LOT-0001")
  std::string contract;               ///< the settled contract ("CON-0001")
  EformsDate date;                    ///< the contract's conclusion date; empty when not given
  std::optional<EformsAmount> value;  ///< the winning tender's amount
  EformsOrganization winner;          ///< the (first) tenderer of the winning party
};

/// One notice, as found in the file.
struct EformsNotice {
  std::string form;                 ///< root element: ContractNotice, PriorInformationNotice, ContractAwardNotice
  std::string notice_type;          ///< BT-02 ("cn-standard", "pin-cfc-social", "can-standard", …)
  std::string id;                   ///< the OJ S publication number when published, else the notice UUID
  std::string language;             ///< the language the texts were read in ("POL", else the notice's)
  EformsDate published;             ///< the OJ S publication date, else the dispatch date and time
  EformsProject procedure;          ///< cac:ProcurementProject of the notice
  std::vector<EformsProject> lots;  ///< lots (or PIN parts); lot groups left out
  EformsOrganization buyer;         ///< the buyer: the first contracting party that is no eSender
  std::string folder;               ///< cbc:ContractFolderID: the procedure, shared by its notices
  std::vector<EformsAward> awards;  ///< award notices: one per settled contract of each lot result
};

/// Reads one notice. Throws Error(io) when unreadable, Error(invalid_input) naming the file and
/// line when it is not well-formed XML, not an eForms notice, or names no buyer.
EformsNotice read_eforms_notice(const std::string& path);

}  // namespace pesmatch::detail
