// A catalogue sharded by województwo ranks as the single database does (same PES, order and
// explanations; scores to 1e-12): local shards
// through the generation's stub, and remote shards served by xapian-tcpsrv on loopback through a
// stub of `remote 127.0.0.1:PORT` lines, in the library and through the real binary.
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest/record_json.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/ingest.hpp"
#include "pesmatch/matcher.hpp"
#include "support/fixtures.hpp"
#include "support/shard_servers.hpp"

namespace pesmatch {
namespace {

namespace fs = std::filesystem;

// A combined database sums its shards' statistics in another order, so BM25 weights (and the
// text factor and scores built on them) may differ in their last bits: scores are in [0, 1].
constexpr double kTolerance = 1e-12;

// Two JSON documents are the same but for the last bits of their numbers.
void expect_json_near(const nlohmann::json& got, const nlohmann::json& want, const std::string& where,
                      double tolerance = kTolerance) {
  if (want.is_number() && got.is_number()) {
    const double a = got.get<double>(), b = want.get<double>();
    EXPECT_LE(std::abs(a - b), tolerance * std::max(1.0, std::abs(b))) << where << ": " << a << " vs " << b;
    return;
  }
  ASSERT_EQ(got.type(), want.type()) << where;
  if (want.is_object()) {
    ASSERT_EQ(got.size(), want.size()) << where;
    for (const auto& [key, value] : want.items()) {
      ASSERT_TRUE(got.contains(key)) << where << "." << key;
      expect_json_near(got.at(key), value, where + "." + key, tolerance);
    }
  } else if (want.is_array()) {
    ASSERT_EQ(got.size(), want.size()) << where;
    for (std::size_t i = 0; i < want.size(); ++i) expect_json_near(got[i], want[i], where + "[" + std::to_string(i) + "]", tolerance);
  } else {
    EXPECT_EQ(got, want) << where;
  }
}

// The JSON documents a run printed (one pretty document, or one per line).
std::vector<nlohmann::json> documents(const std::string& out) {
  std::vector<nlohmann::json> docs;
  std::istringstream in(out);
  while ((in >> std::ws).peek() != std::char_traits<char>::eof()) in >> docs.emplace_back();
  return docs;
}

// Two runs succeeded and printed the same documents (see expect_json_near).
void expect_same_output(const test::RunResult& got, const test::RunResult& want, double tolerance = kTolerance) {
  ASSERT_EQ(want.exit_code, 0) << want.err;
  ASSERT_EQ(got.exit_code, 0) << got.err;
  const auto g = documents(got.out), w = documents(want.out);
  ASSERT_EQ(g.size(), w.size());
  ASSERT_FALSE(w.empty());
  for (std::size_t i = 0; i < w.size(); ++i) expect_json_near(g[i], w[i], "document " + std::to_string(i + 1), tolerance);
}

// One index built twice, plain and sharded, plus the shard servers (when xapian-tcpsrv is
// installed): built once for the suite.
struct Indexes {
  test::TempDir dir;
  std::string single = dir.path("single"), sharded = dir.path("sharded"), remote_stub;
  std::unique_ptr<test::ShardServers> servers;

  Indexes(const std::vector<Pes>& pes, const std::vector<Tender>& tenders, const std::string& catalogue) {
    auto analyzer = test::make_analyzer();
    build_index(single, pes, tenders, test::reference(), analyzer, {catalogue});
    build_index(sharded, pes, tenders, test::reference(), analyzer, {catalogue}, {}, ShardBy::wojewodztwo);
    const auto tcpsrv = test::find_tcpsrv();
    if (tcpsrv.empty()) return;
    servers = std::make_unique<test::ShardServers>(tcpsrv, index_shards(sharded));
    // Kept inside the sharded index directory, so that `suggest` finds the tenders beside it.
    remote_stub = dir.write("sharded/REMOTE", servers->stub());
  }
};
// data/examples; and tests/data/synonym_pes.jsonl, 250 synthetic PES (`synth --pes 2000 --seed 1`,
// a seeded sample) on which the text weights of words with three lemmas used to depend on the
// layout (see RemoteShards_RankLikeTheSingleDatabase_WhereSynonymsMatter).
Indexes* indexes = nullptr;
Indexes* synonyms = nullptr;

class ShardingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const auto& ref = test::reference();
    indexes = new Indexes(read_catalogue(test::data_dir() + "/examples/pes.jsonl", ref).records,
                          read_tenders(test::data_dir() + "/examples/tenders.jsonl", ref).records, "examples");
    synonyms = new Indexes(read_catalogue(test::fixture("synonym_pes.jsonl"), ref).records, {}, "synonyms");
  }
  static void TearDownTestSuite() {
    delete indexes;  // stops the servers
    delete synonyms;
    indexes = synonyms = nullptr;
  }

  const ReferenceData& ref = test::reference();
  Analyzer analyzer = test::make_analyzer();

  static void skip_without_servers() {
    if (!indexes->servers) GTEST_SKIP() << "xapian-tcpsrv not found on PATH: install Debian's xapian-tools (tools/setup.sh does)";
  }

