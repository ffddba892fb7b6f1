// The forward list of a PES document: its free-text terms with their wdf and its length, read back
// as written, whatever the terms' lengths.
#include "index/forward_terms.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

#include "index/schema.hpp"
#include "pesmatch/error.hpp"

namespace pesmatch::detail {
namespace {

using Terms = std::vector<std::pair<std::string, Xapian::termcount>>;

Terms read_all(const std::string& packed) {
  ForwardTerms forward(packed);
  Terms out;
  while (forward.next()) out.emplace_back(std::string(forward.term()), forward.wdf());
  return out;
}

TEST(ForwardTermsTest, ReadsBackTheTextTerms_WithLongPrefixesSuffixesAndWdf) {
  Xapian::Document doc;
  const std::string long_prefix(20, 'p');
  doc.add_term("sprzątanie", 2);
  doc.add_term(long_prefix + "a", 1);
  doc.add_term(long_prefix + "b" + std::string(30, 'x'), 300);
  doc.add_term(std::string(schema::kConcept) + "catering", 1);
  doc.add_term(std::string(schema::kCpv) + "90910000", 1);  // no text query holds a CPV term
  doc.add_boolean_term("Qid");
  const auto packed = encode_forward_terms(doc);
  const Terms want{{std::string(schema::kConcept) + "catering", 1}, {long_prefix + "a", 1},
                   {long_prefix + "b" + std::string(30, 'x'), 300}, {"sprzątanie", 2}};
  EXPECT_EQ(read_all(packed), want);
  // Glass's document length: the sum of every wdf, the CPV term's too.
  EXPECT_EQ(ForwardTerms(packed).length(), 305u);
}

TEST(ForwardTermsTest, RefusesATruncatedValue_WithRebuildIt) {
  Xapian::Document doc;
  doc.add_term("usługa", 1);
  const auto packed = encode_forward_terms(doc);
  try {
    (void)read_all(packed.substr(0, packed.size() - 2));
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_STREQ(e.what(), "corrupt text terms of a PES in the index (rebuild it)");
  }
}

}  // namespace
}  // namespace pesmatch::detail
