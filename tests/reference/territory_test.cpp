// The TERYT register (Territory, TerytCode) over the real ../shared/reference files.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "pesmatch/error.hpp"
#include "pesmatch/geo.hpp"
#include "pesmatch/teryt.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

const Territory& territory() { return test::reference().territory; }

TerytCode code(const std::string& text) {
  auto parsed = TerytCode::parse(text);
  EXPECT_TRUE(parsed) << text << ": " << parsed.problem;
  return parsed.value.value_or(TerytCode{});
}

std::string problem_of_parse(const std::string& text) {
  auto parsed = TerytCode::parse(text);
  EXPECT_FALSE(parsed) << text;
  return parsed.problem;
}

TEST(TerritoryTest, FindsAllThreeLevels_WithNamesAndKinds) {
  const auto* woj = territory().find(code("02"));
  ASSERT_NE(woj, nullptr);
  EXPECT_EQ(woj->name, "DOLNOŚLĄSKIE");
  EXPECT_EQ(woj->kind, "województwo");
  EXPECT_EQ(woj->code.level(), TerytLevel::wojewodztwo);

  const auto* pow = territory().find(code("0201"));
  ASSERT_NE(pow, nullptr);
  EXPECT_EQ(pow->name, "bolesławiecki");
  EXPECT_EQ(pow->kind, "powiat");
  EXPECT_EQ(pow->code.level(), TerytLevel::powiat);

  const auto* gmi = territory().find(code("0201011"));
  ASSERT_NE(gmi, nullptr);
  EXPECT_EQ(gmi->name, "Bolesławiec");
  EXPECT_EQ(gmi->kind, "gmina miejska");
  EXPECT_EQ(gmi->code.level(), TerytLevel::gmina);
}

TEST(TerritoryTest, CountsSixteenWojewodztwa_And380Powiats) {
  const auto& units = territory().units();
  const auto count = [&](TerytLevel level) {
    return std::count_if(units.begin(), units.end(), [&](const TerytUnit& u) { return u.code.level() == level; });
  };
  EXPECT_EQ(count(TerytLevel::wojewodztwo), 16);
  EXPECT_EQ(count(TerytLevel::powiat), 380);
  EXPECT_EQ(units.size(), 4348u);  // rows of terc_2025.csv
  EXPECT_EQ(territory().as_of(), "2025-01-01");
}

TEST(TerritoryTest, DescribesUnit_WithKindInParentheses) {
  EXPECT_EQ(territory().describe(code("0201011")), "Bolesławiec (gmina miejska)");
  EXPECT_EQ(territory().describe(code("1261")), "Kraków (miasto na prawach powiatu)");
  EXPECT_EQ(territory().describe(code("0299")), "0299");  // unknown: the code itself
}

TEST(TerritoryTest, ResolvesKnownCodes_AndNamesUnknownUnit) {
  auto ok = territory().resolve("1465011");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok.value->str(), "1465011");

  auto unknown = territory().resolve("0299");
  EXPECT_FALSE(unknown);
  EXPECT_EQ(unknown.problem, "unknown TERC unit");
  EXPECT_EQ(territory().resolve("0201099").problem, "unknown TERC unit");
  EXPECT_EQ(territory().find(code("0299")), nullptr);
}

TEST(TerritoryTest, ResolveReportsShapeProblem_BeforeExistence) {
  EXPECT_EQ(territory().resolve("02011").problem, "TERYT code must have 2, 4 or 7 digits");
}

TEST(TerritoryTest, ParseRejectsBadShapes_WithProblemText) {
  EXPECT_EQ(problem_of_parse(""), "empty TERYT code");
  EXPECT_EQ(problem_of_parse("02a1"), "TERYT code must be digits only");
  EXPECT_EQ(problem_of_parse(" 0201"), "TERYT code must be digits only");
  EXPECT_EQ(problem_of_parse("0"), "TERYT code must have 2, 4 or 7 digits");
  EXPECT_EQ(problem_of_parse("020"), "TERYT code must have 2, 4 or 7 digits");
  EXPECT_EQ(problem_of_parse("020101"), "TERYT code must have 2, 4 or 7 digits");
  EXPECT_EQ(problem_of_parse("02010110"), "TERYT code must have 2, 4 or 7 digits");
  EXPECT_EQ(problem_of_parse("0201010"), "unknown gmina type digit");
  EXPECT_EQ(problem_of_parse("0201016"), "unknown gmina type digit");
  EXPECT_EQ(problem_of_parse("0201017"), "unknown gmina type digit");
}

TEST(TerritoryTest, CodeKnowsItsHierarchy) {
  const auto g = code("0201011");
  EXPECT_EQ(g.wojewodztwo().str(), "02");
  EXPECT_EQ(g.powiat().str(), "0201");
  EXPECT_TRUE(code("02").contains(g));
  EXPECT_TRUE(code("0201").contains(g));
  EXPECT_TRUE(g.contains(g));
  EXPECT_FALSE(g.contains(code("0201")));
  EXPECT_FALSE(code("0202").contains(g));
}

