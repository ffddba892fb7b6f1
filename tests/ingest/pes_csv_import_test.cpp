// import_pes_csv over spreadsheets written as officials' Excel saves them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/encoding.hpp"
#include "pesmatch/importers.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using nlohmann::json;

struct Imported {
  std::string path;
  ImportReport report;
  std::vector<json> records;
};

// Imports `content` written as `name`; every record must also pass parse_pes.
Imported import(const test::TempDir& dir, const std::string& name, const std::string& content) {
  Imported out{dir.write(name, content), {}, {}};
  out.report = import_pes_csv(out.path, test::reference());
  for (const auto& r : out.report.records) {
    EXPECT_NO_THROW(parse_pes(r, test::reference())) << r;
    out.records.push_back(json::parse(r));
  }
  return out;
}

std::vector<std::string> messages(const std::vector<Error>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.emplace_back(e.what());
  return out;
}

const std::string kSemicolonList =
    "Nazwa podmiotu;Forma prawna;Miejscowość;Powiat;Województwo;Opis działalności;PKD;E-mail;KRS;Liczba pracowników;"
    "Status PS (tak/nie)\n"
    "Spółdzielnia Socjalna \"Pod Lipami\";spółdzielnia socjalna;Bolesławiec;;dolnośląskie;Sprzątanie biur i catering;"
    "8121Z, 56.29.Z;biuro@lipy.pl;412345;12;tak\n"
    "Fundacja Razem;FUNDACJA;Jelenia Gora;;;Usługi opiekuńcze dla seniorów;88.10.Z;;;3,0;nie\n";

TEST(PesCsvImportTest, Windows1250WithSemicolons) {
  test::TempDir dir;
  std::string cp1250;
  ASSERT_TRUE(detail::convert_encoding("UTF-8", "CP1250", kSemicolonList, cp1250));
  const auto got = import(dir, "lista.csv", cp1250);
  EXPECT_TRUE(got.report.rejected.empty()) << messages(got.report.rejected).front();
  EXPECT_EQ(got.report.inputs, 2u);
  ASSERT_EQ(got.records.size(), 2u);
  const json& first = got.records[0];
  EXPECT_EQ(first["id"], "krs-0000412345") << "KRS with the leading zeros Excel dropped";
  EXPECT_EQ(first["name"], "Spółdzielnia Socjalna \"Pod Lipami\"");
  EXPECT_EQ(first["legal_form"], "spoldzielnia_socjalna");
  EXPECT_EQ(first["teryt"], "0201011");
  EXPECT_EQ(first["description"], "Sprzątanie biur i catering");
  EXPECT_EQ(first["pkd"], json({"81.21.Z", "56.29.Z"}));
  EXPECT_EQ(first["contact"], json({{"email", "biuro@lipy.pl"}}));
  EXPECT_EQ(first["krs"], "0000412345");
  EXPECT_EQ(first["employees"], 12);
  EXPECT_EQ(first["social_enterprise"], true);
  const json& second = got.records[1];
  EXPECT_EQ(second["id"], "csv-3");
  EXPECT_EQ(second["legal_form"], "fundacja");
  EXPECT_EQ(second["teryt"], "0261011");
  EXPECT_EQ(second["employees"], 3);
  EXPECT_EQ(second["social_enterprise"], false);
  EXPECT_EQ(got.report.notes, std::vector<std::string>{got.path + ": not UTF-8, read as Windows-1250"});
}

