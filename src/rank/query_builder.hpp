// Xapian queries for a tender: the BM25 text query over lemmas and synonym concepts, and the
// boolean clauses for CPV branches, the place's territory and reservation eligibility.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch::detail {

/// How common the leaves of a WordBag are in one database: read once per match, shared by the
/// pruned queries.
struct LeafFrequencies {
  /// Per leaf, in leaf order: the documents holding its commonest term (a synonym's lower bound).
  std::vector<double> of_leaf;
  double documents = 1;  ///< documents in the database, at least 1
};

/// The words of a text query, each distinct (lemmas, wqf) leaf kept once with its count.
class WordBag {
 public:
  /// One leaf: a word (its lemmas as nested two-term OP_SYNONYMs, in order) or a concept term.
  struct Leaf {
    Xapian::Query query;             ///< the leaf unscaled: a term, or the synonym of a word's lemmas
    std::vector<std::string> terms;  ///< the lemmas of a word, or the concept term
    Xapian::termcount wqf;           ///< each term's within-query frequency
    std::size_t count;               ///< times the leaf was added: its weight's scale factor
  };
  /// Indexes of leaves, in the order their query adds them.
  using Selection = std::vector<std::size_t>;

  /// Adds the words and concepts of an analysis at `wqf`.
  void add(const Analysis& analysis, Xapian::termcount wqf);
  /// Every leaf, in the order added.
  [[nodiscard]] const std::vector<Leaf>& leaves() const noexcept { return leaves_; }
  /// Every leaf's index.
  [[nodiscard]] Selection all() const;
  /// The OR of the leaves, a leaf seen n times scaled by n (the same BM25 weights as n copies).
  [[nodiscard]] Xapian::Query query() const;
  /// The same OR over the `selected` leaves only.
  [[nodiscard]] Xapian::Query query(const Selection& selected) const;
  /// Each leaf's document frequency in `db`.
  [[nodiscard]] LeafFrequencies frequencies(const Xapian::Database& db) const;
  /// At most `max_leaves` leaves, those that can weigh most (rarest terms, higher wqf, more
  /// repeats), strongest first: a cheaper query for finding candidates in a large index.
  [[nodiscard]] Selection strongest_leaves(const LeafFrequencies& frequencies, std::size_t max_leaves) const;
  /// The query of strongest_leaves.
  [[nodiscard]] Xapian::Query strongest(const LeafFrequencies& frequencies, std::size_t max_leaves) const;
  /// The leaves found in at most `max_share` of the documents.
  [[nodiscard]] Selection informative_leaves(const LeafFrequencies& frequencies, double max_share) const;
  /// The query of informative_leaves.
  [[nodiscard]] Xapian::Query informative(const LeafFrequencies& frequencies, double max_share) const;

 private:
  static Xapian::Query scaled(const Leaf& leaf);
  std::vector<Leaf> leaves_;
  std::unordered_map<std::string, std::size_t> index_;
};

/// The retrieval queries of one tender.
struct TenderQueries {
  Xapian::Query text;      ///< weighted: lemmas (several lemmas of a word as one synonym) and concepts
  WordBag words;           ///< the leaves of `text`, for a pruned candidate query
  Xapian::Query cpv;       ///< boolean: the tender's CPV codes and their ancestors below division level
  Xapian::Query local;     ///< boolean: PES serving a place, or seated in its powiat
  Xapian::Query near;      ///< boolean: PES seated in a place's powiat or serving the place or its powiat
  Xapian::Query around;    ///< boolean: PES seated in the other powiats near a place
  Xapian::Query regional;  ///< boolean: PES serving a place's whole województwo (or a part of a województwo place)
  Xapian::Query eligible;  ///< boolean: may bid under the reservation; every document when not reserved
};

/// Builds the queries; title words weigh twice as much as the rest.
TenderQueries build_queries(const Tender& tender, const ReferenceData& ref, Analyzer& analyzer);

/// The other direction (`suggest`): a PES's offer as a query over tenders; service tags weigh
/// twice as much as the description.
Xapian::Query pes_text_query(const Pes& pes, Analyzer& analyzer);

/// Appends one query per analysed word (its lemmas as one OP_SYNONYM) and per concept.
void add_words(std::vector<Xapian::Query>& out, const Analysis& analysis, Xapian::termcount wqf);

}  // namespace pesmatch::detail
