// The one place-name resolver (Territory::find_by_name, resolve_place) over the real TERC register.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pesmatch/teryt.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

const Territory& territory() { return test::reference().territory; }

std::vector<std::string> codes(const std::vector<TerytCode>& found) {
  std::vector<std::string> out;
  for (const auto& c : found) out.push_back(c.str());
  return out;
}

std::vector<std::string> gminy(std::string_view name) {
  return codes(territory().find_by_name(name, TerytLevel::gmina));
}

std::string resolved(const PlaceQuery& q) {
  const auto r = territory().resolve_place(q);
  EXPECT_TRUE(r) << r.problem;
  return r ? r.gmina->str() : "";
}

TEST(PlaceNamesTest, FindsNames_IgnoringCaseDiacriticsAndPunctuation) {
  using V = std::vector<std::string>;
  EXPECT_EQ(gminy("Jelenia Góra"), V{"0261011"});
  EXPECT_EQ(gminy("Jelenia Gora"), V{"0261011"});
  EXPECT_EQ(gminy("  JELENIA-GÓRA "), V{"0261011"});
  EXPECT_EQ(gminy("lodz"), V{"1061011"});
  EXPECT_EQ(codes(territory().find_by_name("Jelenia Góra", TerytLevel::powiat)), V{"0261"});
  EXPECT_EQ(codes(territory().find_by_name("bolesławiecki", TerytLevel::powiat)), V{"0201"});
  EXPECT_EQ(codes(territory().find_by_name("dolnoslaskie", TerytLevel::wojewodztwo)), V{"02"});
  EXPECT_TRUE(gminy("Atlantyda").empty());
}

TEST(PlaceNamesTest, PrefersWholeGminy_AndMapsPartsToTheirGmina) {
  using V = std::vector<std::string>;
  // An urban-rural gmina (3), its town (4) and rural area (5) share the name: the gmina wins.
  EXPECT_EQ(gminy("Nowogrodziec"), V({"0201043"}));
  // Names borne only by parts: a Warsaw dzielnica (8), a Kraków delegatura (9).
  EXPECT_EQ(gminy("Mokotów"), V({"1465011"}));
  EXPECT_EQ(gminy("Kraków-Nowa Huta"), V({"1261011"}));
  // Bolesławiec: gmina miejska and gmina wiejska in powiat bolesławiecki, and an urban-rural
  // gmina in powiat wieruszowski (łódzkie).
  EXPECT_EQ(gminy("Bolesławiec"), V({"0201011", "0201022", "1018013"}));
}

TEST(PlaceNamesTest, AmbiguousTown_ListsCandidatesWithTheirPowiatAndWojewodztwo) {
  const auto r = territory().resolve_place({.town = "Bolesławiec"});
  ASSERT_FALSE(r);
  EXPECT_EQ(codes(r.candidates), (std::vector<std::string>{"0201011", "1018013"}));
  EXPECT_EQ(r.problem,
            "ambiguous, 2 gminy fit: 0201011 Bolesławiec (gmina miejska, powiat bolesławiecki, woj. dolnośląskie); "
            "1018013 Bolesławiec (gmina miejsko-wiejska, powiat wieruszowski, woj. łódzkie); "
            "give the powiat or województwo");
}

TEST(PlaceNamesTest, PowiatOrWojewodztwo_Disambiguate) {
  EXPECT_EQ(resolved({.town = "Bolesławiec", .wojewodztwo = "dolnośląskie"}), "0201011");
  EXPECT_EQ(resolved({.town = "Bolesławiec", .wojewodztwo = "woj. łódzkie"}), "1018013");
  EXPECT_EQ(resolved({.town = "Boleslawiec", .powiat = "powiat wieruszowski"}), "1018013");
  EXPECT_EQ(resolved({.town = "Bolesławiec", .powiat = "Bolesławiecki"}), "0201011");
}

TEST(PlaceNamesTest, TownNamingARuralGmina_IsTheUrbanOne_AVillageInItTheRuralOne) {
  // The town Bolesławiec is the gmina miejska; a village placed in gmina Bolesławiec is not.
  EXPECT_EQ(resolved({.town = "Bolesławiec", .gmina = "Bolesławiec", .powiat = "bolesławiecki"}), "0201011");
  EXPECT_EQ(resolved({.town = "Kruszyn", .gmina = "Bolesławiec", .powiat = "bolesławiecki"}), "0201022");
  // With the gmina alone nothing tells them apart, unless its kind is written.
  const auto bare = territory().resolve_place({.gmina = "Bolesławiec", .powiat = "bolesławiecki"});
  EXPECT_FALSE(bare);
  EXPECT_EQ(codes(bare.candidates), (std::vector<std::string>{"0201011", "0201022"}));
  EXPECT_EQ(resolved({.gmina = "gmina wiejska Bolesławiec"}), "0201022");
  EXPECT_EQ(resolved({.gmina = "Gmina Miejska Bolesławiec"}), "0201011");
  EXPECT_EQ(resolved({.gmina = "m. st. Warszawa"}), "1465011");
}

TEST(PlaceNamesTest, GminaFirst_ThenTown) {
  EXPECT_EQ(resolved({.town = "Kruszyn", .gmina = "Nowogrodziec"}), "0201043");
  EXPECT_EQ(resolved({.town = "Nowogrodziec", .gmina = "Atlantyda"}), "0201043");
}

TEST(PlaceNamesTest, UnknownPlace_AsksForTheGmina) {
  const auto r = territory().resolve_place({.town = "Kruszyn"});
  ASSERT_FALSE(r);
  EXPECT_TRUE(r.candidates.empty());
  EXPECT_EQ(r.problem, "no gmina of this name in TERYT (it lists gminy, not villages: give the gmina)");
}

TEST(PlaceNamesTest, ContradictingHints_AreIgnoredWithANote) {
  // Jelenia Góra is a city with powiat rights, not part of powiat karkonoski around it.
  const auto r = territory().resolve_place({.town = "Jelenia Góra", .powiat = "karkonoski"});
  ASSERT_TRUE(r) << r.problem;
  EXPECT_EQ(r.gmina->str(), "0261011");
  EXPECT_EQ(r.note, "powiat \"karkonoski\" ignored: it does not contain the named gmina");
  // Powiat jeleniogórski was renamed karkonoski in 2021; the old name is unknown to TERC 2025.
  EXPECT_EQ(territory().resolve_place({.town = "Jelenia Góra", .powiat = "jeleniogórski"}).note,
            "powiat \"jeleniogórski\" ignored: no such powiat in TERYT");
  const auto unknown = territory().resolve_place({.town = "Łódź", .wojewodztwo = "Śródziemie"});
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown.note, "województwo \"Śródziemie\" ignored: no such województwo in TERYT");
}

}  // namespace
}  // namespace pesmatch
