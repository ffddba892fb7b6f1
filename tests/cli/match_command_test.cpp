// `pesmatch match` end to end on the real binary, the real reference data and a real index.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

class MatchCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    const auto r = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", dir_->path("db")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static test::RunResult match(std::vector<std::string> extra) {
    std::vector<std::string> args{"match", "--db", dir_->path("db")};
    args.insert(args.end(), extra.begin(), extra.end());
    return test::run_pesmatch(args);
  }
  static std::string read(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  static test::TempDir* dir_;
};

test::TempDir* MatchCommandTest::dir_ = nullptr;

TEST_F(MatchCommandTest, WritesTrecRun_EqualToTheGoldenRun) {
  const auto r = match({"--tenders", test::fixture("mini_tenders.jsonl"), "--format", "trec"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read(test::fixture("mini_golden.trec")));
}

TEST_F(MatchCommandTest, WithoutTheValueMirror_WritesTheSameRunAndJson) {
  // Profiles come from the index's value mirror (pesmatch.values) when it has one, else from
  // Xapian's value table: both give the same bytes.
  const auto mirror = dir_->path("db") + "/current/pes/pesmatch.values";
  ASSERT_TRUE(std::filesystem::exists(mirror));
  const std::vector<std::string> trec{"--tenders", test::fixture("mini_tenders.jsonl"), "--format", "trec"};
  const std::vector<std::string> json{"--tenders", test::fixture("mini_tenders.jsonl"), "--show-excluded"};
  const auto with_trec = match(trec), with_json = match(json);
  std::filesystem::rename(mirror, mirror + ".off");
  const auto without_trec = match(trec), without_json = match(json);
  std::filesystem::rename(mirror + ".off", mirror);
  ASSERT_EQ(with_trec.exit_code, 0) << with_trec.err;
  ASSERT_EQ(with_json.exit_code, 0) << with_json.err;
  EXPECT_EQ(without_trec.out, with_trec.out);
  EXPECT_EQ(without_json.out, with_json.out);
  EXPECT_EQ(with_trec.out, read(test::fixture("mini_golden.trec")));
}

TEST_F(MatchCommandTest, ThreeThreads_WriteTheGoldenRunAndTheSameJson) {
  const auto trec = match({"--tenders", test::fixture("mini_tenders.jsonl"), "--format", "trec", "--threads", "3"});
  ASSERT_EQ(trec.exit_code, 0) << trec.err;
  EXPECT_EQ(trec.out, read(test::fixture("mini_golden.trec")));
  const auto one = match({"--tenders", test::fixture("mini_tenders.jsonl"), "--format", "json", "--threads", "1"});
  const auto three = match({"--tenders", test::fixture("mini_tenders.jsonl"), "--format", "json", "--threads", "3"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_FALSE(one.out.empty());
  EXPECT_EQ(three.out, one.out);
}

TEST_F(MatchCommandTest, RefusesZeroThreads_AsAUsageError) {
  const auto r = match({"--tenders", test::fixture("mini_tenders.jsonl"), "--threads", "0"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--threads"), std::string::npos) << r.err;
}

TEST_F(MatchCommandTest, WritesJsonWithFactorsSummingToScore_AndContacts) {
  const auto r = match({"--tender", test::data_dir() + "/examples/tender.json", "--format", "json", "--top", "3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["tender"], "BZP-2026-00628417");
  EXPECT_EQ(j["reserved"], "art94");
  ASSERT_EQ(j["results"].size(), 3u);
  for (const auto& p : j["results"]) {
    double sum = 0;
    for (const auto& f : p["factors"]) sum += f["contribution"].get<double>();
    EXPECT_NEAR(sum, p["score"].get<double>(), 1e-9);
    EXPECT_TRUE(p["eligibility"]["eligible"].get<bool>());
    EXPECT_TRUE(p.contains("contact"));
  }
  EXPECT_EQ(j["results"][0]["id"], "MINI01");
  EXPECT_EQ(j["results"][0]["contact"]["email"], "kasek@example.pl");
}

TEST_F(MatchCommandTest, WritesOneCsvHeader_ForManyTenders) {
  const auto r = match({"--tenders", test::fixture("mini_tenders.jsonl"), "--format", "csv", "--top", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string header;
  std::getline(lines, header);
  EXPECT_EQ(header, "tender_id,rank,pes_id,name,score,distance_km,eligible,text,concepts,cpv,pkd_bridge,references,proximity,"
                    "service_area,same_gmina,same_powiat,neighbour_powiat,same_wojewodztwo,social_fit,capacity,reach,email,phone");
  EXPECT_EQ(r.out.find("tender_id", 1), std::string::npos);
}

TEST_F(MatchCommandTest, PrintsReadableTable_WithExcludedReasons) {
  const auto r = match({"--tender", test::data_dir() + "/examples/tender.json", "--show-excluded"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Smaczny Kąsek"), std::string::npos);
  EXPECT_NE(r.out.find("excluded (not eligible):"), std::string::npos);
  EXPECT_NE(r.out.find("art. 94 PZP: not an integration employer"), std::string::npos);
}

TEST_F(MatchCommandTest, ReportsBadTender_WithFileLineAndField) {
  test::TempDir dir;
  const auto path = dir.write("t.json", R"({"id":"T","title":"x","cpv":["55523100-4"],"place_teryt":["1219043"]})");
  const auto r = match({"--tender", path});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "pesmatch: " + path + ":1: cpv[0] \"55523100-4\": bad check digit\n");
}

}  // namespace
}  // namespace pesmatch
