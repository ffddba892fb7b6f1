// import_eforms over the real eForms notices of ../shared/examples/eforms (SDK examples, so their
// buyers sit in Luxembourg, France or Greece: copies moved to Poland by replacing the place texts)
// and over tests/data/eforms (variants, see PROVENANCE.md there).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "pesmatch/contracts.hpp"
#include "pesmatch/importers.hpp"
#include "pesmatch/ingest.hpp"
#include "reference/csv.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using nlohmann::json;
using Strings = std::vector<std::string>;
using Edits = std::vector<std::pair<std::string, std::string>>;

std::string notice(const std::string& name) {
  return std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/eforms/" + name;
}

ImportReport import(const Strings& paths) {
  return import_eforms(paths, test::reference(), test::data_dir() + "/reference/nuts3_teryt.csv");
}

// The records converted from `path`, none rejected; every record must also pass parse_tender.
std::vector<json> records_of(const std::string& path) {
  const auto report = import({path});
  for (const auto& e : report.rejected) ADD_FAILURE() << e.what();
  std::vector<json> out;
  for (const auto& r : report.records) {
    EXPECT_NO_THROW(parse_tender(r, test::reference()));
    out.push_back(json::parse(r));
  }
  return out;
}

json record_of(const std::string& path) {
  const auto records = records_of(path);
  EXPECT_EQ(records.size(), 1u);
  return records.empty() ? json{} : records.front();
}

// A copy of a notice with every occurrence of each `from` replaced.
std::string edited(const test::TempDir& dir, const std::string& path, const Edits& edits) {
  std::string xml = detail::read_file(path);
  for (const auto& [from, to] : edits) {
    EXPECT_NE(xml.find(from), std::string::npos) << from;
    for (auto at = xml.find(from); at != std::string::npos; at = xml.find(from, at + to.size()))
      xml.replace(at, from.size(), to);
  }
  return dir.write(path.substr(path.rfind('/') + 1), xml);
}

// The SDK examples' Luxembourg addresses moved to Kraków (NUTS 3 PL213 = the city's powiat 1261).
const Edits kToKrakow = {{"LU000", "PL213"}, {">Luxembourg<", ">Kraków<"}, {">LUX<", ">POL<"}};

TEST(EformsImportTest, MaximalNotice_GivesOneTenderPerLot_FirstReservedArt361) {
  test::TempDir dir;
  const auto records = records_of(edited(dir, notice("cn_24_maximal.xml"), kToKrakow));
  ASSERT_EQ(records.size(), 2u) << "LOT-0001 is reserved (res-pub-ser), LOT-0002 not: two orders";
  EXPECT_EQ(records[0]["id"], "TED-14549263-b47b-4e59-96a1-2d0d13e19343-LOT-0001");
  EXPECT_EQ(records[1]["id"], "TED-14549263-b47b-4e59-96a1-2d0d13e19343-LOT-0002");
  EXPECT_EQ(records[0]["reserved"], "art361");
  EXPECT_FALSE(records[1].contains("reserved"));
  EXPECT_EQ(records[0]["title"], "Procurement Title --- – Title ---");
  EXPECT_EQ(records[1]["title"], "Procurement Title --- – Title Lot 2---");
  EXPECT_EQ(records[0]["cpv"], json(Strings{"75121000-0"}));
  EXPECT_EQ(records[0]["buyer"], json({{"name", "Financial Adinistration for ..."}, {"teryt", "1261011"}}));
  EXPECT_EQ(records[0]["place_teryt"], json(Strings{"1261011"}));
  EXPECT_EQ(records[0]["nuts"], json(Strings{"PL213"}));
  EXPECT_EQ(records[0]["published"], "2023-03-23");
  EXPECT_EQ(records[0]["deadline"], "2023-05-22");
  EXPECT_EQ(records[1]["deadline"], "2023-05-22");
  EXPECT_FALSE(records[0].contains("value_pln")) << "the estimate is in EUR";
}

TEST(EformsImportTest, MinimalNotice_InEnglishOnly_CpvGetsItsCheckDigit) {
  test::TempDir dir;
  const auto r = record_of(edited(dir, notice("cn_24_minimal.xml"),
                                  {{"FRD22", "PL911"},
                                   {"LU000", "PL911"},
                                   {">Luxembourg<", ">Warszawa<"},
                                   {">LUX<", ">POL<"},
                                   {">FRA<", ">POL<"}}));
  EXPECT_EQ(r["id"], "TED-f42be27e-09cf-4f0e-a745-63ec689631e6");
  EXPECT_EQ(r["cpv"], json(Strings{"72230000-6"}));
  EXPECT_EQ(r["title"], "Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)");
  EXPECT_EQ(r["description"],
            "Provision of IT services related to the information systems of the publications office (namely "
            "EUR-Lex, N-Lex, and Search Layer), with the possibility to extend the provision to other information "
            "systems.");
  EXPECT_EQ(r["buyer"], json({{"name", "Publications Office of the European Union"}, {"teryt", "1465011"}}));
  EXPECT_EQ(r["place_teryt"], json(Strings{"1465011"}));
  EXPECT_EQ(r["published"], "2019-11-21");
  EXPECT_EQ(r["deadline"], "2020-02-04");
}

