// `pesmatch feedback` end to end: verdicts recorded through the real binary, refused for ids the
// index does not know, kept across re-indexing, exported as qrels and learnt from by `train`.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "pesmatch/model.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

class FeedbackCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto r = test::run_pesmatch(index_args());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::vector<std::string> index_args() const {
    return {"index", "--pes", test::fixture("mini_pes.jsonl"), "--tenders", test::fixture("mini_tenders.jsonl"), "--db", db()};
  }
  std::string db() const { return dir_.path("db"); }
  test::RunResult feedback(const std::string& tender, const std::string& pes, const std::string& verdict) const {
    return test::run_pesmatch({"feedback", "--db", db(), "--tender", tender, "--pes", pes, "--verdict", verdict, "--by", "urzędnik"});
  }
  // Training starts from the bundled weights less `reach`: on the five mini tenders a reach tier
  // outweighs every other factor, so no single coordinate step re-ranks a tender and the bundled
  // model comes back unchanged with or without verdicts.
  std::string start_model() const {
    auto model = nlohmann::json::parse(test::read_file(test::data_dir() + "/model.json"));
    model["features"].erase("reach");
    return dir_.write("start.json", model.dump());
  }
  Model train(bool with_feedback, const std::string& out) const {
    std::vector<std::string> args{"train", "--db", db(), "--tenders", test::fixture("mini_tenders.jsonl"), "--qrels",
                                  test::fixture("mini_qrels.txt"), "--folds", "2", "--model", start_model(),
                                  "--out", dir_.path(out)};
    if (with_feedback) args.push_back("--feedback");
    const auto r = test::run_pesmatch(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return Model::load(dir_.path(out));
  }

  test::TempDir dir_;
};

TEST_F(FeedbackCommandTest, Verdict_IsAppendedBesideTheIndex_AndPrinted) {
  const auto r = feedback("MT1", "MINI07", "fit");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "{\"tender\":\"MT1\",\"pes\":\"MINI07\",\"verdict\":\"fit\",\"by\":\"urzędnik\"}\n");
  const auto log = test::read_file(db() + "/feedback.jsonl");
  EXPECT_EQ(log.rfind("{\"tender\":\"MT1\",\"pes\":\"MINI07\",\"verdict\":\"fit\",\"by\":\"urzędnik\",\"at\":\"", 0), 0u) << log;
}

TEST_F(FeedbackCommandTest, ExportQrels_MapsVerdictsToGrades_LatestPerPairWins) {
  ASSERT_EQ(feedback("MT1", "MINI07", "fit").exit_code, 0);
  ASSERT_EQ(feedback("MT2", "MINI02", "won").exit_code, 0);
  ASSERT_EQ(feedback("MT1", "MINI07", "unfit").exit_code, 0);
  const auto r = test::run_pesmatch({"feedback", "--db", db(), "--export-qrels"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "MT1 0 MINI07 0\nMT2 0 MINI02 3\n");
}

TEST_F(FeedbackCommandTest, Reindexing_KeepsTheLog) {
  ASSERT_EQ(feedback("MT1", "MINI07", "won").exit_code, 0);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(test::run_pesmatch(index_args()).exit_code, 0);
  const auto r = test::run_pesmatch({"feedback", "--db", db(), "--export-qrels"});
  EXPECT_EQ(r.out, "MT1 0 MINI07 3\n");
}

TEST_F(FeedbackCommandTest, UnknownPes_ExitsThreeWithTheId_AndWritesNothing) {
  const auto r = feedback("MT1", "NOPE", "fit");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "pesmatch: pes \"NOPE\": no PES with this id in the index\n");
  EXPECT_FALSE(std::filesystem::exists(db() + "/feedback.jsonl"));
}

TEST_F(FeedbackCommandTest, UnknownTender_ExitsThreeWithTheId) {
  const auto r = feedback("MT99", "MINI01", "fit");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "pesmatch: tender \"MT99\": no tender with this id in the index (index it with index --tenders)\n");
}

TEST_F(FeedbackCommandTest, UnknownVerdict_IsUsageError) {
  EXPECT_EQ(feedback("MT1", "MINI01", "maybe").exit_code, 2);
}

TEST_F(FeedbackCommandTest, Verdicts_ChangeTheNextTrainingsWeights) {
  const Model without = train(false, "without.json");
  // The officers contradict the judgments where they reward nearness: the far PES in Gdańsk
  // won the Niepołomice meals, the local ones are unfit.
  for (const auto& [tender, pes, verdict] : std::vector<std::array<std::string, 3>>{
           {"MT1", "MINI04", "won"}, {"MT1", "MINI01", "unfit"}, {"MT1", "MINI03", "unfit"}, {"MT1", "MINI08", "unfit"}})
    ASSERT_EQ(feedback(tender, pes, verdict).exit_code, 0);
  const Model with = train(true, "with.json");
  EXPECT_NE(with.weights(), without.weights());
  EXPECT_LT(with.weight(Feature::proximity), without.weight(Feature::proximity)) << "nearness loses weight";
  EXPECT_LT(with.weight(Feature::service_area), without.weight(Feature::service_area));
}

}  // namespace
}  // namespace pesmatch
