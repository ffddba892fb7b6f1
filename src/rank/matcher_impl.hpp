// The state behind a Matcher handle, shared by the ranking (matcher.cpp) and the baselines
// (baselines.cpp): the open database, the analyzer, the model and the feature extractor.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>

#include "pesmatch/matcher.hpp"
#include "rank/pair_features.hpp"
#include "rank/pkd_bridge.hpp"

namespace pesmatch {

struct Matcher::Impl {
  Xapian::Database db;
  const ReferenceData& ref;
  Analyzer& analyzer;
  Model model;
  detail::PkdBridge bridge;
  detail::PairFeatureExtractor extractor;
  std::vector<std::string> warnings;

  Impl(Xapian::Database database, const ReferenceData& r, Analyzer& a, Model m, const std::string& data_dir)
      : db(std::move(database)), ref(r), analyzer(a), model(m),
        bridge(r, a, data_dir + "/text/cpv_pkd_bridges.csv"), extractor(r, bridge) {}

  struct Candidate {
    Xapian::docid docid;
    detail::RankingProfile profile;
    double text;
    Eligibility eligibility;
    detail::PairFeatures pair;  // values only
    double score;
  };

  /// Retrieves the candidates and computes their features and eligibility.
  std::vector<Candidate> gather(const detail::TenderContext& context, const MatchOptions& options);
  /// Explains a candidate: its features with details, one contribution per feature.
  RankedPes explain(const detail::TenderContext& context, const Candidate& c);

  /// Adds the stored record (contact, name) to a result.
  void attach_record(RankedPes& r, Xapian::docid docid) {
    r.record_json = db.get_document(docid).get_data();
    r.name = nlohmann::json::parse(r.record_json).value("name", "");
  }
};

}  // namespace pesmatch
