// Computes the feature vector of one (tender, PES) pair, with a short reason per feature that
// becomes the explanation in results.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/eligibility.hpp"
#include "pesmatch/features.hpp"
#include "pesmatch/reference.hpp"
#include "index/profile.hpp"
#include "rank/pkd_bridge.hpp"

namespace pesmatch::detail {

/// Features of a pair and what they were computed from.
struct PairFeatures {
  FeatureVector values{};                          ///< feature values in [0, 1]
  std::array<Sentence, kFeatureCount> details;     ///< reason per feature, as catalogue messages
  double distance_km = 0;                          ///< seat to nearest place of performance
  double main_cpv = 0;                             ///< the cpv grade against the main code alone
  bool explained = false;                          ///< details were filled in
};

/// What is computed once per tender: the synonym groups of its core subject (title and main CPV
/// label), which the `concepts` feature looks for in each PES.
struct TenderContext {
  const Tender& tender;               ///< the tender
  std::vector<std::string> concepts;  ///< sorted canonical group names
  std::vector<std::string> trade;     ///< those of the main CPV label alone: what the code says the work is
  std::string trade_head;             ///< the label's first group: the work itself ("sprzątanie" of
                                      ///< "Usługi sprzątania biur i szkół"), the others name its
                                      ///< objects or beneficiaries
  std::uint64_t serial = 0;           ///< unique per make_tender_context call (0: none), so that
                                      ///< the extractor computes its per-tender facts once
};

/// The context of a tender: the synonym groups of its title and main CPV label.
TenderContext make_tender_context(const Tender& tender, const CpvVocabulary& cpv, Analyzer& analyzer);

/// Feature computation shared by `match` and `suggest`, so that both rank with one model.
class PairFeatureExtractor {
 public:
  /// `bridge` supplies the PKD→CPV fit.
  PairFeatureExtractor(const ReferenceData& ref, PkdBridge& bridge) : ref_(ref), bridge_(bridge) {}

  /// Features of `pes` for `tender`; `text` is the BM25 weight relative to the query's best.
  /// With `explain`, also the details (costly: only for results that will be shown).
  PairFeatures extract(const TenderContext& tender, const RankingProfile& pes, double text, const Eligibility& eligibility,
                       bool explain);

 private:
  static void concept_fit(const TenderContext& t, const RankingProfile& p, PairFeatures& out);
  void cpv_fit(const Tender& t, const Pes& p, PairFeatures& out) const;
  void pkd_fit(const Tender& t, const Pes& p, PairFeatures& out);
  void reference_fit(const Tender& t, const RankingProfile& p, PairFeatures& out) const;
  void geography(const TenderContext& t, const Pes& p, PairFeatures& out);
  void prepare(const TenderContext& t);
  bool neighbour_of(std::size_t place, const TerytCode& seat_powiat);
  static void gate_geography(const Pes& p, bool names_the_trade, PairFeatures& out);
  static bool names_the_trade(const TenderContext& t, const RankingProfile& p);
  void capacity(const Tender& t, const Pes& p, PairFeatures& out) const;
  void social_fit(const Tender& t, const Pes& p, const Eligibility& e, PairFeatures& out) const;

  // What geography reads of each place of the tender, computed once per tender (prepare).
  struct Place {
    LatLon centroid;
    bool wojewodztwo = false;  // the place is a whole województwo
    TerytCode powiat;          // its powiat (the województwo itself for a województwo)
    std::string woj;           // its 2-digit województwo
  };

  const ReferenceData& ref_;
  PkdBridge& bridge_;
  std::uint64_t prepared_ = 0;                           // serial of the tender the places are of
  std::vector<Place> places_;
  std::unordered_map<std::uint32_t, bool> neighbours_;  // place index, seat powiat → neighbours
};

/// Grade of a shared CPV prefix: 2 digits (division) 0.25 … 8 or the whole code 1.
double cpv_prefix_grade(int shared_digits, bool identical) noexcept;

}  // namespace pesmatch::detail
