// The ranking profile of a PES: every field the reranker reads, packed into one Xapian value so
// that scoring a candidate costs one value read and no JSON parsing. Free text is not included.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"

namespace pesmatch::detail {

/// What the reranker knows of a PES: its record without free text, and the synonym groups
/// (concepts) its texts mention. Decoding allocates little: the concepts and the past contracts'
/// titles stay in the stored bytes, read when asked for (titles only by the explanation).
struct RankingProfile {
  Pes pes;             ///< description, services and contact are empty; references without title,
                       ///< and without buyer unless awarded under art. 361 (the only rule reading it)
  std::string packed;  ///< the stored value, which the accessors below read

  /// Calls `f(std::string_view)` for each concept (canonical synonym group name), in sorted order.
  template <class F>
  void for_each_concept(F&& f) const {
    std::size_t at = concepts_at;
    for (std::uint16_t i = 0; i < concept_count; ++i) {
      const auto n = read_length(at);
      f(std::string_view(packed).substr(at + 4, n));
      at += 4 + n;
    }
  }
  /// The concepts, copied (for tests and explanations).
  [[nodiscard]] std::vector<std::string> concepts() const;
  /// The title of past contract `i` (as in pes.references).
  [[nodiscard]] std::string_view reference_title(std::size_t i) const;

  std::size_t concepts_at = 0;     ///< offset of the first concept in `packed`
  std::uint16_t concept_count = 0; ///< number of concepts

 private:
  [[nodiscard]] std::uint32_t read_length(std::size_t at) const {
    std::uint32_t n;
    std::memcpy(&n, packed.data() + at, sizeof n);
    return n;
  }
};

/// Packs the ranking-relevant fields of `pes` and its concepts (sorted, unique).
std::string encode_profile(const Pes& pes, const std::vector<std::string>& concepts);

/// Unpacks a profile. Throws Error(io) when the value is corrupt or of another version.
RankingProfile decode_profile(std::string packed, const ReferenceData& ref);

}  // namespace pesmatch::detail