TEST(PesCsvImportTest, Utf8BomWithCommas_AndHeaderSynonyms) {
  test::TempDir dir;
  const auto got =
      import(dir, "pes.csv",
             "\xEF\xBB\xBFID,NAZWA,forma,Gmina,Powiat,Opis,Kody PKD,Telefon,WWW,Adres,NIP,REGON,Status PS\n"
             "ks-1,Klub Integracji Społecznej w Nowogrodźcu,KIS,Nowogrodziec,bolesławiecki,\"Prace porządkowe, "
             "zieleń\",\"81.30.Z; 81.29.Z\",75 731 00 00,kis.pl,\"ul. Rynek 1, Nowogrodziec\",5260250274,"
             "12345675,nie\n");
  EXPECT_TRUE(got.report.rejected.empty()) << messages(got.report.rejected).front();
  ASSERT_EQ(got.records.size(), 1u);
  const json& r = got.records[0];
  EXPECT_EQ(r["id"], "ks-1");
  EXPECT_EQ(r["legal_form"], "kis");
  EXPECT_EQ(r["teryt"], "0201043");
  EXPECT_EQ(r["description"], "Prace porządkowe, zieleń");
  EXPECT_EQ(r["pkd"], json({"81.30.Z", "81.29.Z"}));
  EXPECT_EQ(r["nip"], "5260250274");
  EXPECT_EQ(r["regon"], "012345675") << "the leading zero Excel dropped";
  EXPECT_EQ(r["contact"],
            json({{"phone", "75 731 00 00"}, {"www", "kis.pl"}, {"address", "ul. Rynek 1, Nowogrodziec"}}));
}

TEST(PesCsvImportTest, AmbiguousTown_IsReportedWithItsCandidates) {
  test::TempDir dir;
  const auto got = import(dir, "pes.csv",
                          "nazwa;forma prawna;miejscowość;opis\n"
                          "Stowarzyszenie Y;stowarzyszenie;Bolesławiec;Opieka nad dziećmi\n"
                          "Stowarzyszenie Z;stowarzyszenie;Wrocław;Opieka nad dziećmi\n");
  EXPECT_EQ(got.records.size(), 1u);
  EXPECT_EQ(messages(got.report.rejected),
            std::vector<std::string>{got.path +
                                     ":2: miejscowość \"Bolesławiec\": ambiguous, 2 gminy fit: 0201011 "
                                     "Bolesławiec (gmina miejska, powiat bolesławiecki, woj. dolnośląskie); 1018013 "
                                     "Bolesławiec (gmina miejsko-wiejska, powiat wieruszowski, woj. łódzkie); give the "
                                     "powiat or województwo"});
}

TEST(PesCsvImportTest, UnknownLegalForm_BecomesInnaWithANote) {
  test::TempDir dir;
  const auto got = import(dir, "pes.csv",
                          "Nazwa;Forma prawna;Miejscowość;Opis działalności\n"
                          "Firma X;spółka jawna;Kraków;Remonty mieszkań\n"
                          "Spółka Dobra;Spółka z o.o. non-profit;Kraków;Remonty mieszkań\n"
                          "WTZ Tęcza;Warsztaty Terapii Zajęciowej;Kraków;Rękodzieło\n");
  ASSERT_EQ(got.records.size(), 3u);
  EXPECT_EQ(got.records[0]["legal_form"], "inna");
  EXPECT_EQ(got.records[1]["legal_form"], "spolka_non_profit");
  EXPECT_EQ(got.records[2]["legal_form"], "wtz");
  EXPECT_EQ(got.report.notes,
            std::vector<std::string>{got.path +
                                     ":2: Forma prawna \"spółka jawna\": unknown legal form, written as \"inna\""});
}

TEST(PesCsvImportTest, BadNip_IsReportedAsFileLineColumn_AndTheValidRowsKept) {
  test::TempDir dir;
  const auto got = import(dir, "pes.csv",
                          "Nazwa;Forma prawna;Miejscowość;Opis działalności;NIP;PKD\n"
                          "CIS Warszawa;Centrum Integracji Społecznej;Warszawa;Szkolenia zawodowe;123-456-78-90;\n"
                          "CIS Kraków;CIS;Kraków;Szkolenia zawodowe;;85.59.B\n"
                          "CIS Łódź;CIS;Łódź;Szkolenia zawodowe;;99.99.Z\n");
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0]["name"], "CIS Kraków");
  EXPECT_EQ(messages(got.report.rejected),
            (std::vector<std::string>{got.path + ":2: NIP \"1234567890\": bad NIP checksum",
                                      got.path + ":4: PKD \"99.99.Z\": unknown PKD 2007 subclass"}));
}

