// PKD (Polska Klasyfikacja Działalności) 2007 and 2025: codes, names and the GUS correspondence
// between the two. PES registers carry PKD 2007 subclasses such as 81.21.Z.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/parsed.hpp"

namespace pesmatch {

/// A PKD 2007 subclass known to the classification, e.g. 81.21.Z.
class PkdCode {
 public:
  /// `NN.NN.X`.
  [[nodiscard]] const std::string& str() const noexcept { return code_; }
  /// The class `NN.NN`.
  [[nodiscard]] std::string pkd_class() const { return code_.substr(0, 5); }
  /// The group `NN.N`.
  [[nodiscard]] std::string group() const { return code_.substr(0, 4); }
  /// The division `NN`.
  [[nodiscard]] std::string division() const { return code_.substr(0, 2); }

  friend bool operator==(const PkdCode&, const PkdCode&) = default;
  friend auto operator<=>(const PkdCode&, const PkdCode&) = default;

 private:
  friend class PkdClassification;
  explicit PkdCode(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

/// PKD 2007 and 2025 names and their correspondence. Immutable once loaded.
class PkdClassification {
 public:
  /// Loads PKD_2007.csv, PKD_2025.csv, MAP_PKD_2007_2025.csv and pkd2007_descriptions.csv from `dir`.
  static PkdClassification load(const std::string& dir);

  /// Movable, not copyable (the state is held behind one pointer).
  PkdClassification(PkdClassification&&) noexcept;
  PkdClassification& operator=(PkdClassification&&) noexcept;
  ~PkdClassification();

  /// Validates a PKD 2007 subclass `NN.NN.X` (a class `NN.NN` with a single subclass is accepted).
  [[nodiscard]] Parsed<PkdCode> parse(std::string_view text) const;
  /// The PKD 2007 name of a subclass.
  [[nodiscard]] const std::string& name(const PkdCode& code) const;
  /// The official explanatory note of the subclass's class, or "" when GUS's file lacks it.
  [[nodiscard]] const std::string& description(const PkdCode& code) const;
  /// The PKD 2025 symbols that GUS maps this subclass's class to.
  [[nodiscard]] std::vector<std::string> to_2025(const PkdCode& code) const;
  /// The PKD 2025 name of a symbol, or "" when unknown.
  [[nodiscard]] const std::string& name_2025(std::string_view symbol) const;

 private:
  struct Impl;
  explicit PkdClassification(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace pesmatch