TEST(EformsImportTest, DeadlineLateInUtc_IsTheNextDayInPoland) {
  test::TempDir dir;
  const auto r = record_of(edited(dir, notice("cn_24_minimal.xml"),
                                  {{"FRD22", "PL911"},
                                   {">Luxembourg<", ">Warszawa<"},
                                   {"<cbc:EndDate>2020-02-04+02:00", "<cbc:EndDate>2020-02-04Z"},
                                   {"<cbc:EndTime>10:00:00+02:00", "<cbc:EndTime>23:30:00Z"}}));
  EXPECT_EQ(r["deadline"], "2020-02-05");
}

TEST(EformsImportTest, MultilingualNotice_IsReadInPolish) {
  test::TempDir dir;
  const auto r = record_of(edited(dir, notice("cn_24_multilingual.xml"), kToKrakow));
  EXPECT_EQ(r["title"],
            "Świadczenie usług informatycznych związanych z systemami informatycznymi Urzędu Publikacji (EUR-Lex, "
            "N-Lex i Search Layer i inne)");
  EXPECT_EQ(r["buyer"]["name"], "Urząd Publikacji Unii Europejskiej");
  EXPECT_EQ(r["cpv"], json(Strings{"72230000-6", "72260000-5"}));
  EXPECT_EQ(r["deadline"], "2020-02-03");
}

TEST(EformsImportTest, SocialServicesPin_IsArt94_AndAnnexXiv) {
  test::TempDir dir;
  const auto r = record_of(
      edited(dir, notice("pin-cfc-social_24.xml"), {{"EL303", "PL22A"}, {">New Horizons, CA<", ">Katowice<"}, {">GRC<", ">POL<"}}));
  EXPECT_EQ(r["reserved"], "art94");
  EXPECT_EQ(r["social_services_annex_xiv"], true);
  EXPECT_EQ(r["cpv"], json(Strings{"85000000-9"}));
  EXPECT_EQ(r["buyer"]["teryt"], "2469011");
  EXPECT_EQ(r["deadline"], "2023-05-31");
  EXPECT_EQ(r["published"], "2023-05-26");
}

TEST(EformsImportTest, PublishedNotice_IsNamedByItsOjsNumber) {
  test::TempDir dir;
  const auto r = record_of(edited(dir, notice("pin-buyer_24_published.xml"),
                                  {{"ITC33", "PL633"}, {">Genova<", ">Gdańsk<"}, {">ITA<", ">POL<"}}));
  EXPECT_EQ(r["id"], "TED-12345678-2025");
  EXPECT_EQ(r["published"], "2025-05-22");
  EXPECT_EQ(r["cpv"], json(Strings{"33157000-5"}));
  EXPECT_EQ(r["buyer"]["teryt"], "2261011");
}

TEST(EformsImportTest, ESenderListedFirst_IsNotTakenAsBuyer) {
  test::TempDir dir;
  const std::string esender_party =
      "<cac:ContractingParty><cac:Party><cac:PartyIdentification><cbc:ID schemeName=\"organization\">ORG-0007"
      "</cbc:ID></cac:PartyIdentification></cac:Party></cac:ContractingParty>\n\t<cac:ContractingParty>";
  auto edits = kToKrakow;
  edits.emplace_back("<cac:ContractingParty>", esender_party);
  const auto records = records_of(edited(dir, notice("cn_24_maximal.xml"), edits));
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records[0]["buyer"]["name"], "Financial Adinistration for ...");
}

TEST(EformsImportTest, UnknownSectionAndMissingOptionalFields_StillConvert) {
  const auto r = record_of(test::fixture("eforms/cn_polish_unknown_section.xml"));
  EXPECT_EQ(r["id"], "TED-0a1b2c3d-0000-4000-8000-000000000001");
  EXPECT_EQ(r["title"], "Usługi sprzątania budynków Urzędu Gminy");
  EXPECT_EQ(r["cpv"], json(Strings{"90910000-9"}));
  EXPECT_EQ(r["buyer"], json({{"name", "Gmina Bolesławiec"}, {"teryt", "0201011"}}));
  EXPECT_EQ(r["place_teryt"], json(Strings{"0201011"}));
  EXPECT_EQ(r["value_pln"], 250000.0);
  EXPECT_FALSE(r.contains("deadline"));
  EXPECT_FALSE(r.contains("description"));
}

