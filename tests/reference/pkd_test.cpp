// PKD 2007 / 2025 over the real reference files: validation, names, notes and the GUS mapping.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pesmatch/pkd.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

const PkdClassification& pkd() { return test::reference().pkd; }

PkdCode code(const std::string& text) {
  auto parsed = pkd().parse(text);
  if (!parsed) throw std::runtime_error(text + ": " + parsed.problem);
  return *parsed.value;
}

TEST(PkdClassificationTest, ParsesSubclass_WithItsName) {
  auto parsed = pkd().parse("81.21.Z");
  ASSERT_TRUE(parsed) << parsed.problem;
  EXPECT_EQ(parsed.value->str(), "81.21.Z");
  EXPECT_EQ(pkd().name(*parsed.value), "Niespecjalistyczne sprzątanie budynków i obiektów przemysłowych");
}

TEST(PkdClassificationTest, SplitsCodeIntoClassGroupAndDivision) {
  const auto c = code("81.21.Z");
  EXPECT_EQ(c.pkd_class(), "81.21");
  EXPECT_EQ(c.group(), "81.2");
  EXPECT_EQ(c.division(), "81");
}

TEST(PkdClassificationTest, AcceptsBareClass_AsItsSoleSubclass) {
  auto parsed = pkd().parse("81.21");
  ASSERT_TRUE(parsed) << parsed.problem;
  EXPECT_EQ(parsed.value->str(), "81.21.Z");
  EXPECT_EQ(*parsed.value, code("81.21.Z"));
}

TEST(PkdClassificationTest, RejectsBareClass_WithSeveralSubclasses) {
  // 13.10 splits into 13.10.A–D, so the bare class names no single subclass.
  ASSERT_TRUE(pkd().parse("13.10.A"));
  auto parsed = pkd().parse("13.10");
  EXPECT_FALSE(parsed);
  EXPECT_EQ(parsed.problem, "not a PKD 2007 subclass (expected NN.NN.X)");
}

TEST(PkdClassificationTest, RejectsUnknownSubclass_WithProblem) {
  auto parsed = pkd().parse("81.28.Z");
  EXPECT_FALSE(parsed);
  EXPECT_EQ(parsed.problem, "unknown PKD 2007 subclass");
  EXPECT_EQ(pkd().parse("81.21.A").problem, "unknown PKD 2007 subclass");
}

TEST(PkdClassificationTest, RejectsMalformedCodes_WithExpectedShape) {
  const std::string expected = "not a PKD 2007 subclass (expected NN.NN.X)";
  for (const char* text : {"", "8121Z", "81.21.z", "81-21-Z", "81.21.ZZ", "8.121.Z", "81.2", "81", "ab.cd.Z",
                           " 81.21.Z", "81.99"}) {
    auto parsed = pkd().parse(text);
    EXPECT_FALSE(parsed) << '"' << text << '"';
    EXPECT_EQ(parsed.problem, expected) << '"' << text << '"';
  }
}

TEST(PkdClassificationTest, TrimsTrailingNbsp_FromNames) {
  // PKD_2007.csv writes "Transport wodny śródlądowy pasażerski\u00a0 " for 50.30.Z.
  EXPECT_EQ(pkd().name(code("50.30.Z")), "Transport wodny śródlądowy pasażerski");
}

TEST(PkdClassificationTest, MapsClass8129_To2025Class8123) {
  EXPECT_EQ(pkd().to_2025(code("81.29.Z")), (std::vector<std::string>{"81.23"}));
  EXPECT_EQ(pkd().to_2025(code("81.21.Z")), (std::vector<std::string>{"81.21"}));
  EXPECT_EQ(pkd().name_2025("81.23"), "Pozostałe sprzątanie");
  EXPECT_EQ(pkd().name_2025("99.99"), "");
}

TEST(PkdClassificationTest, GivesExplanatoryNote_ForDocumentedClass) {
  EXPECT_EQ(pkd().description(code("01.12.Z")), "Podklasa nie wymaga wyjaśnień.");
  EXPECT_EQ(pkd().description(code("88.10.Z")).rfind("Podklasa ta obejmuje działalność poradni", 0), 0u);
}

TEST(PkdClassificationTest, GivesEmptyNote_ForClassMissingFromNotes) {
  // PROVENANCE.md: all of division 87 lacks notes.
  EXPECT_EQ(pkd().description(code("87.10.Z")), "");
}

}  // namespace
}  // namespace pesmatch
