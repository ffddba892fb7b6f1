// The stages of a match over one open index (retrieve, rerank, explain), the state behind a
// Matcher handle. Internal to the library, meant for the stages above rank: the benchmarks time
// each stage apart (bench/bm_match.cpp) and training reads the candidates' features (eval).
#pragma once

#include <xapian.h>

#include <optional>
#include <utility>
#include <vector>

#include "index/value_mirror.hpp"
#include "pesmatch/matcher.hpp"
#include "rank/deadline.hpp"
#include "rank/query_builder.hpp"
#include "rank/reranker.hpp"

namespace pesmatch::detail {

/// The matching pipeline over one open index: retrieval of the PES here, the rest in the shared
/// Reranker. Not thread-safe (the analyzer and PKD bridge cache).
struct MatchEngine {
  Xapian::Database db;
  const ReferenceData& ref;
  Analyzer& analyzer;
  Reranker reranker;
  std::vector<std::string> warnings;
  /// The index's values outside Xapian (index/value_mirror.hpp); empty: read Xapian's value table.
  std::optional<ValueMirrors> mirror;

  MatchEngine(Xapian::Database database, const RankingResources& resources)
      : db(std::move(database)), ref(resources.reference), analyzer(resources.analyzer), reranker(resources) {}

  /// A retrieved PES: its document, its decoded profile and its score.
  struct Candidate {
    Xapian::docid docid;
    RankingProfile profile;
    PairScore scored;
  };
  /// Retrieved documents with their BM25 weight, in docid order.
  using Retrieved = std::vector<std::pair<Xapian::docid, double>>;

  /// Stage 1: candidate retrieval from Xapian (text top-k plus local top-k).
  Retrieved retrieve(const Tender& tender, const MatchOptions& options);
  /// Stage 1 in a large index: candidates from small pools (trade nationwide, near the place,
  /// in its region), each weighed by the whole text query.
  Retrieved retrieve_pools(const Tender& tender, const TenderQueries& queries, const MatchOptions& options);
  /// Replaces the weights of `retrieved` (sorted by docid) with their weights under the query of
  /// the `selected` leaves of `words` (WordBag::query(selected)).
  void reweigh(Retrieved& retrieved, const WordBag& words, const WordBag::Selection& selected);
  /// Stage 2: decodes the candidates' profiles, checks eligibility, computes features and scores.
  std::vector<Candidate> rerank(const TenderContext& context, const Retrieved& retrieved, const MatchOptions& options);
  /// Stages 1 and 2, each started only while options.deadline has not passed.
  std::vector<Candidate> gather(const TenderContext& context, const MatchOptions& options) {
    check_deadline(options.deadline, "before candidate retrieval");
    const auto retrieved = retrieve(context.tender, options);
    check_deadline(options.deadline, "after candidate retrieval");
    return rerank(context, retrieved, options);
  }
  /// Stage 3: orders the candidates and explains the top k (and the excluded, when asked).
  MatchResult select(const TenderContext& context, std::vector<Candidate>& candidates, const MatchOptions& options);

  /// The eligible candidates of `tender` with their features, unscored, in no particular order
  /// (what training learns from).
  std::vector<CandidateFeatures> candidates(const Tender& tender, const MatchOptions& options);

  /// The stages behind `matcher`.
  static MatchEngine& of(Matcher& matcher);

  /// Adds the stored record to a result, decoded by the catalogue's own parser (parse_pes).
  void attach_record(RankedPes& r, Xapian::docid docid) const;
};

}  // namespace pesmatch::detail
