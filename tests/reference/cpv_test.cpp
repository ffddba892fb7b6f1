// The CPV 2008 vocabulary over the real cpv2008.csv: validation, labels, hierarchy, Annex XIV.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pesmatch/cpv.hpp"
#include "pesmatch/error.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

const CpvVocabulary& cpv() { return test::reference().cpv; }

CpvCode code(const std::string& text) {
  auto parsed = cpv().parse(text);
  if (!parsed) throw std::runtime_error(text + ": " + parsed.problem);
  return *parsed.value;
}

std::vector<std::string> strs(const std::vector<CpvCode>& codes) {
  std::vector<std::string> out;
  for (const auto& c : codes) out.push_back(c.str());
  return out;
}

TEST(CpvVocabularyTest, ParsesValidCode_WithDigitsAndCheckDigit) {
  auto parsed = cpv().parse("90911200-8");
  ASSERT_TRUE(parsed) << parsed.problem;
  EXPECT_EQ(parsed.value->digits(), 90911200u);
  EXPECT_EQ(parsed.value->check_digit(), 8);
  EXPECT_EQ(parsed.value->str(), "90911200-8");
  EXPECT_EQ(parsed.value->digits_str(), "90911200");
  EXPECT_TRUE(parsed.problem.empty());
}

TEST(CpvVocabularyTest, KeepsLeadingZeros_InText) {
  const auto c = code("03000000-1");
  EXPECT_EQ(c.digits(), 3000000u);
  EXPECT_EQ(c.digits_str(), "03000000");
  EXPECT_EQ(c.str(), "03000000-1");
}

TEST(CpvVocabularyTest, RejectsBadCheckDigit_WithProblem) {
  // cpv2008.csv lists 90910000-9; 8 is wrong (the contract's own example).
  auto parsed = cpv().parse("90910000-8");
  EXPECT_FALSE(parsed);
  EXPECT_EQ(parsed.problem, "bad check digit");
  EXPECT_TRUE(cpv().parse("90910000-9"));
}

TEST(CpvVocabularyTest, RejectsUnknownCode_WithProblem) {
  auto parsed = cpv().parse("90911900-1");
  EXPECT_FALSE(parsed);
  EXPECT_EQ(parsed.problem, "unknown CPV code");
  EXPECT_FALSE(cpv().find(90911900u).has_value());
}

TEST(CpvVocabularyTest, RejectsMalformedCodes_WithExpectedShape) {
  const std::string expected = "not a CPV code (expected NNNNNNNN-N)";
  for (const char* text : {"", "90911200", "90911200-", "90911200-88", "9091120-8", "909112008-",
                           "90911200_8", "9091120a-8", "90911200-x", " 90911200-8", "+9091120-8"}) {
    auto parsed = cpv().parse(text);
    EXPECT_FALSE(parsed) << '"' << text << '"';
    EXPECT_EQ(parsed.problem, expected) << '"' << text << '"';
  }
}

TEST(CpvVocabularyTest, FindsCodeByDigits) {
  auto found = cpv().find(90911200u);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->str(), "90911200-8");
}

TEST(CpvVocabularyTest, GivesPolishAndEnglishLabels) {
  const auto& e = cpv().entry(code("90911200-8"));
  EXPECT_EQ(e.label_pl, "Usługi sprzątania budynków");
  EXPECT_EQ(e.label_en, "Building-cleaning services");
  EXPECT_EQ(e.code.str(), "90911200-8");
  EXPECT_EQ(cpv().entry(code("03000000-1")).label_pl,
            "Produkty rolnictwa, hodowli, rybołówstwa, leśnictwa i podobne");
}

TEST(CpvVocabularyTest, ListsAncestors_FromDivisionDown) {
  // Division 90000000-7 > group 90900000-6 > class 90910000-9 > category 90911000-6 (cpv2008.csv).
  EXPECT_EQ(strs(cpv().ancestors(code("90911200-8"))),
            (std::vector<std::string>{"90000000-7", "90900000-6", "90910000-9", "90911000-6"}));
  EXPECT_EQ(strs(cpv().ancestors(code("90910000-9"))), (std::vector<std::string>{"90000000-7", "90900000-6"}));
  EXPECT_EQ(strs(cpv().ancestors(code("85312000-9"))),
            (std::vector<std::string>{"85000000-9", "85300000-2", "85310000-5"}));
}

TEST(CpvVocabularyTest, ListsNoAncestors_ForDivision) {
  EXPECT_TRUE(cpv().ancestors(code("90000000-7")).empty());
}

