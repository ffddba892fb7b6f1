// Candidate retrieval in a large index keeps the ranking: on a synthetic catalogue above the
// size where retrieval prunes (10 documents per requested candidate), the top 20 of a match
// with the default options against the exhaustive ranking, where every PES matching any term
// of the tender is reranked. bench/bm_agreement.cpp measures the same at 100k PES.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pesmatch/index.hpp"
#include "pesmatch/matcher.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

// Above 10 × (500 nationwide candidates), so the default options prune.
constexpr std::size_t kCatalogue = 12000;
constexpr std::size_t kTenders = 40;
constexpr std::size_t kTop = 20;

// How far a ranking with some options is from the exhaustive one, over all tenders.
struct Agreement {
  double top20 = 0;       ///< mean share of the exhaustive top 20 also in the top 20
  double same_first = 0;  ///< share of tenders with the same first PES
};

class RetrievalAgreementTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    data_ = new test::SynthRecords(test::synth_records(*dir_, kCatalogue, kTenders));
    Analyzer analyzer = test::make_analyzer();
    build_index(dir_->path("db"), data_->pes, {}, test::reference(), analyzer, {"d"});
    Matcher matcher(dir_->path("db"), {test::reference(), analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()});
    MatchOptions everything;
    everything.text_candidates = everything.local_candidates = matcher.size();
    exhaustive_ = new std::vector<std::vector<std::string>>;
    for (const auto& t : data_->tenders) exhaustive_->push_back(top_ids(matcher.match(t, everything)));
  }
  static void TearDownTestSuite() {
    delete exhaustive_;
    delete data_;
    delete dir_;
  }

  static std::vector<std::string> top_ids(const MatchResult& r) {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < r.ranked.size() && i < kTop; ++i) ids.push_back(r.ranked[i].id);
    return ids;
  }

  Agreement agreement(const MatchOptions& options) {
    Matcher matcher(dir_->path("db"), {test::reference(), analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()});
    Agreement a;
    for (std::size_t i = 0; i < data_->tenders.size(); ++i) {
      const auto got = top_ids(matcher.match(data_->tenders[i], options));
      const auto& exact = (*exhaustive_)[i];
      EXPECT_EQ(exact.size(), kTop) << data_->tenders[i].id << ": the catalogue should give every tender a full top 20";
      const auto shared = std::count_if(exact.begin(), exact.end(),
                                        [&](const std::string& id) { return std::find(got.begin(), got.end(), id) != got.end(); });
      a.top20 += static_cast<double>(shared) / static_cast<double>(std::max<std::size_t>(1, exact.size()));
      a.same_first += !got.empty() && !exact.empty() && got.front() == exact.front() ? 1 : 0;
    }
    a.top20 /= static_cast<double>(data_->tenders.size());
    a.same_first /= static_cast<double>(data_->tenders.size());
    return a;
  }

  Analyzer analyzer = test::make_analyzer();
  static test::TempDir* dir_;
  static test::SynthRecords* data_;
  static std::vector<std::vector<std::string>>* exhaustive_;
};

test::TempDir* RetrievalAgreementTest::dir_ = nullptr;
test::SynthRecords* RetrievalAgreementTest::data_ = nullptr;
std::vector<std::vector<std::string>>* RetrievalAgreementTest::exhaustive_ = nullptr;

TEST_F(RetrievalAgreementTest, DefaultOptions_KeepTheExhaustiveTop20) {
  // Today: 0.965 of the top 20 (one województwo-wide local pool, before the
  // pools of the powiat and of 60 km around: 0.928 and 0.975; with the regional pool over every
  // PES serving part of the województwo instead of the whole of it: 0.989). At 100k PES the same
  // retrieval keeps 0.9945 (bench BM_Match_Agreement): at 12k the pools of 300 are a larger share
  // of a region, and the misses are PES serving part of the województwo beyond 60 km.
  const Agreement a = agreement({});
  RecordProperty("overlap_top20", std::to_string(a.top20));
  RecordProperty("same_first", std::to_string(a.same_first));
  EXPECT_GE(a.top20, 0.96);
  EXPECT_GE(a.same_first, 0.97);
}

TEST_F(RetrievalAgreementTest, TwentyCandidates_LoseTheExhaustiveTop20) {
  // The measurement itself: retrieval cut to the size of the result must show up.
  MatchOptions few;
  few.text_candidates = few.local_candidates = kTop;
  const Agreement a = agreement(few);
  RecordProperty("overlap_top20", std::to_string(a.top20));
  EXPECT_LT(a.top20, 0.9);  // today 0.69
}

}  // namespace
}  // namespace pesmatch
