// The rankings a user would get without pesmatch, which `bench-quality` measures pesmatch against
// and `match --baseline` prints: BM25 over the text alone and a directory or portal search by
// keyword and territory, in both directions. Part of evaluation, not of matching.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch {

/// The tender → PES baselines over an index's PES. Not thread-safe (the analyzer caches).
class TenderBaselines {
 public:
  /// Opens the index at `db` (as Matcher does); throws Error(io) when it cannot be opened.
  TenderBaselines(const std::string& db, const ReferenceData& ref, Analyzer& analyzer);
  /// Movable, not copyable (the state is held behind one pointer).
  TenderBaselines(TenderBaselines&&) noexcept;
  TenderBaselines& operator=(TenderBaselines&&) noexcept;
  ~TenderBaselines();

  /// Xapian BM25 over the analysed text alone, top `k` PES ids (no rerank, no filter).
  /// Throws Error(io) when the index cannot be read.
  [[nodiscard]] std::vector<std::string> bm25(const Tender& tender, std::size_t k);
  /// The same BM25 ranking, keeping only PES seated in the place's województwo (what a keyword
  /// search with a region filter gives).
  [[nodiscard]] std::vector<std::string> bm25_wojewodztwo(const Tender& tender, std::size_t k);
  /// A directory search as an officer would do it: PES whose text contains a word of the main CPV
  /// label, those seated in the place's powiat first, then in its województwo, each group in name
  /// order; others are not listed.
  [[nodiscard]] std::vector<std::string> directory(const Tender& tender, std::size_t k);

 private:
  std::vector<std::string> text(const Tender& tender, std::size_t k, bool in_wojewodztwo);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The PES → tender baselines of `bench-quality --direction pes` over an index built with
/// `index --tenders`. Not thread-safe.
class PesBaselines {
 public:
  /// Opens the PES and tender databases of `db_dir` (as Suggester does); throws Error(io) when
  /// the index has no tenders or cannot be opened.
  PesBaselines(const std::string& db_dir, const ReferenceData& ref, Analyzer& analyzer);
  /// Movable, not copyable (the state is held behind one pointer).
  PesBaselines(PesBaselines&&) noexcept;
  PesBaselines& operator=(PesBaselines&&) noexcept;
  ~PesBaselines();

  /// Tenders ranked by BM25 of the PES's text alone (no codes, place, eligibility or deadline),
  /// `k` at most. Throws Error(invalid_input) for an unknown PES id.
  [[nodiscard]] std::vector<std::string> bm25(const std::string& pes_id, std::size_t k);
  /// A tender portal's keyword search (first word of the PES's first CPV label, else service tag,
  /// else description) filtered to the PES's powiat, then its województwo, newest first. `k` at
  /// most. Throws Error(invalid_input) for an unknown PES id.
  [[nodiscard]] std::vector<std::string> directory(const std::string& pes_id, std::size_t k);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pesmatch
