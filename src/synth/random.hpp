// Deterministic randomness for the synthesizer: std::mt19937_64 (whose output sequence the standard
// fixes) with hand-written, integer-only distributions, because the standard library's distributions
// differ between library versions and would break byte-identical output.
#pragma once

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

namespace pesmatch::synth {

/// SplitMix64 finaliser: spreads a 64-bit value (used to derive independent seeds).
constexpr std::uint64_t mix64(std::uint64_t x) noexcept {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

/// A seeded engine with portable distributions.
class Rng {
 public:
  /// Seeds the engine with `seed`.
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  /// A raw 64-bit draw.
  std::uint64_t next() { return engine_(); }

  /// Uniform in [0, n); n must be > 0. Rejection keeps it exactly uniform.
  std::uint64_t below(std::uint64_t n) {
    const std::uint64_t threshold = (0 - n) % n;  // 2^64 mod n
    std::uint64_t x = next();
    while (x < threshold) x = next();
    return x % n;
  }

  /// Uniform integer in [lo, hi].
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1)); }

  /// True with probability `per_mille` / 1000.
  bool chance(int per_mille) { return below(1000) < static_cast<std::uint64_t>(per_mille); }

  /// A uniformly chosen element of a non-empty container.
  template <typename Container>
  const auto& pick(const Container& items) {
    return items[static_cast<std::size_t>(below(items.size()))];
  }

 private:
  std::mt19937_64 engine_;
};

/// Draws indices with fixed integer weights (cumulative table, binary search).
class WeightedTable {
 public:
  /// Appends an item with `weight` ≥ 0; returns its index.
  std::size_t add(std::uint64_t weight) {
    cumulative_.push_back(total() + weight);
    return cumulative_.size() - 1;
  }
  /// Sum of all weights.
  [[nodiscard]] std::uint64_t total() const { return cumulative_.empty() ? 0 : cumulative_.back(); }
  /// Number of items.
  [[nodiscard]] std::size_t size() const { return cumulative_.size(); }
  /// An index drawn with probability weight / total; total must be > 0.
  std::size_t draw(Rng& rng) const {
    const auto x = rng.below(total());
    return static_cast<std::size_t>(std::upper_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin());
  }

 private:
  std::vector<std::uint64_t> cumulative_;
};

}  // namespace pesmatch::synth
