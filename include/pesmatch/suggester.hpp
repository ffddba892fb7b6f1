// The OWES direction: for one member PES, the open tenders that fit it, ranked by the same model
// and features as `match`, each with its explanation. Reserved tenders the PES may not bid for
// are left out.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/geo.hpp"
#include "pesmatch/matcher.hpp"
#include "pesmatch/resources.hpp"

namespace pesmatch {

/// What to suggest.
struct SuggestOptions {
  std::size_t top_k = 20;         ///< tenders returned
  std::size_t candidates = 500;   ///< tenders retrieved by text before reranking
  std::string today;              ///< YYYY-MM-DD; tenders whose deadline is earlier are closed
  std::string published_since;    ///< YYYY-MM-DD; only tenders published on or after it ("" = all)
  Deadline deadline;              ///< give up (Error timeout) once it has passed; empty = no limit
};

/// One suggested tender.
struct RankedTender {
  std::string id;                          ///< tender id
  std::string title;                       ///< title
  std::string deadline;                    ///< YYYY-MM-DD or ""
  std::string published;                   ///< YYYY-MM-DD or ""
  double score = 0;                        ///< model score (sum of contributions)
  double distance_km = 0;                  ///< PES seat to nearest place of performance
  bool reserved_art94 = false;             ///< zamówienie zastrzeżone (art. 94 PZP)
  bool reserved_art361 = false;            ///< reserved social services (art. 361 PZP)
  bool social_services = false;            ///< main CPV in Annex XIV (art. 359 PZP, light regime)
  Eligibility eligibility;                 ///< for the PES
  std::vector<FactorExplanation> factors;  ///< one per feature
  Tender record;                           ///< the tender as indexed (buyer, places, value), decoded once
};

/// The suggestions for one PES.
struct SuggestResult {
  std::string pes_id;                ///< the PES
  std::string pes_name;              ///< its name
  std::vector<RankedTender> ranked;  ///< best first; ties by tender id
  std::size_t candidates = 0;        ///< open, eligible tenders scored
};

/// A PES as the adviser's picker lists it.
struct PesSummary {
  std::string id;          ///< PES id
  std::string name;        ///< registered name
  std::string legal_form;  ///< machine name of the legal form ("spoldzielnia_socjalna")
  std::string teryt;       ///< TERC code of the seat's gmina
  std::string place;       ///< the seat's gmina in words, e.g. "Niepołomice (gmina miejsko-wiejska)"
  std::string nip;         ///< NIP as given, or ""
  LatLon location;         ///< the seat
};

/// Suggests tenders from an index built with `index --tenders`. Not thread-safe.
class Suggester {
 public:
  /// Opens the PES and tender databases of `db_dir`, to rank with `resources`; throws Error(io)
  /// when the index has no tenders or cannot be opened.
  Suggester(const std::string& db_dir, const RankingResources& resources);
  /// Movable, not copyable (the state is held behind one pointer).
  Suggester(Suggester&&) noexcept;
  Suggester& operator=(Suggester&&) noexcept;
  ~Suggester();

  /// Ranks the open tenders for a PES; throws Error(invalid_input) for an unknown PES id.
  [[nodiscard]] SuggestResult suggest(const std::string& pes_id, const SuggestOptions& options);
  /// Ids of all PES in the index, sorted.
  [[nodiscard]] std::vector<std::string> pes_ids() const;
  /// At most `limit` PES for typed text, for a picker: the PES of that id, then those whose NIP
  /// starts with the typed digits, then those with a name word starting with each typed word
  /// (ignoring case and diacritics), then those seated in the town or gmina the text names. Each
  /// group in index order; no PES twice. Indexes built before the picker lack the name and NIP
  /// terms, so only the id and the town find PES there.
  [[nodiscard]] std::vector<PesSummary> find_pes(std::string_view text, std::size_t limit) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pesmatch
