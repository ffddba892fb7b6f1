// Fixtures shared by the benchmarks, built outside the timed loops: the reference data, the
// bundled catalogue replicated to a requested size, and indexes of that size on disk.
#pragma once

#include <string>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::bench {

/// The reference data, loaded once.
const ReferenceData& reference();
/// The data directory.
std::string data_dir();
/// The bundled catalogue repeated until it holds `n` PES (ids made unique).
std::vector<Pes> catalogue(std::size_t n);
/// The bundled tenders.
const std::vector<Tender>& tenders();
/// Path of an index of `n` PES, built on first use and reused by later benchmarks.
std::string index_of(std::size_t n);

}  // namespace pesmatch::bench
