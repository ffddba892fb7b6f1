// The NUTS → TERC tables of data/reference checked against the real TERC register: every powiat
// in exactly one NUTS 3 region, each region inside the województwo of its NUTS 2 parent.
#include "reference/nuts.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "reference/csv.hpp"
#include "support/fixtures.hpp"

namespace pesmatch::detail {
namespace {

const Territory& territory() { return test::reference().territory; }
const NutsAreas& nuts3() {
  static const auto table = NutsAreas::from_nuts3(test::data_dir() + "/reference/nuts3_teryt.csv", territory());
  return table;
}
const NutsAreas& nuts2() {
  static const auto table = NutsAreas::from_nuts2(test::data_dir() + "/reference/nuts2_teryt.csv", territory());
  return table;
}

std::vector<std::string> codes_of(const std::vector<TerytCode>& units) {
  std::vector<std::string> out;
  for (const auto& u : units) out.push_back(u.str());
  return out;
}

TEST(NutsTest, EveryPowiat_IsInExactlyOneNuts3Region) {
  std::map<std::string, std::vector<std::string>> regions_of;
  for (const auto& [code, units] : nuts3().regions())
    if (code.size() == 5)
      for (const auto& u : units) regions_of[u.str()].push_back(code);
  std::size_t powiaty = 0;
  for (const auto& unit : territory().units()) {
    if (unit.code.level() != TerytLevel::powiat) continue;
    ++powiaty;
    EXPECT_EQ(regions_of[unit.code.str()].size(), 1u) << unit.code.str() << " " << unit.name;
  }
  EXPECT_EQ(powiaty, 380u);
  EXPECT_EQ(regions_of.size(), 380u);
}

TEST(NutsTest, EveryNuts3Region_LiesInTheWojewodztwoOfItsNuts2Parent) {
  std::size_t regions = 0;
  for (const auto& [code, units] : nuts3().regions()) {
    if (code.size() != 5) continue;
    ++regions;
    const auto parent = nuts2().areas(code.substr(0, 4));
    ASSERT_EQ(parent.size(), 1u) << code;
    for (const auto& powiat : units) EXPECT_TRUE(parent.front().contains(powiat)) << code << " " << powiat.str();
  }
  EXPECT_EQ(regions, 73u);
}

TEST(NutsTest, EveryEformsNuts3Code_HasPowiaty_ButExtraRegio) {
  const auto list = CsvTable::read(std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/eforms/nuts3-poland.csv");
  for (const auto& r : list.records()) {
    const std::string code(CsvTable::field(r, list.column("code")));
    EXPECT_EQ(nuts3().areas(code).empty(), code == "PLZZZ") << code;
  }
}

TEST(NutsTest, Cities_AreTheirOwnPowiat_AndSubregionsUnionsOfPowiaty) {
  EXPECT_EQ(codes_of(nuts3().areas("PL213")), std::vector<std::string>{"1261"});  // Miasto Kraków
  EXPECT_EQ(codes_of(nuts3().areas("PL911")), std::vector<std::string>{"1465"});  // Miasto Warszawa
  EXPECT_EQ(codes_of(nuts3().areas("PL21A")), (std::vector<std::string>{"1203", "1212", "1213", "1218"}));
  EXPECT_EQ(codes_of(nuts3().areas("PL92")), std::vector<std::string>{"14"});
  EXPECT_EQ(codes_of(nuts3().areas("PL2")), (std::vector<std::string>{"12", "24"}));
  EXPECT_TRUE(nuts3().areas("PL").empty());
  EXPECT_TRUE(nuts3().areas("LU000").empty());
}

TEST(NutsTest, Nuts2Table_GivesTheWojewodztwoOfANuts3Code) {
  EXPECT_EQ(codes_of(nuts2().areas("PL213")), std::vector<std::string>{"12"});
  EXPECT_EQ(codes_of(nuts2().areas("PL91")), std::vector<std::string>{"14"});
  EXPECT_TRUE(nuts2().areas("PLZZZ").empty());
}

}  // namespace
}  // namespace pesmatch::detail
