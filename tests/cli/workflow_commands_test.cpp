// suggest, digest, market and index --add-tenders end to end on the real binary.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

class WorkflowCommandsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto r = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--tenders",
                                       test::fixture("mini_open_tenders.jsonl"), "--db", dir.path("db")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  test::TempDir dir;
};

TEST_F(WorkflowCommandsTest, SuggestPrintsJsonWithFlagsAndFactors) {
  const auto r = test::run_pesmatch({"suggest", "--db", dir.path("db"), "--pes-id", "MINI01", "--today", "2026-11-23", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["pes"], "MINI01");
  ASSERT_FALSE(j["tenders"].empty());
  EXPECT_EQ(j["tenders"][0]["id"], "OT2");
  EXPECT_TRUE(j["tenders"][0]["flags"]["reserved_art94"].get<bool>());
}

TEST_F(WorkflowCommandsTest, SuggestFailsClearly_WithoutIndexedTenders) {
  const auto r0 = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", dir.path("bare")});
  ASSERT_EQ(r0.exit_code, 0);
  const auto r = test::run_pesmatch({"suggest", "--db", dir.path("bare"), "--pes-id", "MINI01"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.err, "pesmatch: " + dir.path("bare") + ": index has no tenders (build it with index --tenders)\n");
}

TEST_F(WorkflowCommandsTest, DigestIsByteIdentical_AcrossRuns) {
  const std::vector<std::string> args{"digest", "--db", dir.path("db"), "--today", "2026-11-23", "--top", "3"};
  auto a = args, b = args;
  a.insert(a.end(), {"--out", dir.path("d1")});
  b.insert(b.end(), {"--out", dir.path("d2")});
  ASSERT_EQ(test::run_pesmatch(a).exit_code, 0);
  ASSERT_EQ(test::run_pesmatch(b).exit_code, 0);
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path("d1"))) {
    ++files;
    EXPECT_EQ(test::read_file(e.path().string()), test::read_file(dir.path("d2") + "/" + e.path().filename().string())) << e.path();
  }
  EXPECT_EQ(files, 9u);  // digest.json and one page per PES
  EXPECT_NE(test::read_file(dir.path("d1") + "/MINI01.md").find("zamówienie zastrzeżone — art. 94 PZP"), std::string::npos);
}

TEST_F(WorkflowCommandsTest, AddTendersMakesNewNoticesSuggestable_WithoutRebuild) {
  const auto fresh = dir.write("new.jsonl",
      R"({"id":"NEW1","title":"Mycie okien i sprzątanie sal gimnastycznych","cpv":["90911300-9"],"place_teryt":["1219043"],"published":"2026-11-20","deadline":"2026-12-30"})"
      "\n");
  const auto before = std::filesystem::read_symlink(dir.path("db") + "/current");
  const auto r = test::run_pesmatch({"index", "--add-tenders", fresh, "--db", dir.path("db")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::filesystem::read_symlink(dir.path("db") + "/current"), before) << "no new generation";
  const auto since = test::run_pesmatch({"digest", "--db", dir.path("db"), "--today", "2026-11-23", "--since", "2026-11-15",
                                         "--members", dir.write("members.txt", "MINI02\n"), "--out", dir.path("dig")});
  ASSERT_EQ(since.exit_code, 0) << since.err;
  const auto json = nlohmann::json::parse(test::read_file(dir.path("dig") + "/digest.json"));
  ASSERT_EQ(json["members"].size(), 1u);
  ASSERT_FALSE(json["members"][0]["tenders"].empty());
  EXPECT_EQ(json["members"][0]["tenders"][0]["id"], "NEW1");
}

TEST_F(WorkflowCommandsTest, MarketWritesHtmlReport) {
  const auto r = test::run_pesmatch({"market", "--db", dir.path("db"), "--tender", test::data_dir() + "/examples/tender.json",
                                     "--format", "html", "--today", "2026-11-23"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Rozeznanie rynku podmiotów ekonomii społecznej"), std::string::npos);
}

TEST_F(WorkflowCommandsTest, MarketInEnglish_WithLangEn_KeepsTheJsonMachineFields) {
  const std::vector<std::string> args{"market", "--db", dir.path("db"), "--tender", test::data_dir() + "/examples/tender.json",
                                      "--today", "2026-11-23"};
  auto en = args;
  en.insert(en.end(), {"--format", "html", "--lang", "en"});
  const auto html = test::run_pesmatch(en);
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_NE(html.out.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.out.find("Market survey of social economy entities"), std::string::npos);
  const auto pl = nlohmann::json::parse(test::run_pesmatch(args).out);
  auto en_json = args;
  en_json.insert(en_json.end(), {"--lang", "en"});
  const auto j = nlohmann::json::parse(test::run_pesmatch(en_json).out);
  ASSERT_FALSE(j["ranked"].empty());
  // The same machine fields in both; only the words beside them change.
  EXPECT_EQ(j["ranked"][0]["factors"][0]["name"], pl["ranked"][0]["factors"][0]["name"]);
  EXPECT_EQ(j["ranked"][0]["factors"][0]["detail"], pl["ranked"][0]["factors"][0]["detail"]);
  EXPECT_EQ(j["ranked"][0]["factors"][0]["label"], "description fit");
  EXPECT_EQ(pl["ranked"][0]["factors"][0]["label"], "zgodność opisu");
  EXPECT_EQ(j["ranked"][0]["factors"][0]["detail_text"], j["ranked"][0]["factors"][0]["detail"]);
  const auto bad = test::run_pesmatch({"market", "--db", dir.path("db"), "--tender", test::data_dir() + "/examples/tender.json", "--lang", "de"});
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
}

TEST_F(WorkflowCommandsTest, DigestPagesArePolishByDefault) {
  const auto r = test::run_pesmatch({"digest", "--db", dir.path("db"), "--today", "2026-11-23", "--top", "3", "--out", dir.path("dig")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto page = test::read_file(dir.path("dig") + "/MINI01.md");
  EXPECT_EQ(page.rfind("# Przetargi dla: ", 0), 0u) << page;
  EXPECT_NE(page.find("dlaczego: "), std::string::npos) << page;
  EXPECT_NE(page.find("zamówienie zastrzeżone — art. 94 PZP"), std::string::npos) << page;
  EXPECT_EQ(page.find("BM25"), std::string::npos) << page;
}

}  // namespace
}  // namespace pesmatch
