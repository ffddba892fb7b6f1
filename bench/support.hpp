// Fixtures shared by the benchmarks, built outside the timed loops: the reference data, the
// bundled catalogue, synthetic catalogues of a requested size and their indexes, cached on disk
// under the build directory (keyed by size and digest, so a stale cache is rebuilt).
#pragma once

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/model.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::bench {

/// The reference data, loaded once.
const ReferenceData& reference();
/// The data directory.
std::string data_dir();
/// A fresh analyzer over the bundled resources.
Analyzer make_analyzer();
/// The default model.
Model default_model();
/// The bundled catalogue repeated until it holds `n` PES (ids made unique).
std::vector<Pes> catalogue(std::size_t n);

/// Catalogue sizes to run: $PESMATCH_BENCH_SIZES (comma-separated, e.g. "10000,100000,1000000"),
/// by default 10000 only so that a normal run stays short.
const std::vector<std::size_t>& sizes();
/// Registers one benchmark instance per size.
void per_size(benchmark::internal::Benchmark* b);

/// Files of the synthetic catalogue of `n` PES (seed 1) and its tenders, written on first use.
struct SynthFiles {
  std::string pes;      ///< PES JSONL
  std::string tenders;  ///< tenders JSONL
  std::string digest;   ///< digest of the PES file
};
const SynthFiles& synth_files(std::size_t n);
/// The PES of that catalogue.
std::vector<Pes> synth_pes(std::size_t n);
/// The tenders synthesized with it (the queries of every size-`n` benchmark).
const std::vector<Tender>& synth_tenders(std::size_t n);
/// Path of the pesmatch index of the size-`n` synthetic catalogue, built on first use and
/// reused by later runs while the catalogue and the analyzer resources are unchanged.
std::string synth_index(std::size_t n);
/// Where a cached index of `n` PES lives (whether or not it exists yet).
std::string synth_index_path(std::size_t n);

/// The text of a PES as plain search engines see it: name, description, services, past
/// contract titles (what pesmatch indexes, less its code labels).
std::string plain_text(const Pes& pes);
/// The text of a tender as a user would type it into a search box: title and description.
std::string plain_query(const Tender& tender);
/// The cache directory (under the build directory).
std::string cache_dir();
/// Median of a sample (copied).
double median(std::vector<double> v);

}  // namespace pesmatch::bench
