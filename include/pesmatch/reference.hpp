// The reference data bundle: TERYT territory, CPV vocabulary and PKD classification, loaded once
// from a directory (default: ../shared/reference beside the repository).
#pragma once

#include <string>

#include "pesmatch/cpv.hpp"
#include "pesmatch/pkd.hpp"
#include "pesmatch/teryt.hpp"

namespace pesmatch {

/// Everything read from the reference directory. Immutable once loaded; share it by reference.
struct ReferenceData {
  std::string dir;        ///< where it was loaded from
  Territory territory;    ///< TERC units, centroids, neighbours
  CpvVocabulary cpv;      ///< CPV 2008 with Polish labels and the Annex XIV flag
  PkdClassification pkd;  ///< PKD 2007/2025

  /// Loads all files from `dir`; throws Error(io) naming a missing file. TERYT comes from
  /// `terc_2025.csv`, or when that is absent from the newest GUS `TERC_Urzedowy_*.xml` there.
  static ReferenceData load(const std::string& dir);
};

/// The reference directory to use: `flag` if not empty, else $PESMATCH_REFERENCE, else the
/// build-time default (`<source>/../shared/reference`).
[[nodiscard]] std::string resolve_reference_dir(const std::string& flag);

}  // namespace pesmatch
