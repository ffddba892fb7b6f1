#include "pesmatch/model.hpp"

#include <gtest/gtest.h>

#include <random>

#include "pesmatch/error.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

TEST(ModelTest, LoadsBundledModel_WithAWeightPerFeature) {
  const auto m = Model::load(test::data_dir() + "/model.json");
  double sum = 0;
  for (double w : m.weights()) sum += w;
  EXPECT_GT(sum, 0.0);
  EXPECT_GT(m.weight(Feature::text), 0.0);
}

TEST(ModelTest, SavedModel_LoadsBackIdentical) {
  test::TempDir dir;
  std::array<double, kFeatureCount> w{};
  for (std::size_t i = 0; i < kFeatureCount; ++i) w[i] = 0.1 * static_cast<double>(i + 1);
  Model(w).save(dir.path("m.json"));
  EXPECT_EQ(Model::load(dir.path("m.json")).weights(), w);
}

TEST(ModelTest, RejectsUnknownFeature_NamingIt) {
  test::TempDir dir;
  const auto path = dir.write("m.json", R"({"features":{"text":1,"colour":2}})");
  try {
    (void)Model::load(path);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), path + ": features.colour: unknown feature");
  }
}

TEST(ModelTest, RejectsMissingWeight_NamingTheFeature) {
  test::TempDir dir;
  const auto path = dir.write("m.json", R"({"features":{"text":1}})");
  try {
    (void)Model::load(path);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), path + ": features.concepts: missing weight");
  }
}

TEST(ModelTest, LoadsAModelWrittenBeforeReach_WithReachWeighingNothing) {
  test::TempDir dir;
  const auto path = dir.write("m.json", R"({"features":{"text":0.3,"concepts":0.1,"cpv":0.1,"pkd_bridge":0.05,"references":0.05,)"
                                        R"("proximity":0.2,"service_area":0.1,"same_gmina":0,"same_powiat":0.05,)"
                                        R"("neighbour_powiat":0,"same_wojewodztwo":0.05,"social_fit":0,"capacity":0}})");
  const auto m = Model::load(path);
  EXPECT_EQ(m.weight(Feature::reach), 0.0);
  EXPECT_EQ(m.weight(Feature::text), 0.3);
}

TEST(ModelTest, RejectsANumberBeyondADouble_AsMalformedJson) {
  test::TempDir dir;
  const auto path = dir.write("m.json", R"({"features":{"text":1E400}})");
  try {
    (void)Model::load(path);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), path + ": malformed JSON: number out of range");
  }
}

TEST(ModelTest, BatchScores_EqualOneByOneScores) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> u(0, 1);
  std::array<double, kFeatureCount> w{};
  for (auto& x : w) x = u(rng);
  const Model m(w);
  std::vector<FeatureVector> rows(50);
  for (auto& r : rows)
    for (auto& x : r) x = u(rng);
  const auto batch = m.score_all(rows);
  for (std::size_t i = 0; i < rows.size(); ++i) EXPECT_NEAR(batch[i], m.score(rows[i]), 1e-12);
}

}  // namespace
}  // namespace pesmatch
