// ReferenceData::load: TERYT from terc_2025.csv, or from GUS's own TERC_Urzedowy_*.xml dropped in.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "pesmatch/error.hpp"
#include "pesmatch/reference.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

namespace fs = std::filesystem;

// A reference directory of symlinks to the shared files, without terc_2025.csv.
void link_reference_without_csv(const test::TempDir& dir) {
  for (const auto& entry : fs::directory_iterator(PESMATCH_TEST_REFERENCE_DIR))
    if (entry.path().filename() != "terc_2025.csv")
      fs::create_symlink(entry.path(), dir.path(entry.path().filename().string()));
}

void expect_same_units(const Territory& got, const Territory& want) {
  ASSERT_EQ(got.units().size(), want.units().size());
  for (std::size_t i = 0; i < want.units().size(); ++i) {
    EXPECT_EQ(got.units()[i].code, want.units()[i].code) << i;
    EXPECT_EQ(got.units()[i].name, want.units()[i].name) << i;
    EXPECT_EQ(got.units()[i].kind, want.units()[i].kind) << i;
  }
}

TEST(ReferenceDataTest, LoadsGusTercXml_WhenTheCsvIsAbsent) {
  test::TempDir dir;
  link_reference_without_csv(dir);
  const auto ref = ReferenceData::load(dir.path());
  expect_same_units(ref.territory, test::reference().territory);
  EXPECT_EQ(ref.territory.as_of(), "2025-01-01");
  EXPECT_EQ(ref.territory.find_by_name("Jelenia Gora", TerytLevel::gmina).front().str(), "0261011");
}

TEST(ReferenceDataTest, PicksTheNewestXml_AndPrefersTheCsv) {
  test::TempDir dir;
  link_reference_without_csv(dir);
  dir.write("TERC_Urzedowy_2019-01-01.xml", "<teryt><catalog>broken");  // older: never read
  EXPECT_EQ(ReferenceData::load(dir.path()).territory.units().size(), test::reference().territory.units().size());

  dir.write("TERC_Urzedowy_2030-01-01.xml", "<teryt><catalog>broken");  // newest: read, and malformed
  try {
    (void)ReferenceData::load(dir.path());
    FAIL() << "the newest XML should have been read";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(e.where().file, dir.path("TERC_Urzedowy_2030-01-01.xml"));
  }

  fs::create_symlink(fs::path(PESMATCH_TEST_REFERENCE_DIR) / "terc_2025.csv", dir.path("terc_2025.csv"));
  EXPECT_EQ(ReferenceData::load(dir.path()).territory.units().size(), test::reference().territory.units().size());
}

TEST(ReferenceDataTest, MissingTerc_NamesTheCsv) {
  test::TempDir dir;
  try {
    (void)ReferenceData::load(dir.path());
    FAIL() << "expected an I/O error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(e.where().file, dir.path("terc_2025.csv"));
  }
}

}  // namespace
}  // namespace pesmatch
