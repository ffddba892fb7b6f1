// The BM25 weight of a text query over a few candidates, computed from their forward lists
// (index/forward_terms) and the database's global statistics instead of by Xapian's matcher: no
// posting list is walked, and the weights do not depend on how the catalogue is split in shards.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "index/forward_terms.hpp"
#include "rank/query_builder.hpp"

namespace pesmatch::detail {

/// Xapian 1.4's BM25Weight with its default parameters, as the matcher's Enquire uses it, for
/// the query WordBag::query(selected) builds: an OR of terms and nested two-term OP_SYNONYMs,
/// each scaled by its leaf's count.
class TextScorer {
 public:
  /// A scorer of the `selected` leaves of `words` over `db`, reading each term's frequency once.
  static TextScorer of(const WordBag& words, const WordBag::Selection& selected, const Xapian::Database& db);

  /// The weight Xapian gives the document whose packed forward list is `forward` (not
  /// thread-safe: one scorer reuses its buffers from one document to the next).
  /// Throws Error(io) when the value is corrupt.
  [[nodiscard]] double weight(std::string_view forward);

 private:
  // One weighted subquery: a term, or a synonym of terms (its wdf the sum of theirs).
  struct Leaf {
    std::vector<std::size_t> terms;  // indexes in terms_
    double termweight;               // BM25Weight::termweight: idf, wqf and scale factors, k1 + 1
  };
  TextScorer() = default;
  std::vector<std::string> terms_;  // sorted, distinct
  std::vector<Leaf> leaves_;
  double len_factor_ = 0;           // 1 / the average document length
  ForwardTerms doc_;                 // buffers reused from one document to the next
  std::vector<Xapian::termcount> wdf_;
};

}  // namespace pesmatch::detail
