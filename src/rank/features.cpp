#include "pesmatch/features.hpp"

#include "pesmatch/messages.hpp"

namespace pesmatch {
namespace {

constexpr std::array<std::string_view, kFeatureCount> kNames = {
    "text",       "concepts",   "cpv",        "pkd_bridge",       "references", "proximity", "service_area",
    "same_gmina", "same_powiat", "neighbour_powiat", "same_wojewodztwo", "social_fit", "capacity", "reach"};

}  // namespace

std::string_view feature_name(Feature f) noexcept { return kNames[static_cast<std::size_t>(f)]; }

Feature feature_from_name(std::string_view name) noexcept {
  for (std::size_t i = 0; i < kFeatureCount; ++i)
    if (kNames[i] == name) return static_cast<Feature>(i);
  return Feature::count_;
}

const std::string& feature_label(const Catalogue& words, Feature f) { return words.text("feature." + std::string(feature_name(f))); }

}  // namespace pesmatch
