// `pesmatch import ted|eforms|pes-csv` through the real binary: output, report, exit codes, and that
// what it writes is indexed by `pesmatch index` as it stands.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "core/encoding.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

std::string notice(const std::string& name) { return std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/ted/" + name; }

std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

const std::string kList =
    "Lp.;Nazwa podmiotu;Forma prawna;Miejscowość;Województwo;Opis działalności;PKD;NIP\n"
    "1;Spółdzielnia Socjalna Pod Lipami;spółdzielnia socjalna;Bolesławiec;dolnośląskie;Sprzątanie biur;81.21.Z;\n"
    "2;Fundacja Razem;fundacja;Jelenia Góra;;Usługi opiekuńcze;88.10.Z;\n"
    "3;CIS Warszawa;CIS;Warszawa;;Szkolenia;;123-456-78-90\n";

TEST(ImportCommandTest, TedNotices_ToStdout_AndIndexedAsTenders) {
  const auto r = test::run_pesmatch({"import", "ted", notice("18-536293-001-EXP.xml"), notice("19-099886-001-EXP.xml"),
                                     notice("22-086633-001-EXP.xml")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines(r.out), 3u);
  EXPECT_EQ(r.err, "pesmatch: 3 of 3 notices converted\n");

  test::TempDir dir;
  const auto tenders = dir.write("ted.jsonl", r.out);
  const auto index = test::run_pesmatch(
      {"index", "--pes", test::fixture("mini_pes.jsonl"), "--tenders", tenders, "--db", dir.path("db")});
  EXPECT_EQ(index.exit_code, 0) << index.err;
  EXPECT_NE(index.err.find("and 3 tenders"), std::string::npos) << index.err;
}

TEST(ImportCommandTest, TedNoticeThatCannotConvert_Exits3NamingTheFile_AndWritesTheRest) {
  test::TempDir dir;
  std::string xml = test::read_file(notice("19-099886-001-EXP.xml"));
  for (const std::string from :
       {"<TOWN>Jelenia Góra</TOWN>", "<n2016:NUTS CODE=\"PL515\"/>", "<n2016:NUTS CODE=\"PL518\"/>"})
    xml.replace(xml.find(from), from.size(), "");
  const auto bad = dir.write("nowhere.xml", xml);
  const auto r =
      test::run_pesmatch({"import", "ted", bad, notice("22-086633-001-EXP.xml"), "--out", dir.path("ted.jsonl")});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(lines(test::read_file(dir.path("ted.jsonl"))), 1u);
  EXPECT_EQ(
      r.err,
      "pesmatch: not converted: " + bad +
          ": place_teryt: no place of performance resolves to TERYT (buyer's town unknown, no Polish NUTS 2 code)\n"
          "pesmatch: " +
          bad + ": 1 of 2 notices converted, 1 rejected (listed above)\n");
}

// A Polish cleaning order in eForms and a foreign notice: the first is imported, indexed and
// matched to the catalogue's cleaning foundation; the second is rejected naming its file (exit 3).
TEST(ImportCommandTest, EformsNotices_ImportIndexAndMatch) {
  test::TempDir dir;
  const auto polish = test::fixture("eforms/cn_polish_unknown_section.xml");
  const auto foreign = std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/eforms/cn_25.xml";
  const auto r = test::run_pesmatch({"import", "eforms", polish, foreign, "--out", dir.path("eforms.jsonl")});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "pesmatch: not converted: " + foreign +
                       ": place_teryt \"TED-39d68def-a6aa-4e85-aa8d-97f0600ea41e\": no place of performance resolves "
                       "to TERYT (buyer's town unknown, no Polish NUTS code)\n"
                       "pesmatch: " +
                       foreign + ": 1 of 2 notices and lots converted, 1 rejected (listed above)\n");
  const auto tenders = dir.path("eforms.jsonl");
  ASSERT_EQ(lines(test::read_file(tenders)), 1u);

  const auto index = test::run_pesmatch(
      {"index", "--pes", test::fixture("mini_pes.jsonl"), "--tenders", tenders, "--db", dir.path("db")});
  ASSERT_EQ(index.exit_code, 0) << index.err;
  EXPECT_NE(index.err.find("and 1 tenders"), std::string::npos) << index.err;
  const auto match = test::run_pesmatch({"match", "--db", dir.path("db"), "--tenders", tenders, "--format", "trec"});
  ASSERT_EQ(match.exit_code, 0) << match.err;
  EXPECT_EQ(match.out.rfind("TED-0a1b2c3d-0000-4000-8000-000000000001 Q0 ", 0), 0u) << match.out;
  EXPECT_NE(match.out.find(" MINI02 "), std::string::npos) << "Fundacja Czysty Dom cleans offices\n" << match.out;
}

TEST(ImportCommandTest, PesCsv_Cp1250_ReportsBadRows_AndItsOutputIndexes) {
  test::TempDir dir;
  std::string cp1250;
  ASSERT_TRUE(detail::convert_encoding("UTF-8", "CP1250", kList, cp1250));
  const auto csv = dir.write("lista.csv", cp1250);
  const auto r = test::run_pesmatch({"import", "pes-csv", csv, "--out", dir.path("pes.jsonl")});
  EXPECT_EQ(r.exit_code, 3) << "a rejected row";
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(r.err, "pesmatch: note: " + csv +
                       ": not UTF-8, read as Windows-1250\n"
                       "pesmatch: note: " +
                       csv +
                       ":1: Lp.: column not read\n"
                       "pesmatch: not converted: " +
                       csv +
                       ":4: NIP \"1234567890\": bad NIP checksum\n"
                       "pesmatch: " +
                       csv + ": 2 of 3 rows converted, 1 rejected (listed above)\n");
  EXPECT_EQ(lines(test::read_file(dir.path("pes.jsonl"))), 2u);

  const auto index = test::run_pesmatch({"index", "--pes", dir.path("pes.jsonl"), "--db", dir.path("db")});
  EXPECT_EQ(index.exit_code, 0) << index.err;
  EXPECT_NE(index.err.find("indexed 2 PES"), std::string::npos) << index.err;
}

TEST(ImportCommandTest, PesCsv_AllRowsConverted_Exits0_ToStdout) {
  test::TempDir dir;
  const auto csv = dir.write("lista.csv", kList.substr(0, kList.rfind("3;CIS")));
  const auto r = test::run_pesmatch({"import", "pes-csv", csv});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines(r.out), 2u);
  EXPECT_NE(r.err.find("pesmatch: 2 of 2 rows converted\n"), std::string::npos) << r.err;
}

TEST(ImportCommandTest, MissingFiles_Exit4_AndUsageErrors_Exit2) {
  test::TempDir dir;
  const auto csv = test::run_pesmatch({"import", "pes-csv", dir.path("missing.csv")});
  EXPECT_EQ(csv.exit_code, 4);
  EXPECT_EQ(csv.err, "pesmatch: " + dir.path("missing.csv") + ": cannot open file\n");
  const auto ted = test::run_pesmatch({"import", "ted", dir.path("missing.xml")});
  EXPECT_EQ(ted.exit_code, 4);
  EXPECT_EQ(test::run_pesmatch({"import"}).exit_code, 2);
  EXPECT_EQ(test::run_pesmatch({"import", "ted"}).exit_code, 2);
  EXPECT_EQ(test::run_pesmatch({"import", "pes-csv", "a.csv", "--bogus"}).exit_code, 2);
}

}  // namespace
}  // namespace pesmatch
