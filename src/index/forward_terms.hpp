// The forward list of a PES document: the free-text terms a tender's text query can meet, with
// their wdf, and the document's length as Xapian counts it, packed into one value slot so that
// the exact BM25 weight of a few hundred candidates needs no posting list (rank/text_scorer).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

namespace pesmatch::detail {

/// Packs the text terms of `doc` (every term with a wdf but the CPV terms, which no text query
/// holds), sorted, each sharing its prefix with the one before, and the document's length (the
/// sum of all its wdf, as glass stores it).
std::string encode_forward_terms(const Xapian::Document& doc);

/// Reads a packed forward list term by term, in term order, without allocating per term.
class ForwardTerms {
 public:
  /// Throws Error(io) when the value is empty or of another layout.
  explicit ForwardTerms(std::string_view packed) { reset(packed); }
  ForwardTerms() = default;
  /// Starts reading another packed list, reusing the term's buffer. Throws as the constructor.
  void reset(std::string_view packed);
  /// The document's length.
  [[nodiscard]] Xapian::termcount length() const noexcept { return length_; }
  /// Advances to the next term; false at the end. Throws Error(io) on a corrupt value.
  bool next();
  /// The current term (valid until the next call of next()).
  [[nodiscard]] std::string_view term() const noexcept { return term_; }
  /// The current term's wdf.
  [[nodiscard]] Xapian::termcount wdf() const noexcept { return wdf_; }

 private:
  std::string_view in_;
  Xapian::termcount length_ = 0;
  std::string term_;
  Xapian::termcount wdf_ = 0;
};

}  // namespace pesmatch::detail