  std::vector<Tender> all_tenders() const {
    auto out = read_tenders(test::data_dir() + "/examples/tenders.jsonl", ref).records;
    const auto mini = read_tenders(test::fixture("mini_tenders.jsonl"), ref).records;
    out.insert(out.end(), mini.begin(), mini.end());
    return out;
  }

  Matcher open(const std::string& db) { return Matcher(db, {ref, analyzer, Model::load(test::data_dir() + "/model.json"), test::data_dir()}); }

  static void expect_same(const std::vector<RankedPes>& got, const std::vector<RankedPes>& want, const std::string& tender) {
    ASSERT_EQ(got.size(), want.size()) << tender;
    for (std::size_t i = 0; i < want.size(); ++i) {
      SCOPED_TRACE(tender + " rank " + std::to_string(i + 1));
      EXPECT_EQ(got[i].id, want[i].id);
      EXPECT_NEAR(got[i].score, want[i].score, kTolerance);
      EXPECT_EQ(got[i].distance_km, want[i].distance_km);
      EXPECT_EQ(got[i].eligibility.eligible, want[i].eligibility.eligible);
      EXPECT_EQ(got[i].eligibility.reason, want[i].eligibility.reason);
      EXPECT_EQ(detail::to_json(got[i].record), detail::to_json(want[i].record));
      ASSERT_EQ(got[i].factors.size(), want[i].factors.size());
      for (std::size_t f = 0; f < want[i].factors.size(); ++f) {
        EXPECT_EQ(got[i].factors[f].feature, want[i].factors[f].feature);
        EXPECT_NEAR(got[i].factors[f].value, want[i].factors[f].value, kTolerance);
        EXPECT_NEAR(got[i].factors[f].contribution, want[i].factors[f].contribution, kTolerance);
        EXPECT_EQ(got[i].factors[f].detail, want[i].factors[f].detail);
      }
    }
  }

  // Every tender, with the excluded PES listed too: ids, order, scores and explanations agree.
  // (The default candidate counts admit every PES that matches, so no tie at the cutoff, broken
  // by document id, can make the layouts differ.)
  void expect_ranks_like_single(const std::string& db) { expect_ranks_like(indexes->single, db, all_tenders()); }

  void expect_ranks_like(const std::string& single_db, const std::string& db, const std::vector<Tender>& tenders) {
    Matcher single = open(single_db), other = open(db);
    EXPECT_EQ(other.size(), single.size());
    EXPECT_EQ(other.snapshot().catalogue_digest, single.snapshot().catalogue_digest);
    EXPECT_EQ(other.snapshot().reference_date, single.snapshot().reference_date);
    EXPECT_TRUE(other.warnings().empty());
    MatchOptions options;
    options.top_k = 50;
    options.show_excluded = true;
    std::size_t compared = 0;
    for (const auto& t : tenders) {
      const auto want = single.match(t, options), got = other.match(t, options);
      EXPECT_EQ(got.candidates, want.candidates) << t.id;
      expect_same(got.ranked, want.ranked, t.id);
      expect_same(got.excluded, want.excluded, t.id);
      compared += want.ranked.size();
    }
    EXPECT_GT(compared, 5 * tenders.size());  // the comparison saw real rankings, not empty ones
  }

  std::vector<Tender> synonym_tenders() const { return read_tenders(test::fixture("synonym_tenders.jsonl"), ref).records; }
};

TEST_F(ShardingTest, ShardedBuild_WritesOneDatabasePerWojewodztwoHoldingItsPes) {
  const auto shards = index_shards(indexes->sharded);
  ASSERT_EQ(shards.size(), 16u);
  EXPECT_TRUE(index_shards(indexes->single).empty());
  Xapian::doccount total = 0;
  for (const auto& shard : shards) {
    const std::string code = fs::path(shard).filename().string();
    Xapian::Database db(shard);
    total += db.get_doccount();
    EXPECT_EQ(db.get_metadata("pesmatch.catalogue"), "examples") << shard;  // every shard carries the metadata
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
      EXPECT_EQ(nlohmann::json::parse(db.get_document(*it).get_data()).at("teryt").get<std::string>().substr(0, 2), code);
  }
  EXPECT_EQ(total, Xapian::Database(indexes->single).get_doccount());
}

TEST_F(ShardingTest, LocalShards_RankLikeTheSingleDatabase) { expect_ranks_like_single(indexes->sharded); }

TEST_F(ShardingTest, RemoteShards_RankLikeTheSingleDatabase) {
  skip_without_servers();
  expect_ranks_like_single(indexes->remote_stub);
}

// A word with three lemmas ("gorących": goreć, gorące, gorący; "części", "potrzebujących") is one
// OP_SYNONYM leaf, weighed by an estimate of the leaf's term frequency that Xapian 1.4 builds in
// an order set by each shard's own frequencies: on this catalogue, before the lemmas were nested
// in a fixed order, 68 text factors of its 10 tenders differed by up to 2e-3 between the single
// database and the shards.
TEST_F(ShardingTest, LocalShards_RankLikeTheSingleDatabase_WhereSynonymsMatter) {
  expect_ranks_like(synonyms->single, synonyms->sharded, synonym_tenders());
}

