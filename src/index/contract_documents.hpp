// Awarded contracts in the index: the `contracts` database beside `pes` and `tenders`, and the
// link from a contract's winner to a catalogue PES (by NIP, else by normalised name and gmina),
// through which the contract becomes one of that PES's references.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "pesmatch/contracts.hpp"
#include "pesmatch/pes.hpp"

namespace pesmatch::detail {

/// The index document of a contract: CPV terms (codes, ancestors and 3-digit groups), the
/// buyer's territory terms, the linked PES id (value slot kSlotWinnerPes) and the record as data.
Xapian::Document contract_document(const AwardedContract& contract, const std::string& winner_pes,
                                   const ReferenceData& ref);

/// Matches winners to PES: the PES whose NIP is the winner's, else the one PES whose normalised
/// name (name_key) and gmina are the winner's. Returns contract id → PES id for the matched.
std::unordered_map<std::string, std::string> link_winners(const std::vector<AwardedContract>& contracts,
                                                          const std::vector<Pes>& catalogue);

/// The contract as a reference of the PES that won it (contract section 1, `references[]`).
PastContract as_reference(const AwardedContract& contract);

/// Writes the contracts into the database at `path` (created when missing) in one transaction.
void write_contracts(const std::string& path, const std::vector<AwardedContract>& contracts,
                     const std::unordered_map<std::string, std::string>& winner_pes, const ReferenceData& ref);

}  // namespace pesmatch::detail
