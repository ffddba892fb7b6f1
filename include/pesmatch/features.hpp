// The named features of a (tender, PES) pair. The ranking model is a weighted sum over them, so
// each feature's contribution is the explanation a user sees.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace pesmatch {

class Catalogue;

/// Features, each scaled to [0, 1]. The six geographic features are multiplied by the pair's
/// service fit, min(1, 2 × the evidence that the PES does the work), so that nearness only counts
/// for a PES that does this kind of work. The evidence is the largest of the CPV fit to the main
/// code (an additional code names a part of the work), pkd_bridge, references, half the text fit,
/// concepts and 0.6 when its texts name the work of the main CPV label (its first synonym group,
/// or half of its groups); the words count 0.35 of that when the PES declares CPV or PKD codes of
/// another trade only (a PES whose codes say it trains or campaigns only mentions the trade).
enum class Feature : std::size_t {
  text,              ///< BM25 text fit, relative to the best candidate of the query
  concepts,          ///< share of the synonym groups of the tender's title and main CPV label
                     ///< that the PES's texts mention
  cpv,               ///< depth of the deepest CPV prefix shared with the PES's codes
  pkd_bridge,        ///< fit of the PES's PKD codes to the tender's CPV, through their labels
  references,        ///< the PES lists a past contract in the tender's CPV class
  proximity,         ///< exp(−distance / 40 km) between seat and place of performance
  service_area,      ///< the place lies in the PES's service area (1), overlaps it (0.5)
  same_gmina,        ///< seat in a gmina of the place
  same_powiat,       ///< seat in a powiat of the place
  neighbour_powiat,  ///< seat in a powiat bordering the place's powiat
  same_wojewodztwo,  ///< seat in the województwo of the place
  social_fit,        ///< eligible under the tender's reservation, or an integration employer where
                     ///< the tender has an employment clause (art. 96 PZP)
  capacity,          ///< head count against the order's value (one person per 150,000 zł a year)
  reach,             ///< for a PES whose evidence clears kReachEvidence: 1 when the place lies in its
                     ///< service area, 0.75 in its powiat or a neighbouring one, 0.5 in its
                     ///< województwo or within 60 km, 0 farther; 0 below the evidence threshold
  count_,            ///< number of features (not a feature)
};

/// The evidence that a PES does the work from which `reach` counts.
inline constexpr double kReachEvidence = 0.4;

/// Number of features.
inline constexpr std::size_t kFeatureCount = static_cast<std::size_t>(Feature::count_);

/// Values of all features of one pair.
using FeatureVector = std::array<double, kFeatureCount>;

/// The name used in model files and explanations ("text", "cpv", …).
[[nodiscard]] std::string_view feature_name(Feature f) noexcept;

/// The feature of a name, or count_ when unknown.
[[nodiscard]] Feature feature_from_name(std::string_view name) noexcept;

/// A factor's label in the language of `words` ("zgodność opisu"): its catalogue key "feature.<name>".
[[nodiscard]] const std::string& feature_label(const Catalogue& words, Feature f);

}  // namespace pesmatch
