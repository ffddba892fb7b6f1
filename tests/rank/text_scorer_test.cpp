// The text weights computed from the candidates' forward lists equal Xapian's own BM25 weights
// for the same query, on real indexes, and do not depend on how the catalogue is sharded.
#include "rank/text_scorer.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <cmath>
#include <map>
#include <memory>

#include "index/documents.hpp"
#include "index/forward_terms.hpp"
#include "index/schema.hpp"
#include "index/shards.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "rank/match_stages.hpp"
#include "rank/query_builder.hpp"
#include "support/fixtures.hpp"
#include "support/shard_servers.hpp"

namespace pesmatch::detail {
namespace {

constexpr double kRelative = 1e-9;

// One catalogue indexed whole, in województwo shards, and (with xapian-tcpsrv) served remotely.
struct Indexes {
  test::TempDir dir;
  std::string single = dir.path("single"), sharded = dir.path("sharded"), remote;
  std::unique_ptr<test::ShardServers> servers;

  explicit Indexes(const std::vector<Pes>& pes) {
    auto analyzer = test::make_analyzer();
    build_index(single, pes, {}, test::reference(), analyzer, {"catalogue"});
    build_index(sharded, pes, {}, test::reference(), analyzer, {"catalogue"}, {}, ShardBy::wojewodztwo);
    if (const auto tcpsrv = test::find_tcpsrv(); !tcpsrv.empty()) {
      servers = std::make_unique<test::ShardServers>(tcpsrv, index_shards(sharded));
      remote = dir.write("REMOTE", servers->stub());
    }
  }
};

// data/examples with the judged collection's extra PES (data/bench); and tests/data/synonym_pes.jsonl,
// where words of three lemmas and concepts weigh through nested OP_SYNONYMs.
Indexes* bench = nullptr;
Indexes* synonyms = nullptr;

class TextScorerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const auto& ref = test::reference();
    auto pes = read_catalogue(test::data_dir() + "/examples/pes.jsonl", ref).records;
    const auto extra = read_catalogue(test::data_dir() + "/bench/pes_extra.jsonl", ref).records;
    pes.insert(pes.end(), extra.begin(), extra.end());
    bench = new Indexes(pes);
    synonyms = new Indexes(read_catalogue(test::fixture("synonym_pes.jsonl"), ref).records);
  }
  static void TearDownTestSuite() {
    delete bench;
    delete synonyms;
    bench = synonyms = nullptr;
  }

  Analyzer analyzer = test::make_analyzer();
  std::vector<Tender> tenders = read_tenders(test::data_dir() + "/bench/tenders.jsonl", test::reference()).records;

  // The leaf selections retrieval queries with: every leaf, the informative ones (what reweigh
  // is given in a large index) and the strongest.
  std::vector<WordBag::Selection> selections(const WordBag& words, const Xapian::Database& db) {
    const auto frequencies = words.frequencies(db);
    return {words.all(), words.informative_leaves(frequencies, 0.2), words.strongest_leaves(frequencies, 8)};
  }

