// import bzp --results, index --contracts, then market, match and suggest, end to end on the real
// binary over the real e-Zamówienia records of ../shared/examples/bzp.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

std::string sample(const std::string& name) { return std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/bzp/" + name; }

class BzpWorkflowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto imported = test::run_pesmatch(
        {"import", "bzp", sample("ContractNotice_2026-BZP-00439099.json"),
         sample("ContractNotice_2026-BZP-00449679_envelope_partial.json"), sample("TenderResultNotice_2026-BZP-00453849.json"),
         "--out", dir.path("tenders.jsonl"), "--results", dir.path("contracts.jsonl")});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_NE(imported.err.find("pesmatch: 3 of 3 notices converted\n"), std::string::npos) << imported.err;
    const auto indexed = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--tenders",
                                             dir.path("tenders.jsonl"), "--contracts", dir.path("contracts.jsonl"),
                                             "--db", dir.path("db")});
    ASSERT_EQ(indexed.exit_code, 0) << indexed.err;
    EXPECT_NE(indexed.err.find("and 1 contracts (0 won by catalogue PES)"), std::string::npos) << indexed.err;
  }
  test::TempDir dir;
};

TEST_F(BzpWorkflowTest, Market_ListsTheRealPastContractWithWinnerAndValue) {
  const auto tender = dir.write(
      "gloves.json",
      R"({"id":"PLAN-1","title":"Dostawa rękawic roboczych i okularów ochronnych","cpv":["18141000-9"],"place_teryt":["1219043"]})");
  const auto r = test::run_pesmatch(
      {"market", "--db", dir.path("db"), "--tender", tender, "--today", "2026-11-23", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["comparable_contracts"].size(), 1u);
  const auto& c = j["comparable_contracts"][0];
  EXPECT_EQ(c["winner"], "Przedsiębiorstwo Wielobranżowe MADA Kosiec i Wspólnicy sp.k.");
  EXPECT_EQ(c["winner_nip"], "1181625269");
  EXPECT_DOUBLE_EQ(c["value_pln"].get<double>(), 31740.15);
  EXPECT_EQ(c["date"], "2026-09-11");
  EXPECT_EQ(c["buyer"], "KOPALNIA SOLI \"WIELICZKA\" SPÓŁKA AKCYJNA");
  EXPECT_EQ(c["notice"], "BZP-2026-00453849");
  EXPECT_EQ(c["pes"], "");
}

TEST_F(BzpWorkflowTest, MatchAndSuggest_RunOnImportedTenders) {
  const auto match = test::run_pesmatch({"match", "--db", dir.path("db"), "--tenders", dir.path("tenders.jsonl"), "--format", "json"});
  ASSERT_EQ(match.exit_code, 0) << match.err;
  EXPECT_NE(match.out.find("BZP-2026-00439099"), std::string::npos);
  EXPECT_NE(match.out.find("BZP-2026-00449679"), std::string::npos);
  const auto suggest = test::run_pesmatch(
      {"suggest", "--db", dir.path("db"), "--pes-id", "MINI01", "--today", "2026-09-20", "--format", "json"});
  ASSERT_EQ(suggest.exit_code, 0) << suggest.err;
  EXPECT_EQ(nlohmann::json::parse(suggest.out)["pes"], "MINI01");
}

TEST(BzpImportCommandTest, RejectedRecord_Exit3WithRecordLine) {
  const auto path = test::fixture("bzp/mixed.jsonl");
  test::TempDir dir;
  const auto r = test::run_pesmatch({"import", "bzp", path, "--out", dir.path("t.jsonl")});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("pesmatch: not converted: " + path + ":3: bzpNumber \"BZP 123\": expected \"YYYY/BZP NUMBER\"\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("pesmatch: note: skipped 1 notices of other types (1 NoticeUpdateNotice)\n"), std::string::npos);
  EXPECT_NE(r.err.find("1 of 2 notices converted, 1 rejected (listed above)"), std::string::npos) << r.err;
  EXPECT_NE(test::read_file(dir.path("t.jsonl")).find("\"id\":\"BZP-2026-00449679\""), std::string::npos);
}

}  // namespace
}  // namespace pesmatch
