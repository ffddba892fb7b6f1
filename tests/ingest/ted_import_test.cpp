// import_ted over the three real TED notices in ../shared/examples/ted and edited copies of them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pesmatch/importers.hpp"
#include "pesmatch/ingest.hpp"
#include "reference/csv.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using nlohmann::json;
using Strings = std::vector<std::string>;

std::string notice(const std::string& name) { return std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/ted/" + name; }

ImportReport import(const Strings& paths) {
  return import_ted(paths, test::reference(), test::data_dir() + "/reference/nuts2_teryt.csv");
}

// The one record converted from `path`; every record must also pass parse_tender.
json record_of(const std::string& path) {
  const auto report = import({path});
  EXPECT_TRUE(report.rejected.empty()) << report.rejected.front().what();
  EXPECT_EQ(report.records.size(), 1u);
  if (report.records.size() != 1) return {};
  EXPECT_NO_THROW(parse_tender(report.records.front(), test::reference()));
  return json::parse(report.records.front());
}

// A copy of a real notice with one piece of text replaced.
std::string edited(const test::TempDir& dir, const std::string& name, const std::string& from, const std::string& to) {
  std::string xml = detail::read_file(notice(name));
  const auto at = xml.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) xml.replace(at, from.size(), to);
  return dir.write(name, xml);
}

TEST(TedImportTest, F08BuyerProfile_JeleniaGora) {
  const auto r = record_of(notice("19-099886-001-EXP.xml"));
  EXPECT_EQ(r["id"], "TED-097985-2019");
  EXPECT_EQ(r["title"], "Sukcesywne dostawy artykułów żywnościowych");
  EXPECT_EQ(r["cpv"], json(Strings{"15100000-9", "03100000-2", "03200000-3", "15200000-0", "15300000-1", "15400000-2",
                                   "15500000-3", "15600000-4", "15800000-6", "15900000-7"}));
  EXPECT_EQ(r["buyer"], json({{"name", "Areszt Śledczy w Jeleniej Górze"}, {"teryt", "0261011"}}));
  // Performance in PL518 (Wrocławski) lies in the buyer's województwo: the buyer's gmina stands.
  EXPECT_EQ(r["place_teryt"], json(Strings{"0261011"}));
  EXPECT_EQ(r["nuts"], json(Strings{"PL518"}));
  EXPECT_EQ(r["published"], "2019-03-01");
  EXPECT_FALSE(r.contains("deadline"));
  EXPECT_FALSE(r.contains("value_pln"));
  EXPECT_FALSE(r.contains("reserved"));
  const std::string description = r["description"];
  EXPECT_EQ(description.rfind("Sukcesywne dostawy artykułów żywnościowych do dwóch jednostek", 0), 0u);
  EXPECT_NE(description.find("podzielonym na 11 części:\nCzęść I - warzywa i owoce\nCzęść II - mięso i wędliny\n"),
            std::string::npos);
}

TEST(TedImportTest, F13DesignContest_Krakow) {
  const auto r = record_of(notice("18-536293-001-EXP.xml"));
  EXPECT_EQ(r["id"], "TED-524498-2018");
  EXPECT_EQ(
      r["title"],
      "Konkurs urbanistyczno-architektoniczny jednoetapowy na opracowanie koncepcji urbanistyczno-architektonicznej "
      "Centrum Muzyki i Parku Miejskiego w Krakowie");
  EXPECT_EQ(r["cpv"], json(Strings{"71220000-6", "71320000-7", "71420000-8", "71248000-8", "71313200-7"}));
  EXPECT_EQ(r["buyer"], json({{"name", "Województwo Małopolskie"}, {"teryt", "1261011"}}));
  EXPECT_EQ(r["place_teryt"], json(Strings{"1261011"}));
  EXPECT_FALSE(r.contains("nuts")) << "the form names no place of performance";
  EXPECT_EQ(r["published"], "2018-11-28");
  EXPECT_FALSE(r.contains("value_pln")) << "a prize is not the order's value";
  const std::string description = r["description"];
  EXPECT_NE(description.find("wyniesie do 28 000 m2, dodatkowo"), std::string::npos) << "<FT> flattened";
  EXPECT_EQ(std::count(description.begin(), description.end(), '\n'), 1) << "two paragraphs";
}

TEST(TedImportTest, F03AwardWithLots_Lodz) {
  const auto r = record_of(notice("22-086633-001-EXP.xml"));
  EXPECT_EQ(r["id"], "TED-088158-2022");
  EXPECT_EQ(r["title"],
            "EZ.28.118.2020 Dostawa materiałów do naświetleń dla pacjentów Wojewódzkiego Wielospecjalistycznego "
            "CentrumOnkologii i Traumatologii im. M. Kopernika w Łodzi.");
  EXPECT_EQ(r["cpv"], json(Strings{"33151400-7"}));
  EXPECT_EQ(r["buyer"], json({{"name", "WWCOiT im. M. Kopernika w Łodzi"}, {"teryt", "1061011"}}));
  EXPECT_EQ(r["place_teryt"], json(Strings{"1061011"}));
  EXPECT_EQ(r["nuts"], json(Strings{"PL"}));
  EXPECT_EQ(r["published"], "2022-02-18");
  EXPECT_DOUBLE_EQ(r["value_pln"].get<double>(), 231126.50);
  const std::string description = r["description"];
  EXPECT_EQ(description.rfind("1. Przedmiotem zamówienia jest dostawa materiałów do naświetleń", 0), 0u);
  EXPECT_NE(description.find("\nPakiet nr 8\nPas podtrzymujący piersi rozmiar: B,C,D szt. 15"), std::string::npos);
}

