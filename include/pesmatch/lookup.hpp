// Autocomplete over the reference data, for forms where people type part of a name: CPV codes by
// their Polish label or digits, and TERYT units by place name. Built once, then read-only and safe
// to share between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/cpv.hpp"
#include "pesmatch/teryt.hpp"

namespace pesmatch {

/// CPV entries found for typed text, best first.
class CpvLookup {
 public:
  /// Keys every label of `vocabulary` (lowercased, diacritics folded); keeps a reference to it.
  explicit CpvLookup(const CpvVocabulary& vocabulary);
  /// Movable, not copyable (the state is held behind one pointer).
  CpvLookup(CpvLookup&&) noexcept;
  CpvLookup& operator=(CpvLookup&&) noexcept;
  ~CpvLookup();

  /// Entries whose code starts with the typed digits ("9091", "90911200-8"), or whose Polish label
  /// contains a word starting with each typed word, ignoring case and diacritics ("sprzat bud"
  /// finds "Usługi sprzątania budynków"); a typed word of six letters or more loses its last two,
  /// so inflected forms meet ("sprzątanie budynków" finds it too). Order for words: label
  /// starting with the text, then shorter labels, then broader codes; for digits: broader codes
  /// first, then code. Empty text gives nothing.
  [[nodiscard]] std::vector<CpvEntry> search(std::string_view text, std::size_t limit) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A TERYT unit offered for a typed place name.
struct PlaceMatch {
  TerytUnit unit;           ///< the unit
  std::string description;  ///< Territory::describe, e.g. "Kłodawa (gmina miejsko-wiejska)"
  std::string parents;      ///< its powiat and województwo names, e.g. "powiat bolesławiecki, woj. dolnośląskie"
};

/// TERYT units found for typed place names, best first.
class PlaceLookup {
 public:
  /// Keys every unit name of `territory`; keeps a reference to it.
  explicit PlaceLookup(const Territory& territory);
  /// Movable, not copyable (the state is held behind one pointer).
  PlaceLookup(PlaceLookup&&) noexcept;
  PlaceLookup& operator=(PlaceLookup&&) noexcept;
  ~PlaceLookup();

  /// First what Territory::resolve_place makes of the text as a town or gmina name (with its
  /// prefixes such as "gmina wiejska"), or the ambiguous candidates; then powiaty and województwa
  /// of that name; then whole units (gminy of types 1–3, powiaty, województwa) whose name starts
  /// with the text, ignoring case and diacritics, gminy first, by name. A 2-, 4- or 7-digit code
  /// prefix finds the units whose code starts with it. No unit twice.
  [[nodiscard]] std::vector<PlaceMatch> search(std::string_view text, std::size_t limit) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pesmatch
