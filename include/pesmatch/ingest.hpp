// Reading the contract's input files: the PES catalogue (JSONL) and tenders (JSON or JSONL).
// Every record is validated field by field against the reference data; the first problem of a
// record is reported as `FILE:LINE: FIELD: problem`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/error.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch {

/// How to treat invalid records, and how many threads parse a JSONL file.
struct IngestOptions {
  bool skip_invalid = false;  ///< collect invalid records in `rejected` instead of throwing
  /// Threads parsing and validating the lines of a JSONL file (0 = the hardware's concurrency);
  /// records and errors come out in file order whatever their number.
  std::size_t threads = 0;
};

/// Records read from one file.
template <typename Record>
struct IngestResult {
  std::vector<Record> records;  ///< valid records in file order
  std::vector<Error> rejected;  ///< invalid records (only with skip_invalid)
};

/// Reads a PES catalogue. Throws Error(invalid_input) for the first bad record (unless
/// skip_invalid), for duplicate ids and for a file without records; Error(io) when unreadable.
IngestResult<Pes> read_catalogue(const std::string& path, const ReferenceData& ref, IngestOptions options = {});

/// Reads tenders: `*.jsonl` one per line, otherwise one JSON object or an array of them.
IngestResult<Tender> read_tenders(const std::string& path, const ReferenceData& ref, IngestOptions options = {});

/// Parses one PES record; `file` and `line` are used in errors.
Pes parse_pes(std::string_view json, const ReferenceData& ref, const std::string& file = "<input>",
              std::size_t line = 1);

/// Parses one tender record; `file` and `line` are used in errors.
Tender parse_tender(std::string_view json, const ReferenceData& ref, const std::string& file = "<input>",
                    std::size_t line = 1);

}  // namespace pesmatch
