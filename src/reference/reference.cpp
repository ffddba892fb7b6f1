#include "pesmatch/reference.hpp"

#include <cstdlib>
#include <filesystem>

#include "core/default_paths.hpp"

namespace pesmatch {

namespace {

// The TERC register in `dir`: terc_2025.csv, else the newest GUS download TERC_Urzedowy_<date>.xml
// dropped in unchanged (its ISO date makes the newest sort last); the CSV's path when neither
// exists, so that the error names the file the README asks for.
std::string terc_path(const std::string& dir) {
  const std::string csv = dir + "/terc_2025.csv";
  std::error_code ec;
  if (std::filesystem::exists(csv, ec)) return csv;
  std::string newest;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("TERC_Urzedowy_") && name.ends_with(".xml") && name > newest) newest = name;
  }
  return newest.empty() ? csv : dir + "/" + newest;
}

}  // namespace

ReferenceData ReferenceData::load(const std::string& dir) {
  return ReferenceData{dir, Territory::load(terc_path(dir), dir + "/powiaty_geo.csv"),
                       CpvVocabulary::load(dir + "/cpv2008.csv"), PkdClassification::load(dir)};
}

std::string resolve_reference_dir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("PESMATCH_REFERENCE"); env && *env) return env;
  return detail::default_reference_dir();
}

std::string resolve_data_dir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("PESMATCH_DATA"); env && *env) return env;
  return detail::default_data_dir();
}

}  // namespace pesmatch