TEST(TedImportTest, ConvertsSeveralNotices_InOrder) {
  const auto report =
      import({notice("18-536293-001-EXP.xml"), notice("19-099886-001-EXP.xml"), notice("22-086633-001-EXP.xml")});
  EXPECT_EQ(report.inputs, 3u);
  ASSERT_EQ(report.records.size(), 3u);
  EXPECT_EQ(json::parse(report.records[2])["id"], "TED-088158-2022");
  EXPECT_TRUE(report.notes.empty());
}

TEST(TedImportTest, PerformanceInAnotherWojewodztwo_GivesThatWojewodztwo) {
  test::TempDir dir;
  const auto r =
      record_of(edited(dir, "19-099886-001-EXP.xml", "<n2016:NUTS CODE=\"PL518\"/>", "<n2016:NUTS CODE=\"PL213\"/>"));
  EXPECT_EQ(r["place_teryt"], json(Strings{"12"}));
  EXPECT_EQ(r["buyer"]["teryt"], "0261011");
}

TEST(TedImportTest, UnknownCpvCode_IsSkippedWithANote) {
  test::TempDir dir;
  const auto path =
      edited(dir, "19-099886-001-EXP.xml", "<CPV_CODE CODE=\"03200000\"/>", "<CPV_CODE CODE=\"03299999\"/>");
  const auto report = import({path});
  ASSERT_EQ(report.records.size(), 1u);
  EXPECT_EQ(json::parse(report.records[0])["cpv"].size(), 9u);
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_EQ(report.notes[0], path + ":282: cpv \"03299999\": not in the CPV 2008 vocabulary, skipped");
}

TEST(TedImportTest, UnresolvablePlace_RejectsTheNoticeNamingItsFile) {
  test::TempDir dir;
  std::string xml = detail::read_file(notice("19-099886-001-EXP.xml"));
  for (const std::string from :
       {"<TOWN>Jelenia Góra</TOWN>", "<n2016:NUTS CODE=\"PL515\"/>", "<n2016:NUTS CODE=\"PL518\"/>"})
    xml.replace(xml.find(from), from.size(), from.starts_with("<TOWN>") ? "<TOWN>Atlantyda</TOWN>" : "");
  const auto path = dir.write("atlantyda.xml", xml);
  const auto report = import({path});
  EXPECT_TRUE(report.records.empty());
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(report.rejected[0].code(), ErrorCode::invalid_input);
  EXPECT_EQ(
      std::string(report.rejected[0].what()),
      path + ": place_teryt: no place of performance resolves to TERYT (buyer's town unknown, no Polish NUTS 2 code)");
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_NE(report.notes[0].find("buyer.town \"Atlantyda\": no gmina of this name"), std::string::npos)
      << report.notes[0];
}

TEST(TedImportTest, ShelteredWorkshopReservation_IsArt94) {
  test::TempDir dir;
  const auto r =
      record_of(edited(dir, "19-099886-001-EXP.xml", "<LEGAL_BASIS VALUE=\"32014L0024\"/>",
                       "<LEGAL_BASIS VALUE=\"32014L0024\"/><LEFTI><RESTRICTED_SHELTERED_WORKSHOP/></LEFTI>"));
  EXPECT_EQ(r["reserved"], "art94");
}

TEST(TedImportTest, BadFiles_AreRejectedOneByOne) {
  test::TempDir dir;
  const auto broken = edited(dir, "19-099886-001-EXP.xml", "</TITLE>", "</TITEL>");
  const auto report = import({dir.path("missing.xml"), broken, notice("22-086633-001-EXP.xml")});
  EXPECT_EQ(report.records.size(), 1u);
  ASSERT_EQ(report.rejected.size(), 2u);
  EXPECT_EQ(report.rejected[0].code(), ErrorCode::io);
  EXPECT_EQ(std::string(report.rejected[0].what()), dir.path("missing.xml") + ": cannot open file");
  EXPECT_EQ(std::string(report.rejected[1].what()),
            broken + ":271: malformed XML: Opening and ending tag mismatch: TITLE line 269 and TITEL");
}

TEST(TedImportTest, NotUtf8_IsRejected) {
  test::TempDir dir;
  const auto path = edited(dir, "19-099886-001-EXP.xml", "Grottgera", "Grottgera \xB3");
  const auto report = import({path});
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_NE(std::string(report.rejected[0].what()).find(path + ": invalid UTF-8 at byte"), std::string::npos)
      << report.rejected[0].what();
}

TEST(TedImportTest, SameNoticeTwice_IsRejectedTheSecondTime) {
  const auto path = notice("22-086633-001-EXP.xml");
  const auto report = import({path, path});
  EXPECT_EQ(report.records.size(), 1u);
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(std::string(report.rejected[0].what()), path + ": id \"TED-088158-2022\": the same notice as " + path);
}

}  // namespace
}  // namespace pesmatch