  // Every document's weight by the scorer, by PES id.
  static std::map<std::string, double> scored(TextScorer scorer, const Xapian::Database& db) {
    std::map<std::string, double> out;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      const auto doc = db.get_document(*it);
      out[doc.get_value(schema::kSlotId)] = scorer.weight(doc.get_value(schema::kSlotTextTerms));
    }
    return out;
  }

  // Every document's weight by the scorer equals Xapian's (0 for the documents it does not match).
  void expect_xapians_weights(const std::string& db_dir, std::size_t& nested) {
    const auto db = open_index(db_dir);
    std::size_t matched = 0;
    for (const auto& t : tenders) {
      const auto words = build_queries(t, test::reference(), analyzer).words;
      for (const auto& selected : selections(words, db)) {
        // Xapian's own weights for the query of the same leaves.
        const auto text = words.query(selected);
        SCOPED_TRACE(t.id + " " + text.get_description());
        if (text.get_description().find(") SYNONYM ") != std::string::npos) ++nested;
        Xapian::Enquire enquire(db);
        enquire.set_query(text);
        std::map<std::string, double> want;
        const auto mset = enquire.get_mset(0, db.get_doccount());
        for (auto it = mset.begin(); it != mset.end(); ++it) want[it.get_document().get_value(schema::kSlotId)] = it.get_weight();
        matched += mset.size();
        for (const auto& [id, weight] : scored(TextScorer::of(words, selected, db), db)) {
          const auto w = want.find(id);
          const double expected = w == want.end() ? 0.0 : w->second;
          EXPECT_LE(std::abs(weight - expected), kRelative * expected) << id << ": " << weight << " vs " << expected;
        }
      }
    }
    EXPECT_GT(matched, tenders.size() * 10);
  }

  // The scorer gives every document exactly the same weight over `other` as over the single database.
  void expect_same_weights(const Indexes& indexes, const std::string& other) {
    const auto single = open_index(indexes.single), split = open_index(other);
    ASSERT_GT(split.size(), 1u);
    for (const auto& t : tenders) {
      const auto words = build_queries(t, test::reference(), analyzer).words;
      for (const auto& selected : selections(words, single)) {
        SCOPED_TRACE(t.id + " " + words.query(selected).get_description());
        const auto want = scored(TextScorer::of(words, selected, single), single);
        const auto got = scored(TextScorer::of(words, selected, split), split);
        ASSERT_EQ(got.size(), want.size());
        for (const auto& [id, weight] : want) EXPECT_EQ(got.at(id), weight) << id;
      }
    }
  }
};

TEST_F(TextScorerTest, WeighsAsXapian_OnTheJudgedCatalogue) {
  std::size_t nested = 0;
  expect_xapians_weights(bench->single, nested);
}

TEST_F(TextScorerTest, WeighsAsXapian_WhereSynonymsNest) {
  std::size_t nested = 0;
  expect_xapians_weights(synonyms->single, nested);
  EXPECT_GT(nested, 0u) << "no word of three lemmas or more in the queries";
}

TEST_F(TextScorerTest, WeighsAsTheSingleDatabase_InLocalShards) {
  expect_same_weights(*bench, bench->sharded);
  expect_same_weights(*synonyms, synonyms->sharded);
}

TEST_F(TextScorerTest, WeighsAsTheSingleDatabase_InRemoteShards) {
  if (!bench->servers) GTEST_SKIP() << "xapian-tcpsrv not found on PATH: install Debian's xapian-tools (tools/setup.sh does)";
  expect_same_weights(*bench, bench->remote);
  expect_same_weights(*synonyms, synonyms->remote);
}

TEST_F(TextScorerTest, ForwardListLength_IsTheDocumentLength) {
  const auto db = open_index(bench->single);
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
    EXPECT_EQ(ForwardTerms(db.get_document(*it).get_value(schema::kSlotTextTerms)).length(), db.get_doclength(*it)) << *it;
}

TEST_F(TextScorerTest, RefusesAMissingForwardList_WithRebuildIt) {
  try {
    ForwardTerms forward("");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_STREQ(e.what(), "corrupt text terms of a PES in the index (rebuild it)");
  }
}

TEST_F(TextScorerTest, Reweigh_AsksForARebuild_OfAnIndexWithoutForwardLists) {
  test::TempDir dir;
  {
    // A PES document as written before the forward lists.
    Xapian::WritableDatabase old(dir.path("old"), Xapian::DB_CREATE_OR_OVERWRITE);
    const auto pes = read_catalogue(test::fixture("mini_pes.jsonl"), test::reference()).records.front();
    auto doc = pes_document(pes, test::reference(), analyzer);
    doc.remove_value(schema::kSlotTextTerms);
    old.add_document(doc);
    old.commit();
  }
  MatchEngine engine(Xapian::Database(dir.path("old")), {test::reference(), analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()});
  MatchEngine::Retrieved retrieved{{1, 0.0}};
  WordBag words;
  words.add(analyzer.analyze("usługa"), 1);
  try {
    engine.reweigh(retrieved, words, words.all());
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_STREQ(e.what(), "PES document without text terms in the index (rebuild it)");
  }
}

}  // namespace
}  // namespace pesmatch::detail
