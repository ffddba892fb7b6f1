// POST /v1/feedback over real loopback HTTP: the verdict lands in the same log the CLI writes and
// reads, and unknown ids or verdicts are 400 with the library's message.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pesmatch/feedback.hpp"
#include "server/server_fixture.hpp"

namespace pesmatch {
namespace {

class FeedbackApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new test::TempDir();
    test::index_catalogue(db(), test::data_dir() + "/examples/pes.jsonl", test::data_dir() + "/examples/tenders.jsonl");
    server = new test::RunningServer(test::test_config(db()));
  }
  static void TearDownTestSuite() {
    delete server;
    delete dir;
  }
  static std::string db() { return dir->path("db"); }
  static httplib::Result post(const std::string& body) {
    return server->client()->Post("/v1/feedback", body, "application/json");
  }

  static inline test::TempDir* dir = nullptr;
  static inline test::RunningServer* server = nullptr;
};

void expect_error(const httplib::Result& r, int status, const std::string& json) {
  ASSERT_TRUE(r) << httplib::to_string(r.error());
  EXPECT_EQ(r->status, status);
  EXPECT_EQ(r->body, json + "\n");
}

TEST_F(FeedbackApiTest, Verdict_IsAppendedToTheLog_AndReadByTheCli) {
  const auto r = post(R"({"tender":"BZP-2025-00512347","pes":"PES0001","verdict":"won","by":"OWES Kraków"})");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->body, R"({"tender":"BZP-2025-00512347","pes":"PES0001","verdict":"won","by":"OWES Kraków"})" "\n");
  const auto log = read_feedback(feedback_log_path(db()));
  ASSERT_FALSE(log.entries.empty());
  EXPECT_EQ(log.entries.back().pes, "PES0001");
  EXPECT_EQ(log.entries.back().verdict, Verdict::won);
  EXPECT_EQ(log.entries.back().at.size(), 20u) << "stamped by the server: YYYY-MM-DDTHH:MM:SSZ";
  const auto cli = test::run_pesmatch({"feedback", "--db", db(), "--export-qrels"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_NE(cli.out.find("BZP-2025-00512347 0 PES0001 3\n"), std::string::npos) << cli.out;
}

TEST_F(FeedbackApiTest, UnknownPes_Is400WithTheId) {
  expect_error(post(R"({"tender":"BZP-2025-00512347","pes":"PES9999","verdict":"fit"})"), 400,
               R"({"status":400,"error":"pes \"PES9999\": no PES with this id in the index","field":"pes","value":"PES9999"})");
}

TEST_F(FeedbackApiTest, UnknownTender_Is400WithTheId) {
  expect_error(post(R"({"tender":"X-1","pes":"PES0001","verdict":"fit"})"), 400,
               R"json({"status":400,"error":"tender \"X-1\": no tender with this id in the index (index it with index --tenders)","field":"tender","value":"X-1"})json");
}

TEST_F(FeedbackApiTest, UnknownVerdict_Is400) {
  expect_error(post(R"({"tender":"BZP-2025-00512347","pes":"PES0001","verdict":"maybe"})"), 400,
               R"({"status":400,"error":"request:1: verdict \"maybe\": must be fit, unfit or won","field":"verdict","value":"maybe"})");
}

TEST_F(FeedbackApiTest, NotAnObject_Is400) {
  expect_error(post("[1]"), 400, R"({"status":400,"error":"request:1: not a JSON object"})");
}

}  // namespace
}  // namespace pesmatch
