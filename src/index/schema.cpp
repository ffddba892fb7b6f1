#include "index/schema.hpp"

#include <algorithm>

namespace pesmatch::detail::schema {

void add_text(Xapian::Document& doc, const Analysis& analysis, Xapian::termcount wdf) {
  for (const auto& word : analysis.words) {
    for (const auto& lemma : word.lemmas) doc.add_term(lemma, wdf);
    // The folded surface lets a query typed without diacritics ("sprzatanie"), which hunspell
    // cannot lemmatize, still meet the word.
    if (std::find(word.lemmas.begin(), word.lemmas.end(), word.surface) == word.lemmas.end())
      doc.add_term(word.surface, wdf);
  }
  for (const auto& concept_name : analysis.concepts) doc.add_term(kConcept + concept_name, wdf);
}

}  // namespace pesmatch::detail::schema
