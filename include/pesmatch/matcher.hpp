// Ranking the PES of an index for a tender: candidates from Xapian (BM25 over the analysed text,
// plus the PES near the place), reranked by the model over the pair features, each result with
// its per-factor explanation. Ineligible PES are left out of reserved orders, with the reason.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pesmatch/eligibility.hpp"
#include "pesmatch/features.hpp"
#include "pesmatch/messages.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/resources.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch {

/// When a call must give up: it then throws Error(ErrorCode::timeout) at its next check, between
/// stages or every few dozen candidates. Empty = no limit.
using Deadline = std::optional<std::chrono::steady_clock::time_point>;

/// How many results and candidates.
struct MatchOptions {
  std::size_t top_k = 20;             ///< results returned
  std::size_t text_candidates = 500;  ///< candidates retrieved by text from the whole index
  std::size_t local_candidates = 300; ///< candidates retrieved among PES serving or near the place
  bool show_excluded = false;         ///< also list ineligible PES (reserved tenders) with the reason
  int year = 0;                       ///< year of the order for art. 361's 3-year rule; 0 = from the tender
  Deadline deadline;                  ///< give up (Error timeout) once it has passed; empty = no limit
};

/// One factor of a score: value × weight = contribution.
struct FactorExplanation {
  Feature feature;      ///< which feature
  double value = 0;     ///< its value in [0, 1]
  double weight = 0;    ///< the model's weight
  double contribution = 0;  ///< value × weight; contributions sum to the score
  std::string detail;   ///< what it was computed from, in English (stable for scripts)
  Sentence message;     ///< the same as catalogue messages, to put in any language
};

/// One ranked PES.
struct RankedPes {
  std::string id;                          ///< PES id
  std::string name;                        ///< registered name
  double score = 0;                        ///< model score (sum of contributions)
  double distance_km = 0;                  ///< seat to nearest place of performance
  Eligibility eligibility;                 ///< for the tender's reservation
  std::vector<FactorExplanation> factors;  ///< one per feature, in Feature order
  Pes record;                              ///< the PES as indexed (contact, references), decoded once
};

/// The answer for one tender.
struct MatchResult {
  std::string tender_id;           ///< the tender
  std::vector<RankedPes> ranked;   ///< best first; ties broken by id
  std::vector<RankedPes> excluded; ///< ineligible PES (only with show_excluded), best first
  std::size_t candidates = 0;      ///< candidates scored
};

/// A candidate's features before scoring (for training and quality benchmarks).
struct CandidateFeatures {
  std::string pes_id;        ///< PES id
  FeatureVector features{};  ///< feature values
  bool eligible = true;      ///< may bid under the tender's reservation
};

/// The data snapshot an index was built from, for reports that must name it.
struct IndexSnapshot {
  std::string catalogue_digest;  ///< digest of the catalogue file
  std::string reference_date;    ///< date of the TERYT register used
  std::string version;           ///< pesmatch version that built the index
};

namespace detail {
struct MatchEngine;
}

/// Matches tenders against an index. Not thread-safe; open one per thread.
class Matcher {
 public:
  /// Opens the index at `db` (a pesmatch directory or any Xapian database or stub file), to rank
  /// with `resources`. Throws Error(io) when the index cannot be opened.
  Matcher(const std::string& db, const RankingResources& resources);
  /// Movable, not copyable (the state is held behind one pointer).
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;
  ~Matcher();

  /// Ranks the PES for `tender`.
  [[nodiscard]] MatchResult match(const Tender& tender, const MatchOptions& options = {});
  /// What the index was built from.
  [[nodiscard]] IndexSnapshot snapshot() const;
  /// Number of PES in the index.
  [[nodiscard]] std::size_t size() const;
  /// Problems noticed when opening (e.g. analyzer resources changed since the build).
  [[nodiscard]] const std::vector<std::string>& warnings() const noexcept;

 private:
  friend struct detail::MatchEngine;  // the library's internal stage API (benchmarks, training)
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Orders results best first: higher score, then lower id. Exposed for property tests.
[[nodiscard]] bool ranks_before(const RankedPes& a, const RankedPes& b) noexcept;

}  // namespace pesmatch