TEST(CpvVocabularyTest, AncestorsSkipLevelsMissingFromVocabulary) {
  // 34511100-3 has no category 34511000 in cpv2008.csv: the chain goes from class to itself.
  EXPECT_FALSE(cpv().find(34511000u).has_value());
  EXPECT_EQ(strs(cpv().ancestors(code("34511100-3"))),
            (std::vector<std::string>{"34000000-7", "34500000-2", "34510000-5"}));
  // Eight significant digits: 30192121-5 sits under 30192100-2.
  EXPECT_EQ(strs(cpv().ancestors(code("30192121-5"))),
            (std::vector<std::string>{"30000000-9", "30100000-0", "30190000-7", "30192000-1", "30192100-2"}));
}

TEST(CpvVocabularyTest, FlagsAnnexXiv_ForSocialServicesOnly) {
  EXPECT_TRUE(cpv().entry(code("85312000-9")).annex_xiv);
  EXPECT_FALSE(cpv().entry(code("90911200-8")).annex_xiv);
}

TEST(CpvVocabularyTest, CountsSignificantDigits_ByLevel) {
  EXPECT_EQ(code("90000000-7").significant_digits(), 2);  // division
  EXPECT_EQ(code("90900000-6").significant_digits(), 3);  // group
  EXPECT_EQ(code("90910000-9").significant_digits(), 4);  // class
  EXPECT_EQ(code("90911000-6").significant_digits(), 5);  // category
  EXPECT_EQ(code("90911200-8").significant_digits(), 6);
  EXPECT_EQ(code("03000000-1").significant_digits(), 2);
}

TEST(CpvVocabularyTest, SharedPrefix_IsCappedAtShorterSignificantPart) {
  const auto building = code("90911200-8"), windows = code("90911300-9"), cls = code("90910000-9");
  EXPECT_EQ(building.shared_prefix(windows), 5);
  EXPECT_EQ(windows.shared_prefix(building), 5);
  EXPECT_EQ(building.shared_prefix(building), 6);
  EXPECT_EQ(building.shared_prefix(cls), 4);  // the class's own significant digits
  EXPECT_EQ(cls.shared_prefix(building), 4);
  EXPECT_EQ(building.shared_prefix(code("85312000-9")), 0);
  EXPECT_EQ(building.shared_prefix(code("90000000-7")), 2);
}

// The definition in words, on the digits as text, over pairs drawn across the whole vocabulary
// (codes with leading zeros, all levels, identical codes).
TEST(CpvVocabularyTest, SharedPrefix_CountsCommonLeadingDigitsOfTheText_ForPairsAcrossTheVocabulary) {
  const auto& entries = cpv().entries();
  std::size_t checked = 0;
  for (std::size_t i = 0; i < entries.size(); i += 37)
    for (std::size_t j = 0; j < entries.size(); j += 41) {
      const auto& a = entries[i].code;
      const auto& b = entries[j].code;
      const std::string x = a.digits_str(), y = b.digits_str();
      const int limit = std::min(a.significant_digits(), b.significant_digits());
      int want = 0;
      while (want < limit && x[static_cast<std::size_t>(want)] == y[static_cast<std::size_t>(want)]) ++want;
      ASSERT_EQ(a.shared_prefix(b), want) << x << " " << y;
      ++checked;
    }
  EXPECT_GT(checked, 50000u);
  EXPECT_EQ(code("03000000-1").shared_prefix(code("03000000-1")), 2);
  EXPECT_EQ(code("03111000-2").shared_prefix(code("03110000-5")), 4);
}

TEST(CpvVocabularyTest, EntriesAreInCodeOrder_AndAllParse) {
  const auto& entries = cpv().entries();
  ASSERT_EQ(entries.size(), 9454u);  // PROVENANCE.md
  for (std::size_t i = 1; i < entries.size(); ++i) ASSERT_LT(entries[i - 1].code, entries[i].code) << i;
  for (const auto& e : entries) ASSERT_TRUE(cpv().parse(e.code.str())) << e.code.str();
}

TEST(CpvVocabularyTest, LoadRejectsMalformedCode_WithFileAndLine) {
  const test::TempDir dir;
  const auto path = dir.write("cpv.csv",
                              "code8,code,level,parent8,label_pl,label_en,social_service_annex_xiv\n"
                              "03000000,03000000-1,division,,Produkty,Products,0\n"
                              "0310000,0310000-2,group,03000000,Zła,Bad,0\n");
  try {
    (void)CpvVocabulary::load(path);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), path + ":3: code \"0310000-2\": not a CPV code");
  }
}

}  // namespace
}  // namespace pesmatch
