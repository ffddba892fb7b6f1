// import_bzp over the real e-Zamówienia records in ../shared/examples/bzp and the variants of
// them in tests/data/bzp (see its README).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pesmatch/contracts.hpp"
#include "pesmatch/importers.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using nlohmann::json;
using Strings = std::vector<std::string>;

std::string sample(const std::string& name) { return std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/bzp/" + name; }
std::string variant(const std::string& name) { return test::fixture("bzp/" + name); }

// The one tender converted from `path`; every record must also pass parse_tender.
json tender_of(const std::string& path) {
  const auto report = import_bzp({path}, test::reference(), false);
  EXPECT_TRUE(report.rejected.empty()) << report.rejected.front().what();
  EXPECT_EQ(report.records.size(), 1u);
  if (report.records.size() != 1) return {};
  EXPECT_NO_THROW(parse_tender(report.records.front(), test::reference()));
  return json::parse(report.records.front());
}

TEST(BzpImportTest, ContractNotice_GminaMoszczenica) {
  const auto r = tender_of(sample("ContractNotice_2026-BZP-00439099.json"));
  EXPECT_EQ(r["id"], "BZP-2026-00439099");
  EXPECT_EQ(r["title"].get<std::string>().rfind("Zakup specjalistycznych środków ochrony indywidualnej", 0), 0u);
  // Moszczenica is a gmina in łódzkie (1010062) and in małopolskie (1205072): PL12 settles it.
  EXPECT_EQ(r["buyer"], json({{"name", "GMINA MOSZCZENICA"}, {"teryt", "1205072"}, {"nip", "7381021958"}}));
  EXPECT_EQ(r["place_teryt"], json(Strings{"1205072"}));
  EXPECT_EQ(r["cpv"], json(Strings{"35110000-8", "35113400-3", "18400000-3", "18830000-6", "18444000-3", "18444110-7",
                                   "35111000-5", "44480000-8", "34223300-9", "32236000-6", "31521320-3", "33182100-0",
                                   "38410000-2", "38651600-9", "43812000-8", "31122000-7"}));
  EXPECT_EQ(r["published"], "2026-09-15");
  EXPECT_EQ(r["deadline"], "2026-09-24");  // 07:00 UTC, 09:00 in Poland as 8.1 says
  EXPECT_EQ(r["tender_ref"], "ocds-148610-ef9b40b3-c748-4b1c-9ce7-95c527f16ca8");
  EXPECT_FALSE(r.contains("reserved"));
  EXPECT_FALSE(r.contains("social_services_annex_xiv"));
  EXPECT_FALSE(r.contains("value_pln"));
  const std::string description = r["description"];
  EXPECT_EQ(description.rfind("Przedmiotem zamówienia jest zakup specjalistycznych środków ochrony indywidualnej", 0), 0u);
  EXPECT_NE(description.find("obrony cywilnej”. Zadanie realizowane"), std::string::npos) << description;
}

TEST(BzpImportTest, Tak211_Art94AndAnnexXivAndPolishDates) {
  const auto r = tender_of(variant("contract_notice_art94_tak.json"));
  EXPECT_EQ(r["reserved"], "art94");
  EXPECT_EQ(r["social_services_annex_xiv"], true);
  EXPECT_EQ(r["published"], "2026-09-16");  // 22:16 UTC is 00:16 the next day in summer time
  EXPECT_EQ(r["deadline"], "2027-01-01");   // 23:30 UTC is 00:30 in winter time
}

TEST(BzpImportTest, EnvelopeWithoutHtml_ImportsFromJsonFields) {
  const auto r = tender_of(sample("ContractNotice_2026-BZP-00449679_envelope_partial.json"));
  EXPECT_EQ(r["id"], "BZP-2026-00449679");
  EXPECT_EQ(r["cpv"], json(Strings{"35110000-8", "18100000-0"}));
  EXPECT_EQ(r["buyer"]["teryt"], "1465011");  // Warszawa, PL14 = mazowieckie
  EXPECT_EQ(r["published"], "2026-09-22");
  EXPECT_EQ(r["deadline"], "2026-09-30");
  EXPECT_FALSE(r.contains("description"));
}

TEST(BzpImportTest, UnknownSectionsAndVillage_PartsValuesAndWojewodztwo) {
  const auto report = import_bzp({variant("contract_notice_unknown_sections.json")}, test::reference(), false);
  ASSERT_EQ(report.records.size(), 1u);
  const auto r = json::parse(report.records.front());
  EXPECT_EQ(r["description"], "Część 1: Dostawa hełmów.\nCzęść 2 – dostawa latarek.");
  EXPECT_EQ(r["cpv"], json(Strings{"18444110-7", "31521320-3"}));
  EXPECT_DOUBLE_EQ(r["value_pln"].get<double>(), 13300.5);
  EXPECT_EQ(r["deadline"], "2026-10-02");  // from 8.1, the record has no submittingOffersDate
  EXPECT_FALSE(r.contains("published"));
  EXPECT_EQ(r["place_teryt"], json(Strings{"12"}));  // the village is no gmina: its województwo
  EXPECT_FALSE(r["buyer"].contains("teryt"));
  EXPECT_FALSE(r["buyer"].contains("nip"));
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_EQ(report.notes.front().rfind(variant("contract_notice_unknown_sections.json") +
                                           ":1: organizationCity \"Wola Łużańska\": ",
                                       0),
            0u)
      << report.notes.front();
  EXPECT_NE(report.notes.front().find("place taken as the województwo 12"), std::string::npos);
}

TEST(BzpImportTest, Jsonl_OtherTypeSkippedBadRecordRejected) {
  const auto path = variant("mixed.jsonl");
  const auto report = import_bzp({path}, test::reference(), false);
  EXPECT_EQ(report.records.size(), 1u);
  EXPECT_EQ(report.inputs, 2u);
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(std::string(report.rejected.front().what()),
            path + ":3: bzpNumber \"BZP 123\": expected \"YYYY/BZP NUMBER\"");
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_EQ(report.notes.front(), "skipped 1 notices of other types (1 NoticeUpdateNotice)");
}

TEST(BzpImportTest, ResultNotice_PastContractWithWinner) {
  const auto report = import_bzp({sample("TenderResultNotice_2026-BZP-00453849.json")}, test::reference(), true);
  EXPECT_TRUE(report.records.empty());
  EXPECT_TRUE(report.rejected.empty());
  ASSERT_EQ(report.contracts.size(), 1u);
  const auto c = parse_contract(report.contracts.front(), test::reference());
  EXPECT_EQ(c.id, "BZP-2026-00453849/1");
  EXPECT_EQ(c.tender_ref, "ocds-148610-d4fb88dc-cb6a-4b13-91e5-1d3394c48971");
  EXPECT_EQ(c.winner.name, "Przedsiębiorstwo Wielobranżowe MADA Kosiec i Wspólnicy sp.k.");
  EXPECT_EQ(c.winner.nip, "1181625269");
  EXPECT_EQ(c.winner.town, "Warszawa");
  EXPECT_EQ(c.winner.teryt->str(), "1465011");
  ASSERT_TRUE(c.value_pln);
  EXPECT_DOUBLE_EQ(*c.value_pln, 31740.15);  // 8.2, decimal comma
  EXPECT_EQ(c.date, "2026-09-11");           // 8.1, the day the contract was signed
  ASSERT_EQ(c.cpv.size(), 3u);
  EXPECT_EQ(c.cpv[0].str(), "18143000-3");
  EXPECT_EQ(c.buyer_teryt->str(), "1219053");  // Wieliczka, urban-rural gmina
  EXPECT_EQ(c.buyer_nip, "6830003427");
}

TEST(BzpImportTest, ResultNoticeWithoutResults_Skipped) {
  const auto report = import_bzp({sample("TenderResultNotice_2026-BZP-00453849.json")}, test::reference(), false);
  EXPECT_TRUE(report.records.empty());
  EXPECT_TRUE(report.contracts.empty());
  EXPECT_EQ(report.inputs, 0u);
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_EQ(report.notes.front(),
            "skipped 1 notices of other types (1 TenderResultNotice); --results FILE converts result notices");
}

TEST(BzpImportTest, ResultEnvelopeWithoutContractors_Skipped) {
  const auto report =
      import_bzp({sample("TenderResultNotice_2026-BZP-00448927_envelope_partial.json")}, test::reference(), true);
  EXPECT_TRUE(report.contracts.empty());
  EXPECT_TRUE(report.rejected.empty());
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_EQ(report.notes.front(), "skipped 1 notices of other types (1 TenderResultNotice without contractors)");
}

TEST(BzpImportTest, Array_RecordNumberInMessages) {
  test::TempDir dir;
  const auto good = json::parse(test::read_file(sample("ContractNotice_2026-BZP-00449679_envelope_partial.json")));
  auto bad = good;
  bad["bzpNumber"] = "2026/BZP 00000001";
  bad["cpvCode"] = "99999999-9 (nic)";
  const auto path = dir.write("answer.json", json::array({good, bad}).dump());
  const auto report = import_bzp({path}, test::reference(), false);
  EXPECT_EQ(report.records.size(), 1u);
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(std::string(report.rejected.front().what()),
            path + ":2: cpvCode \"99999999-9 (nic)\": no CPV code of the notice is in the CPV 2008 vocabulary");
}

TEST(BzpImportTest, UnreadableFile_IoError) {
  const auto report = import_bzp({"/nonexistent/bzp.json"}, test::reference(), false);
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(report.rejected.front().code(), ErrorCode::io);
}

}  // namespace
}  // namespace pesmatch
