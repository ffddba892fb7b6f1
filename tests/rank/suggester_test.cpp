#include "pesmatch/suggester.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <xapian.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "pesmatch/error.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "index/documents.hpp"
#include "index/generations.hpp"
#include "index/schema.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using ::testing::Contains;
using ::testing::Not;

class SuggesterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    test::index_mini_catalogue(dir_->path("db"));
  }
  static void TearDownTestSuite() { delete dir_; }
  Analyzer analyzer = test::make_analyzer();
  Suggester suggester{dir_->path("db"), {test::reference(), analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()}};
  static std::vector<std::string> ids(const SuggestResult& r) {
    std::vector<std::string> out;
    for (const auto& t : r.ranked) out.push_back(t.id);
    return out;
  }
  static SuggestOptions on(const std::string& today) {
    SuggestOptions o;
    o.today = today;
    return o;
  }
  static test::TempDir* dir_;
};

test::TempDir* SuggesterTest::dir_ = nullptr;

TEST_F(SuggesterTest, SuggestsTheOpenCleaningTenderFirst_ToACleaningFoundation) {
  const auto r = suggester.suggest("MINI02", on("2026-11-23"));
  ASSERT_FALSE(r.ranked.empty());
  EXPECT_EQ(r.ranked.front().id, "OT1");
  EXPECT_EQ(r.pes_name, "Fundacja Czysty Dom");
}

TEST_F(SuggesterTest, LeavesOutTendersWhoseDeadlinePassed) {
  EXPECT_THAT(ids(suggester.suggest("MINI02", on("2026-11-23"))), Not(Contains("OT3")));
  EXPECT_THAT(ids(suggester.suggest("MINI02", on("2026-06-15"))), Contains("OT3"));
}

TEST_F(SuggesterTest, SendsReservedTendersOnlyToEligibleMembers) {
  // OT2 is reserved under art. 94: the social cooperative may bid, the KGW may not.
  const auto coop = suggester.suggest("MINI01", on("2026-11-23"));
  EXPECT_THAT(ids(coop), Contains("OT2"));
  const auto flagged = std::find_if(coop.ranked.begin(), coop.ranked.end(), [](const auto& t) { return t.id == "OT2"; });
  EXPECT_TRUE(flagged->reserved_art94);
  EXPECT_THAT(ids(suggester.suggest("MINI07", on("2026-11-23"))), Not(Contains("OT2")));
}

TEST_F(SuggesterTest, FlagsSocialServices_FromAnnexXiv) {
  const auto r = suggester.suggest("MINI03", on("2026-11-23"));  // CIS: art. 361 organisation
  const auto care = std::find_if(r.ranked.begin(), r.ranked.end(), [](const auto& t) { return t.id == "OT4"; });
  if (care != r.ranked.end()) {
    EXPECT_TRUE(care->social_services);
    EXPECT_TRUE(care->reserved_art361);
  }
  for (const auto& t : r.ranked) {
    double sum = 0;
    for (const auto& f : t.factors) sum += f.contribution;
    EXPECT_NEAR(sum, t.score, 1e-12);
  }
}

TEST_F(SuggesterTest, FiltersByPublicationDate_ForDigests) {
  SuggestOptions o = on("2026-11-23");
  o.published_since = "2026-11-01";
  EXPECT_THAT(ids(suggester.suggest("MINI02", o)), Not(Contains("OT1")));
}

TEST_F(SuggesterTest, ReportsUnknownPes_AsInvalidInput) {
  try {
    (void)suggester.suggest("NOPE", on("2026-11-23"));
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_STREQ(e.what(), "pes-id \"NOPE\": no PES with this id in the index");
  }
}

TEST_F(SuggesterTest, ListsAllPesIds_Sorted) {
  const auto all = suggester.pes_ids();
  ASSERT_EQ(all.size(), 8u);
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
}

