// Awarded public contracts (umowy) read from result notices (BZP TenderResultNotice, eForms
// ContractAwardNotice): what was bought, by whom, who won it and for how much. They feed the
// market survey ("who else won this kind of order near here") and the references of catalogue PES.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/cpv.hpp"
#include "pesmatch/ingest.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"
#include "pesmatch/teryt.hpp"

namespace pesmatch {

/// The contractor a contract was awarded to.
struct ContractWinner {
  std::string name;                 ///< name (firma) as the notice gives it; never empty
  std::string nip;                  ///< NIP, 10 digits with a valid checksum, or "" when not given
  std::string town;                 ///< town (miejscowość) of its seat as written, or ""
  std::optional<TerytCode> teryt;   ///< the gmina of `town` when it resolved
};

/// One awarded contract, validated: parse_contract is the only way from outside data to it.
struct AwardedContract {
  std::string id;                          ///< unique id: notice id + "/" + contractor number ("BZP-2026-00453849/1")
  std::string notice;                      ///< the result notice's id ("BZP-2026-00453849")
  std::string tender_ref;                  ///< the procedure id linking it to its contract notice (BZP `tenderId`), or ""
  std::string title;                       ///< what was bought; never empty
  std::vector<CpvCode> cpv;                ///< main code first; never empty
  std::string buyer_name;                  ///< the buyer's name, or ""
  std::string buyer_nip;                   ///< the buyer's NIP, or ""
  std::optional<TerytCode> buyer_teryt;    ///< the buyer's gmina (or województwo when the town did not resolve)
  ContractWinner winner;                   ///< who won it
  std::optional<double> value_pln;         ///< the contract's value in PLN (net or gross as the notice states it)
  std::string date;                        ///< ISO date of the contract, else of the notice; never empty
};

/// Validates one contract record (the "Past contracts JSONL" line of docs/formats.md); every
/// problem is an Error(invalid_input) `FILE:LINE: FIELD "VALUE": problem`.
AwardedContract parse_contract(std::string_view json, const ReferenceData& ref, const std::string& file = "<input>",
                               std::size_t line = 1);

/// The contract as one JSON line (no newline), as parse_contract reads it back.
[[nodiscard]] std::string contract_record(const AwardedContract& contract);

/// Reads a past-contracts JSONL file; duplicate ids and a file without records are invalid input,
/// an unreadable file an Error(io). With skip_invalid, bad lines are collected in `rejected`.
IngestResult<AwardedContract> read_contracts(const std::string& path, const ReferenceData& ref,
                                             IngestOptions options = {});

}  // namespace pesmatch