TEST(EformsImportTest, ForeignNotice_IsRejectedNamingItsFile) {
  const auto path = notice("cn_25.xml");
  const auto report = import({path});
  EXPECT_TRUE(report.records.empty());
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(std::string(report.rejected[0].what()),
            path +
                ": place_teryt \"TED-39d68def-a6aa-4e85-aa8d-97f0600ea41e\": no place of performance resolves "
                "to TERYT (buyer's town unknown, no Polish NUTS code)");
}

TEST(EformsImportTest, AwardNotice_WithoutResults_IsSkippedWithANote) {
  const auto path = notice("can_24_minimal.xml");
  const auto report = import({path});
  EXPECT_TRUE(report.records.empty());
  EXPECT_TRUE(report.rejected.empty());
  EXPECT_TRUE(report.contracts.empty());
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_EQ(report.notes[0], path + ": NoticeTypeCode \"can-standard\": an award notice is a past contract, not a tender; "
                                    "skipped (--results converts it)");
}

// The award notice's Rouen buyer and winner moved to Kraków, the winner given a Polish NIP (the
// one of the BZP result sample) and the amounts made PLN: its settled contract is a past contract.
TEST(EformsImportTest, AwardNotice_WithResults_IsAPastContractWithWinnerValueAndDate) {
  test::TempDir dir;
  const auto path = edited(dir, notice("can_24_minimal.xml"),
                           {{"FRD22", "PL213"},
                            {">FRA<", ">POL<"},
                            {">Rouen Cedex 1<", ">Kraków<"},
                            {">Le Grand-Quevilly<", ">Kraków<"},
                            {"326 912 557", "118-162-52-69"},
                            {"currencyID=\"EUR\"", "currencyID=\"PLN\""}});
  const auto report = import_eforms({path}, test::reference(), test::data_dir() + "/reference/nuts3_teryt.csv", true);
  for (const auto& e : report.rejected) ADD_FAILURE() << e.what();
  EXPECT_TRUE(report.records.empty()) << "an award notice is no tender";
  EXPECT_EQ(report.results_converted, 1u);
  ASSERT_EQ(report.contracts.size(), 1u);
  const auto c = parse_contract(report.contracts.front(), test::reference());
  EXPECT_EQ(c.id, "TED-65667997-031a-4198-bd25-7225449ef479/1");
  EXPECT_EQ(c.notice, "TED-65667997-031a-4198-bd25-7225449ef479");
  EXPECT_EQ(c.tender_ref, "022d0ef9-6338-42d9-afa4-a87709128061") << "the procedure (ContractFolderID) links it to its notices";
  EXPECT_EQ(c.title, "Service d'entretien de remise en état et de nettoyage des espaces verts – Agence centre");
  ASSERT_EQ(c.cpv.size(), 1u);
  EXPECT_EQ(c.cpv.front().str(), "77310000-6");
  EXPECT_EQ(c.buyer_name, "Rouen Habitat");
  EXPECT_EQ(c.buyer_nip, "") << "123 456 789 is no NIP";
  ASSERT_TRUE(c.buyer_teryt);
  EXPECT_EQ(c.buyer_teryt->str(), "1261011");
  EXPECT_EQ(c.winner.name, "Espaces Verts Lemire");
  EXPECT_EQ(c.winner.nip, "1181625269");
  EXPECT_EQ(c.winner.town, "Kraków");
  ASSERT_TRUE(c.winner.teryt);
  EXPECT_EQ(c.winner.teryt->str(), "1261011");
  ASSERT_TRUE(c.value_pln);
  EXPECT_DOUBLE_EQ(*c.value_pln, 95414) << "the winning tender's amount";
  EXPECT_EQ(c.date, "2019-09-03") << "the contract's conclusion date";
}

TEST(EformsImportTest, OtherXml_IsRejectedAsNoEformsNotice) {
  const auto ted = std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/ted/19-099886-001-EXP.xml";
  const auto report = import({ted});
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(std::string(report.rejected[0].what()),
            ted +
                ":9: TED_EXPORT: not an eForms contract, prior information or award notice (expected "
                "<ContractNotice>, <PriorInformationNotice> or <ContractAwardNotice>)");
}

TEST(EformsImportTest, BadDate_IsRejectedWithTheField) {
  test::TempDir dir;
  const auto path = edited(dir, notice("cn_24_minimal.xml"),
                           {{"FRD22", "PL911"},
                            {">Luxembourg<", ">Warszawa<"},
                            {"<cbc:EndDate>2020-02-04+02:00", "<cbc:EndDate>4 lutego 2020"}});
  const auto report = import({path});
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(std::string(report.rejected[0].what()),
            path + ":187: deadline \"4 lutego 2020\": expected an eForms date YYYY-MM-DD with an optional zone");
}

}  // namespace
}  // namespace pesmatch
