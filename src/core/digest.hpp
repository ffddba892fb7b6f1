// FNV-1a, 64 bit: a cheap, stable fingerprint for telling whether an input file or a word list
// changed. Not a cryptographic hash.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace pesmatch::detail {

/// Incremental FNV-1a digest.
class Fnv1a {
 public:
  /// Adds bytes.
  void update(std::string_view bytes) noexcept {
    for (unsigned char ch : bytes) hash_ = (hash_ ^ ch) * 1099511628211ull;
  }
  /// 16 hex digits.
  std::string hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash_));
    return buf;
  }

 private:
  std::uint64_t hash_ = 1469598103934665603ull;
};

}  // namespace pesmatch::detail
