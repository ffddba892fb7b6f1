// The reference data bundle: TERYT territory, CPV vocabulary and PKD classification, loaded once
// from a directory; and where the reference and pesmatch data directories are by default.
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
/// default: `<source>/../shared/reference` for programs run from the build tree,
/// `<prefix>/share/pesmatch/reference` otherwise (not shipped: copy it there or set the variable).
[[nodiscard]] std::string resolve_reference_dir(const std::string& flag);

/// The pesmatch data directory (text/, model.json) to use: `flag` if not empty, else
/// $PESMATCH_DATA, else the default: the repository's `data/` for programs run from the build
/// tree, `<prefix>/share/pesmatch/data` otherwise.
[[nodiscard]] std::string resolve_data_dir(const std::string& flag);

}  // namespace pesmatch
