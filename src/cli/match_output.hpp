// Printing match results in the contract's formats: a readable table, JSON with the per-factor
// explanation and contacts, CSV for spreadsheets, and TREC runs for evaluation.
#pragma once

#include <ostream>
#include <string>

#include "pesmatch/matcher.hpp"
#include "pesmatch/messages.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::cli {

/// Writes one tender's result in `format` (table, json, jsonl, csv, trec). `first` is true for
/// the first tender of a run (CSV prints its header then). JSON's labels and texts are in `lang`;
/// the table, CSV and TREC stay as scripts read them.
void write_match(std::ostream& out, const std::string& format, const Tender& tender, const MatchResult& result,
                 bool first, Language lang = Language::pl);

}  // namespace pesmatch::cli
