// CpvLookup and PlaceLookup over the real reference data: what the form's pickers offer.
#include <gtest/gtest.h>

#include <algorithm>

#include "pesmatch/lookup.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

std::vector<std::string> cpv_codes(const std::vector<CpvEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.code.str());
  return out;
}

std::vector<std::string> place_codes(const std::vector<PlaceMatch>& matches) {
  std::vector<std::string> out;
  for (const auto& m : matches) out.push_back(m.unit.code.str());
  return out;
}

TEST(CpvLookupTest, Words_MatchWordStartsIgnoringCaseAndDiacritics) {
  const CpvLookup lookup(test::reference().cpv);
  const auto hits = lookup.search("SPRZATANIA budynk", 10);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front().code.str(), "90911200-8");
  for (const auto& e : hits) {
    EXPECT_NE(e.label_pl.find("sprzątania"), std::string::npos) << e.label_pl;
    EXPECT_NE(e.label_pl.find("budynk"), std::string::npos) << e.label_pl;
  }
}

TEST(CpvLookupTest, Words_LabelStartingWithTheTextComesFirst) {
  const CpvLookup lookup(test::reference().cpv);
  const auto hits = lookup.search("usługi sprzątania", 50);
  ASSERT_GT(hits.size(), 2u);
  EXPECT_EQ(hits.front().label_pl.rfind("Usługi sprzątania", 0), 0u) << hits.front().label_pl;
}

TEST(CpvLookupTest, Digits_FindCodesByPrefixBroadestFirst) {
  const CpvLookup lookup(test::reference().cpv);
  EXPECT_EQ(cpv_codes(lookup.search("909112", 3)), (std::vector<std::string>{"90911200-8"}));
  const auto division = lookup.search("90", 5);
  ASSERT_EQ(division.size(), 5u);
  EXPECT_EQ(division.front().code.str(), "90000000-7");
  EXPECT_EQ(cpv_codes(lookup.search("90911200-8", 3)), (std::vector<std::string>{"90911200-8"}));
  EXPECT_TRUE(lookup.search("90911200-1", 3).empty());
}

TEST(CpvLookupTest, EmptyOrUnknownText_FindsNothing) {
  const CpvLookup lookup(test::reference().cpv);
  EXPECT_TRUE(lookup.search("", 10).empty());
  EXPECT_TRUE(lookup.search("  -- ", 10).empty());
  EXPECT_TRUE(lookup.search("qqxyzzy", 10).empty());
}

TEST(PlaceLookupTest, ResolvedGminaComesFirst) {
  const PlaceLookup lookup(test::reference().territory);
  const auto hits = lookup.search("Jelenia Gora", 5);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front().unit.name, "Jelenia Góra");
  EXPECT_EQ(hits.front().unit.code.level(), TerytLevel::gmina);
  EXPECT_EQ(hits.front().parents, "powiat Jelenia Góra, woj. dolnośląskie");
}

TEST(PlaceLookupTest, AmbiguousName_OffersEveryCandidateThenThePowiat) {
  const PlaceLookup lookup(test::reference().territory);
  const auto codes = place_codes(lookup.search("Bolesławiec", 10));
  ASSERT_GE(codes.size(), 4u);
  for (const char* c : {"0201011", "0201022", "1018013", "0201"})
    EXPECT_NE(std::find(codes.begin(), codes.end(), c), codes.end()) << c;
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "0201011"), 1);
}

TEST(PlaceLookupTest, GminaPrefix_AsInTheResolver) {
  const PlaceLookup lookup(test::reference().territory);
  const auto hits = lookup.search("gmina wiejska Bolesławiec", 3);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front().unit.code.str(), "0201022");
}

TEST(PlaceLookupTest, TypedStart_CompletesWholeUnitsGminyFirst) {
  const PlaceLookup lookup(test::reference().territory);
  const auto hits = lookup.search("niepolo", 10);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front().unit.code.str(), "1219043");
  const auto woj = lookup.search("małopol", 3);
  ASSERT_EQ(woj.size(), 1u);
  EXPECT_EQ(woj.front().unit.code.str(), "12");
  EXPECT_EQ(woj.front().parents, "");
}

TEST(PlaceLookupTest, CodePrefix_FindsUnitsUnderIt) {
  const PlaceLookup lookup(test::reference().territory);
  const auto codes = place_codes(lookup.search("1219", 50));
  ASSERT_FALSE(codes.empty());
  EXPECT_EQ(codes.front(), "1219");
  for (const auto& c : codes) EXPECT_EQ(c.rfind("1219", 0), 0u);
}

TEST(PlaceLookupTest, Limit_IsRespected) {
  const PlaceLookup lookup(test::reference().territory);
  EXPECT_EQ(lookup.search("b", 7).size(), 7u);
  EXPECT_TRUE(lookup.search("b", 0).empty());
}

}  // namespace
}  // namespace pesmatch
