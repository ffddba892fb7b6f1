// The officer's order on the judged collection (data/bench, issue 15): a PES that does the work
// within reach before any far one, however terse its text; eligibility kept on every reserved
// tender; PES that only train for a trade or campaign about it below those that do the work.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "ingest/record_json.hpp"
#include "pesmatch/eval.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "pesmatch/matcher.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

class ReachTest : public ::testing::Test {
 protected:
  // The bench catalogue: the bundled PES followed by those written for the grown collection.
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    Analyzer analyzer = test::make_analyzer();
    auto catalogue = read_catalogue(test::data_dir() + "/examples/pes.jsonl", test::reference()).records;
    for (auto& p : read_catalogue(test::data_dir() + "/bench/pes_extra.jsonl", test::reference()).records)
      catalogue.push_back(std::move(p));
    build_index(dir_->path("db"), catalogue, {}, test::reference(), analyzer, {"bench"});
    tenders_ = new std::vector<Tender>(read_tenders(test::data_dir() + "/bench/tenders.jsonl", test::reference()).records);
    qrels_ = new Qrels(read_qrels(test::data_dir() + "/bench/qrels.txt"));
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete tenders_;
    delete qrels_;
  }

  static const Tender& tender(const std::string& id) {
    const auto it = std::find_if(tenders_->begin(), tenders_->end(), [&](const Tender& t) { return t.id == id; });
    if (it == tenders_->end()) throw std::runtime_error("no bench tender " + id);
    return *it;
  }
  static std::size_t rank_of(const MatchResult& r, const std::string& id) {
    for (std::size_t i = 0; i < r.ranked.size(); ++i)
      if (r.ranked[i].id == id) return i;
    return r.ranked.size();
  }
  static int grade(const std::string& tender_id, const std::string& pes_id) {
    const auto t = qrels_->grades.find(tender_id);
    if (t == qrels_->grades.end()) return 0;
    const auto p = t->second.find(pes_id);
    return p == t->second.end() ? 0 : p->second;
  }

  static MatchOptions top(std::size_t k) {
    MatchOptions options;
    options.top_k = k;
    return options;
  }

  Analyzer analyzer = test::make_analyzer();
  Matcher matcher{dir_->path("db"), {test::reference(), analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()}};

  static test::TempDir* dir_;
  static std::vector<Tender>* tenders_;
  static Qrels* qrels_;
};

test::TempDir* ReachTest::dir_ = nullptr;
std::vector<Tender>* ReachTest::tenders_ = nullptr;
Qrels* ReachTest::qrels_ = nullptr;

TEST_F(ReachTest, TerseLocalPesWithoutCodes_RanksAboveEveryFarPes) {
  // Beach cleaning in Międzyzdroje. PESX176 says in one line, with neither CPV nor PKD, that it
  // cleans beaches and promenades on Wolin; PESX178 (~150 km) and PESX179 (~400 km, long text
  // with the CPV wording and codes) do the same work far away.
  const auto r = matcher.match(tender("BENCH-2026-136"), top(50));
  const auto local = rank_of(r, "PESX176");
  ASSERT_LT(local, r.ranked.size());
  // Readable: the reach factor says why, and the contributions sum to the score.
  double sum = 0;
  for (const auto& f : r.ranked[local].factors) sum += f.contribution;
  EXPECT_NEAR(sum, r.ranked[local].score, 1e-9);
  const auto& reach = r.ranked[local].factors[static_cast<std::size_t>(Feature::reach)];
  EXPECT_GT(reach.contribution, 0.0);
  EXPECT_THAT(reach.detail, ::testing::HasSubstr("in the service area"));
  for (std::size_t i = 0; i < r.ranked.size(); ++i) {
    if (r.ranked[i].distance_km > 100) {
      EXPECT_LT(local, i) << r.ranked[i].id << " at " << r.ranked[i].distance_km << " km";
    }
  }
  EXPECT_LT(local, rank_of(r, "PESX178"));
  EXPECT_LT(local, rank_of(r, "PESX179"));
}

TEST_F(ReachTest, TerseLocalCleaner_RanksAboveTheFarCleanersOfItsTrade) {
  // Office cleaning in Góra (art. 94): PESX001 writes one line; PESX003 and PESX004 (~150 and
  // ~400 km) list CPV, PKD and past contracts.
  const auto r = matcher.match(tender("BENCH-2026-101"), top(50));
  ASSERT_LT(rank_of(r, "PESX001"), r.ranked.size());
  EXPECT_LT(rank_of(r, "PESX001"), rank_of(r, "PESX003"));
  EXPECT_LT(rank_of(r, "PESX001"), rank_of(r, "PESX004"));
}

// Restated from art. 94 and art. 361 PZP (DOMAIN.md), independently of src/rank/eligibility.cpp:
// the legal form or staff share a PES must have to bid at all.
bool may_bid(const nlohmann::json& pes, Reservation reserved) {
  static const std::set<std::string> art94 = {"spoldzielnia_socjalna", "cis", "kis", "zaz", "wtz"};
  static const std::set<std::string> art361 = {"spoldzielnia_socjalna", "cis", "kis", "zaz", "wtz", "fundacja",
                                               "stowarzyszenie", "spolka_non_profit"};
  const std::string form = pes.at("legal_form");
  if (reserved == Reservation::art94) return art94.count(form) || pes.value("disadvantaged_share", 0.0) >= 0.30;
  if (reserved == Reservation::art361) return pes.value("social_enterprise", false) || art361.count(form);
  return true;
}

TEST_F(ReachTest, ReservedTenders_NeverListAnIneligiblePesInTheTop20) {
  std::size_t reserved = 0;
  for (const auto& t : *tenders_) {
    if (t.reserved == Reservation::none) continue;
    ++reserved;
    for (const auto& p : matcher.match(t).ranked)
      EXPECT_TRUE(may_bid(detail::to_json(p.record), t.reserved)) << t.id << ": " << p.id;
  }
  EXPECT_GE(reserved, 20u);
}

TEST_F(ReachTest, PesThatOnlyTrainOrCampaign_RankBelowCapableLocalPes) {
  // The grown collection places a training foundation (PKD 85.59.B) or a campaigning
  // association (PKD 94.99.Z) near each tender; their texts name its trade. They stay below every
  // PES graded 2 or 3 that the ranking recognises as doing the work within reach (reach > 0).
  const auto reach = [](const RankedPes& p) { return p.factors[static_cast<std::size_t>(Feature::reach)].value; };
  std::size_t checked = 0;
  for (const auto& t : *tenders_) {
    if (t.id.rfind("BENCH-2026-1", 0) != 0) continue;
    const auto r = matcher.match(t, top(100));
    std::size_t worst_doer = 0;
    for (std::size_t i = 0; i < r.ranked.size(); ++i)
      if (grade(t.id, r.ranked[i].id) >= 2 && reach(r.ranked[i]) > 0) worst_doer = i;
    for (std::size_t i = 0; i < r.ranked.size(); ++i) {
      const auto& pkd = r.ranked[i].record.pkd;
      const bool mentions_only = r.ranked[i].id.rfind("PESX", 0) == 0 &&
                                 std::any_of(pkd.begin(), pkd.end(), [](const PkdCode& k) { return k.str() == "85.59.B" || k.str() == "94.99.Z"; });
      if (!mentions_only) continue;
      ++checked;
      EXPECT_GT(i, worst_doer) << t.id << ": " << r.ranked[i].id << " above a capable PES graded 2 or 3";
    }
  }
  EXPECT_GE(checked, 30u);
}

}  // namespace
}  // namespace pesmatch