TEST_F(ShardingTest, RemoteShards_RankLikeTheSingleDatabase_WhereSynonymsMatter) {
  skip_without_servers();
  expect_ranks_like(synonyms->single, synonyms->remote_stub, synonym_tenders());
}

TEST_F(ShardingTest, RemoteShards_CliOutputEqualsTheSingleDatabase) {
  skip_without_servers();
  // match, market and suggest (whose tenders are read from the index directory the stub sits in).
  const auto tenders = test::data_dir() + "/examples/tenders.jsonl", tender = test::data_dir() + "/examples/tender.json";
  const std::vector<std::vector<std::string>> commands{
      {"match", "--tenders", tenders, "--format", "json", "--show-excluded", "--db"},
      {"market", "--tender", tender, "--format", "json", "--db"},
      {"suggest", "--pes-id", "PES0001", "--today", "2026-01-15", "--format", "json", "--db"}};
  for (const auto& command : commands) {
    SCOPED_TRACE(command.front());
    auto args = command;
    args.push_back(indexes->single);
    const auto single = test::run_pesmatch(args);
    args.back() = indexes->remote_stub;
    expect_same_output(test::run_pesmatch(args), single);
    if (command.front() == "match") {
      EXPECT_EQ(documents(single.out).size(), 40u);  // one per tender
    }
  }
}

TEST_F(ShardingTest, IndexCommand_ShardByWojewodztwo_PublishesSixteenShards) {
  test::TempDir dir;
  const auto db = dir.path("db");
  const auto r = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", db, "--shard-by", "wojewodztwo"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(index_shards(db).size(), 16u);
  EXPECT_TRUE(fs::is_regular_file(fs::path(db) / "current" / "pes"));  // the stub over the shards
  ASSERT_EQ(test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", dir.path("single")}).exit_code, 0);
  const auto ranked = [&](const std::string& index) {  // "tender pes rank" per line, scores left out
    const auto r = test::run_pesmatch({"match", "--db", index, "--tenders", test::fixture("mini_tenders.jsonl"), "--format", "trec"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::istringstream in(r.out);
    std::string out, tender, q0, pes, rank, score, tag;
    while (in >> tender >> q0 >> pes >> rank >> score >> tag) out += tender + " " + pes + " " + rank + "\n";
    return out;
  };
  const auto sharded = ranked(db);
  EXPECT_GT(std::count(sharded.begin(), sharded.end(), '\n'), 10);
  EXPECT_EQ(sharded, ranked(dir.path("single")));

  const auto bad = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", db, "--shard-by", "powiat"});
  EXPECT_EQ(bad.exit_code, 2);
}

// Above 5,000 PES the matcher finds candidates with the strongest words of the notice and then
// weighs them with the whole query through a per-shard docid filter: the shards must agree there too.
TEST_F(ShardingTest, LocalShards_RankLikeTheSingleDatabase_AboveThePruningSize) {
  test::TempDir dir;
  ASSERT_EQ(test::run_pesmatch({"synth", "--pes", "6000", "--tenders", "25", "--seed", "11", "--out", dir.path("s")}).exit_code, 0);
  for (const auto& [db, extra] : {std::pair{"single", ""}, std::pair{"sharded", "--shard-by"}}) {
    std::vector<std::string> args{"index", "--pes", dir.path("s/pes.jsonl"), "--db", dir.path(db)};
    if (*extra) args.insert(args.end(), {extra, "wojewodztwo"});
    const auto r = test::run_pesmatch(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  const auto run = [&](const char* db) {
    return test::run_pesmatch({"match", "--db", dir.path(db), "--tenders", dir.path("s/tenders.jsonl"), "--format", "json"});
  };
  // Same PES, order, eligibility, explanations and numbers (before the lemmas of a word were
  // nested in a fixed order, a text factor differed by 3.7e-5 on one PES of 25 tenders).
  expect_same_output(run("sharded"), run("single"));
}

TEST_F(ShardingTest, UnreachableShard_FailsWithIoErrorNamingIt) {
  const int port = test::free_port();  // nobody listens there
  const auto stub = indexes->dir.write("dead-stub", "remote 127.0.0.1:" + std::to_string(port) + "\n");
  const auto r = test::run_pesmatch({"match", "--db", stub, "--tender", test::data_dir() + "/examples/tender.json"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "pesmatch: " + stub + ": index shard 127.0.0.1:" + std::to_string(port) +
                       " unreachable: Couldn't connect (Connection refused)\n");
  try {
    open(stub);
    FAIL() << "opened an unreachable shard";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(e.problem(), "index shard 127.0.0.1:" + std::to_string(port) + " unreachable: Couldn't connect (Connection refused)");
  }
}

}  // namespace
}  // namespace pesmatch