TEST(PesCsvImportTest, RowProblems_NameTheirColumns) {
  test::TempDir dir;
  const auto got = import(dir, "pes.csv",
                          "Nazwa;Miejscowość;Opis;Liczba pracowników;Status PS;TERYT\n"
                          "A;Kruszyn;Opis A;2;tak;\n"
                          "B;Kraków;Opis B;dwóch;nie;\n"
                          "C;Kraków;Opis C;2;może;\n"
                          "D;;Opis D;2;nie;201011\n"
                          "E;;Opis E;2;nie;\n"
                          "F;Kraków;;2;nie;\n");
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0]["teryt"], "0201011") << "the leading zero Excel dropped";
  EXPECT_EQ(messages(got.report.rejected),
            (std::vector<std::string>{got.path + ":2: Miejscowość \"Kruszyn\": no gmina of this name in TERYT (it "
                                                 "lists gminy, not villages: give the gmina)",
                                      got.path + ":3: Liczba pracowników \"dwóch\": expected a whole number",
                                      got.path + ":4: Status PS \"może\": expected tak or nie",
                                      got.path + ":6: TERYT: missing value: the seat's gmina or town is needed",
                                      got.path + ":7: Opis: must not be empty"}));
}

TEST(PesCsvImportTest, TitleRowsAboveTheHeader_AndBlankRows_AreSkipped) {
  test::TempDir dir;
  const auto got = import(
      dir, "pes.csv",
      "Wykaz PES w powiecie bolesławieckim;;\n;;\nNazwa;Miejscowość;Opis\n;;\nKGW Babeczki;Nowogrodziec;Catering\n");
  EXPECT_TRUE(got.report.rejected.empty());
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0]["id"], "csv-5");
  EXPECT_EQ(got.records[0]["legal_form"], "inna");
}

TEST(PesCsvImportTest, DuplicateIds_RejectedWhenGiven_RenumberedWhenFromKrs) {
  test::TempDir dir;
  const auto got = import(dir, "pes.csv",
                          "Id;Nazwa;Miejscowość;Opis;KRS\n"
                          "p1;A;Kraków;Opis;\n"
                          "p1;B;Kraków;Opis;\n"
                          ";C;Kraków;Opis;0000412345\n"
                          ";D;Kraków;Opis;412345\n");
  ASSERT_EQ(got.records.size(), 3u);
  EXPECT_EQ(got.records[1]["id"], "krs-0000412345");
  EXPECT_EQ(got.records[2]["id"], "csv-5");
  EXPECT_EQ(messages(got.report.rejected),
            std::vector<std::string>{got.path + ":3: Id \"p1\": duplicate id (first on line 2)"});
}

TEST(PesCsvImportTest, FileProblems_Throw) {
  test::TempDir dir;
  const auto expect_error = [&](const std::string& content, ErrorCode code, const std::string& message) {
    const auto path = dir.write("bad.csv", content);
    try {
      (void)import_pes_csv(path, test::reference());
      ADD_FAILURE() << "no error for " << content;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), code);
      EXPECT_EQ(std::string(e.what()), path + message);
    }
  };
  expect_error("Nazwa;Miejscowość\nA;Kraków\n", ErrorCode::invalid_input, ":1: opis działalności: missing column");
  expect_error("Opis;Miejscowość\nA;Kraków\n", ErrorCode::invalid_input, ":1: nazwa: missing column");
  expect_error("Nazwa;Opis\nA;B\n", ErrorCode::invalid_input, ":1: miejscowość: missing column (or gmina, or TERYT)");
  expect_error("Nazwa;Opis;Miejscowość\nA;B;\x81\x81\n", ErrorCode::invalid_input,
               ":2: neither UTF-8 nor Windows-1250 text");
  try {
    (void)import_pes_csv(dir.path("missing.csv"), test::reference());
    ADD_FAILURE() << "no error for a missing file";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
  }
}

}  // namespace
}  // namespace pesmatch