TEST_F(SuggesterTest, DeadlineAlreadyPassed_ThrowsTimeout) {
  SuggestOptions o = on("2026-11-23");
  o.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  try {
    (void)suggester.suggest("MINI02", o);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::timeout);
    EXPECT_STREQ(e.what(), "deadline passed before candidate retrieval");
  }
}

// A long-lived suggester (one per server thread) sees tenders that `index --add-tenders` committed
// into the published index after it was opened, without being reopened itself.
TEST(SuggesterAddTendersTest, TenderAddedAfterOpening_IsSuggestedOnTheNextCall) {
  test::TempDir dir;
  test::index_mini_catalogue(dir.path("db"));
  Analyzer analyzer = test::make_analyzer();
  const auto& ref = test::reference();
  Suggester suggester{dir.path("db"), {ref, analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()}};
  SuggestOptions o;
  o.today = "2026-11-23";
  const auto ids = [&] {
    std::vector<std::string> out;
    for (const auto& t : suggester.suggest("MINI02", o).ranked) out.push_back(t.id);
    return out;
  };
  ASSERT_THAT(ids(), Not(Contains("NEW1")));
  const auto added = parse_tender(
      R"({"id":"NEW1","title":"Mycie okien i sprzątanie sal gimnastycznych","cpv":["90911300-9"],)"
      R"("place_teryt":["1219043"],"published":"2026-11-20","deadline":"2026-12-30"})",
      ref);
  ASSERT_EQ(add_tenders(dir.path("db"), {added}, ref, analyzer), 1u);
  EXPECT_THAT(ids(), Contains("NEW1"));
}

// `index --add-tenders` may commit while a server thread is suggesting. A reader left two
// revisions behind gets Xapian's DatabaseModifiedError; the suggester must answer from the latest
// revision instead of failing. The writer here re-adds the same tenders as fast as Xapian
// commits (no fsync). Before the fix, this test failed in two runs of three (1 to 5 failed
// suggestions each time).
TEST(SuggesterAddTendersTest, CommitsDuringSuggestions_FailNone) {
  test::TempDir dir;
  Analyzer analyzer = test::make_analyzer();
  const auto& ref = test::reference();
  const auto tenders = read_tenders(test::fixture("mini_open_tenders.jsonl"), ref).records;
  build_index(dir.path("db"), read_catalogue(test::fixture("mini_pes.jsonl"), ref).records, tenders, ref, analyzer, {"d"});
  Suggester suggester{dir.path("db"), {ref, analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()}};
  SuggestOptions o;
  o.today = "2026-11-23";
  const auto want = suggester.suggest("MINI02", o);
  ASSERT_FALSE(want.ranked.empty());

  std::atomic<bool> stop{false};
  std::atomic<int> commits{0};
  std::thread writer([&] {
    Analyzer own = test::make_analyzer();
    std::vector<Xapian::Document> docs;
    for (const auto& t : tenders) docs.push_back(detail::tender_document(t, ref, own));
    Xapian::WritableDatabase db(detail::tender_database_path(dir.path("db")), Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
    while (!stop) {
      for (std::size_t i = 0; i < tenders.size(); ++i) db.replace_document(detail::schema::kIdTerm + tenders[i].id, docs[i]);
      db.commit();
      ++commits;
    }
  });
  while (commits == 0) std::this_thread::yield();
  int failed = 0, wrong = 0;
  std::string first_error;
  // 20,000 suggestions, or as many as 8 s allow (sanitizer builds).
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(8);
  for (int i = 0; i < 20000 && std::chrono::steady_clock::now() < until; ++i) {
    try {
      if (suggester.suggest("MINI02", o).ranked.size() != want.ranked.size()) ++wrong;
    } catch (const Error& e) {
      if (failed++ == 0) first_error = e.what();
    }
  }
  stop = true;
  writer.join();
  EXPECT_GT(commits.load(), 100);  // the suggestions did run against a changing database
  EXPECT_EQ(failed, 0) << first_error;
  EXPECT_EQ(wrong, 0);
}

}  // namespace
}  // namespace pesmatch
