// CPV 2008 codes and the vocabulary that validates them. The check digit follows no single
// formula, so a code is valid only when the vocabulary lists it with that digit.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/parsed.hpp"

namespace pesmatch {

/// A CPV code known to the vocabulary, e.g. 90911200-8.
class CpvCode {
 public:
  /// The eight digits as a number (90911200).
  [[nodiscard]] std::uint32_t digits() const noexcept { return digits_; }
  /// The check digit (0–9).
  [[nodiscard]] int check_digit() const noexcept { return check_; }
  /// `NNNNNNNN-N`.
  [[nodiscard]] std::string str() const;
  /// The eight digits as text, zero-padded ("03000000").
  [[nodiscard]] std::string digits_str() const;
  /// Number of significant leading digits: 2 division, 3 group, 4 class, 5 category, 6–8 below.
  [[nodiscard]] int significant_digits() const noexcept;
  /// Length of the common leading digits of two codes, capped at the shorter significant part.
  [[nodiscard]] int shared_prefix(const CpvCode& other) const noexcept;

  friend bool operator==(const CpvCode&, const CpvCode&) = default;
  friend auto operator<=>(const CpvCode&, const CpvCode&) = default;

 private:
  friend class CpvVocabulary;
  CpvCode(std::uint32_t digits, int check) : digits_(digits), check_(check) {}
  std::uint32_t digits_ = 0;
  int check_ = 0;
};

/// One vocabulary entry.
struct CpvEntry {
  CpvCode code;             ///< the code
  std::string label_pl;     ///< Polish label
  std::string label_en;     ///< English label
  bool annex_xiv = false;   ///< social and other specific services (art. 359 PZP, Annex XIV)
};

/// The CPV 2008 main vocabulary. Immutable once loaded.
class CpvVocabulary {
 public:
  /// Loads `cpv2008.csv`; throws Error on a bad file.
  static CpvVocabulary load(const std::string& path);

  /// Movable, not copyable (the state is held behind one pointer).
  CpvVocabulary(CpvVocabulary&&) noexcept;
  CpvVocabulary& operator=(CpvVocabulary&&) noexcept;
  ~CpvVocabulary();

  /// Validates `NNNNNNNN-N` against the vocabulary, check digit included.
  [[nodiscard]] Parsed<CpvCode> parse(std::string_view text) const;
  /// The code with these eight digits, or nullopt when the vocabulary has none.
  [[nodiscard]] std::optional<CpvCode> find(std::uint32_t digits) const;
  /// The entry of a code (always present for a parsed code).
  [[nodiscard]] const CpvEntry& entry(const CpvCode& code) const;
  /// Ancestors from the division down, excluding the code itself.
  [[nodiscard]] std::vector<CpvCode> ancestors(const CpvCode& code) const;
  /// All entries in code order.
  [[nodiscard]] const std::vector<CpvEntry>& entries() const noexcept;

 private:
  struct Impl;
  explicit CpvVocabulary(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace pesmatch
