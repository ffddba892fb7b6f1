// Synthetic catalogues for load tests and benchmarks: PES and tenders in contract form, spread over
// real TERYT units and real CPV/PKD codes, with Polish texts composed from a phrase grammar. The
// output depends only on the options (same sizes and seed → byte-identical files). Not part of
// the installed library: the library target pesmatch_synth, linked by the CLI, tests and benchmarks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>

#include "pesmatch/reference.hpp"

namespace pesmatch {

/// What to synthesize.
struct SynthOptions {
  std::size_t pes = 0;      ///< number of PES records
  std::size_t tenders = 0;  ///< number of tender records
  std::uint64_t seed = 1;   ///< random seed; the output is a pure function of (pes, tenders, seed)
  unsigned threads = 0;     ///< worker threads (0 = hardware concurrency); does not change the output
};

/// Writes `options.pes` PES records (contract section 1) to `pes_out` and `options.tenders` tenders
/// (section 2) to `tenders_out`, one JSON object per line, streaming in blocks (bounded memory).
/// Every record passes parse_pes / parse_tender. Throws Error(io) when a stream fails.
void synthesize(const SynthOptions& options, const ReferenceData& ref, std::ostream& pes_out,
                std::ostream& tenders_out);

}  // namespace pesmatch