TEST(TerritoryTest, GminaCentroid_EqualsItsPowiatCentroid) {
  const LatLon gmina = territory().centroid(code("0201011"));
  const LatLon powiat = territory().centroid(code("0201"));
  EXPECT_EQ(gmina, powiat);
  // powiaty_geo.csv: 0201 bolesławiecki at 51.3382 N, 15.53576 E.
  EXPECT_NEAR(powiat.lat, 51.3382, 1e-9);
  EXPECT_NEAR(powiat.lon, 15.53576, 1e-9);
}

TEST(TerritoryTest, WojewodztwoCentroid_LiesInsideItsRegion) {
  const LatLon maz = territory().centroid(code("14"));
  EXPECT_TRUE(inside_poland_box(maz));
  // The mean of Mazowieckie's powiat centroids is within ~60 km of Warsaw.
  EXPECT_LT(great_circle_km(maz, territory().centroid(code("1465"))), 60.0);
}

TEST(TerritoryTest, NeighboursAreSymmetric_ForKnownPair) {
  // powiaty_geo.csv: 1815 ropczycko-sędziszowski borders 1803 (dębicki).
  EXPECT_TRUE(territory().neighbours(code("1815"), code("1803")));
  EXPECT_TRUE(territory().neighbours(code("1803"), code("1815")));
  // Gminy are compared through their powiats.
  EXPECT_TRUE(territory().neighbours(code("1465011"), code("1421")));
  EXPECT_FALSE(territory().neighbours(code("1465"), code("1261")));
}

TEST(TerritoryTest, GreatCircle_WarszawaKrakowIsAbout252Km) {
  const LatLon warszawa{52.2297, 21.0122}, krakow{50.0647, 19.9450};
  EXPECT_NEAR(great_circle_km(warszawa, krakow), 252.0, 5.0);
  EXPECT_NEAR(great_circle_km(krakow, warszawa), great_circle_km(warszawa, krakow), 1e-9);
  EXPECT_DOUBLE_EQ(great_circle_km(warszawa, warszawa), 0.0);
  // The same through the register's powiat centroids.
  EXPECT_NEAR(great_circle_km(territory().centroid(code("1465")), territory().centroid(code("1261"))), 252.0, 5.0);
}

TEST(TerritoryTest, PowiatsWithin_FindsOnlyPowiatsInsideRadius) {
  const LatLon warszawa = territory().centroid(code("1465"));
  const auto near = territory().powiats_within(warszawa, 1.0);
  ASSERT_EQ(near.size(), 1u);
  EXPECT_EQ(near[0].str(), "1465");

  // 1421 (20.5 km) and 1418 (24.2 km) lie within 22 km and 25 km respectively.
  const auto r22 = territory().powiats_within(warszawa, 22.0);
  EXPECT_EQ(r22.size(), 2u);
  EXPECT_NE(std::find(r22.begin(), r22.end(), code("1421")), r22.end());
  const auto r25 = territory().powiats_within(warszawa, 25.0);
  EXPECT_NE(std::find(r25.begin(), r25.end(), code("1418")), r25.end());
  for (const auto& p : r25) {
    EXPECT_EQ(p.level(), TerytLevel::powiat);
    EXPECT_LE(great_circle_km(warszawa, territory().centroid(p)), 25.0);
  }
  EXPECT_EQ(territory().powiats_within(warszawa, 2000.0).size(), 380u);
}

TEST(TerritoryTest, LoadsGusXml_WithTheSameUnitsAsCsv) {
  const std::string dir = PESMATCH_TEST_REFERENCE_DIR;
  const auto xml = Territory::load(dir + "/TERC_Urzedowy_2025-01-01.xml", dir + "/powiaty_geo.csv");
  const auto& a = territory().units();
  const auto& b = xml.units();
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].code, b[i].code) << i;
    EXPECT_EQ(a[i].name, b[i].name) << a[i].code.str();
    EXPECT_EQ(a[i].kind, b[i].kind) << a[i].code.str();
  }
  EXPECT_EQ(xml.as_of(), "2025-01-01");
  EXPECT_EQ(xml.centroid(code("0201011")), territory().centroid(code("0201011")));
}

TEST(TerritoryTest, LoadThrowsIoError_ForMissingFile) {
  const test::TempDir dir;
  const auto missing = dir.path("terc.csv");
  try {
    (void)Territory::load(missing, std::string(PESMATCH_TEST_REFERENCE_DIR) + "/powiaty_geo.csv");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(std::string(e.what()), missing + ": cannot open file");
  }
}

TEST(TerritoryTest, LoadRejectsBadCodeInRegister_WithFileAndLine) {
  const test::TempDir dir;
  const auto terc = dir.write("terc.csv",
                              "TERC,WOJ,POW,GMI,RODZ,NAZWA,NAZWA_DOD,STAN_NA\n"
                              "02,02,,,,DOLNOŚLĄSKIE,województwo,2025-01-01\n"
                              "0201,02,01,01,0,Zła,gmina,2025-01-01\n");
  try {
    (void)Territory::load(terc, std::string(PESMATCH_TEST_REFERENCE_DIR) + "/powiaty_geo.csv");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), terc + ":3: TERC \"0201010\": unknown gmina type digit");
  }
}

}  // namespace
}  // namespace pesmatch
