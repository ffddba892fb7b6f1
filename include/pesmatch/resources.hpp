// What a ranking reads besides the index, as one value: the reference data, the text analyzer,
// the model and the data directory (its PKD→CPV bridge). Matcher and Suggester are opened from an
// index and this value, as ReferenceData holds the reference data for everything that reads it.
#pragma once

#include <string>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/model.hpp"
#include "pesmatch/reference.hpp"

namespace pesmatch {

/// The resources of a ranking. The reference data and the analyzer are referred to, not copied:
/// they must outlive every Matcher and Suggester opened with this value. An Analyzer is not
/// thread-safe, so a thread that ranks needs resources with its own analyzer.
struct RankingResources {
  const ReferenceData& reference;  ///< TERYT, CPV, PKD (loaded once, shared)
  Analyzer& analyzer;              ///< the text analysis the index was built with
  Model model;                     ///< feature weights
  std::string data_dir;            ///< pesmatch data directory (text/cpv_pkd_bridges.csv is read from it)
};

}  // namespace pesmatch
