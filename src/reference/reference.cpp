#include "pesmatch/reference.hpp"

#include <cstdlib>

#ifndef PESMATCH_DEFAULT_REFERENCE_DIR
#define PESMATCH_DEFAULT_REFERENCE_DIR "../shared/reference"
#endif

namespace pesmatch {

ReferenceData ReferenceData::load(const std::string& dir) {
  return ReferenceData{dir, Territory::load(dir + "/terc_2025.csv", dir + "/powiaty_geo.csv"),
                       CpvVocabulary::load(dir + "/cpv2008.csv"), PkdClassification::load(dir)};
}

std::string resolve_reference_dir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("PESMATCH_REFERENCE"); env && *env) return env;
  return PESMATCH_DEFAULT_REFERENCE_DIR;
}

}  // namespace pesmatch
