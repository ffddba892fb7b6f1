#include "pesmatch/index.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>

#include "index/generations.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

namespace fs = std::filesystem;

class IndexBuilderTest : public ::testing::Test {
 protected:
  const ReferenceData& ref = test::reference();
  Analyzer analyzer = test::make_analyzer();
  test::TempDir dir;
  std::vector<Pes> catalogue = read_catalogue(test::fixture("mini_pes.jsonl"), ref).records;

  IndexStats build(const std::vector<Pes>& pes, const IndexProgress& progress = {}) {
    return build_index(dir.path("db"), pes, {}, ref, analyzer, {"digest"}, progress);
  }
  static std::vector<std::string> ids_in_docid_order(const std::string& db_path) {
    Xapian::Database db(db_path);
    std::vector<std::string> ids;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) ids.push_back(db.get_document(*it).get_value(0));
    return ids;
  }
  static std::vector<std::string> ids_in(const std::string& db_path) {
    auto ids = ids_in_docid_order(db_path);
    std::sort(ids.begin(), ids.end());
    return ids;
  }
};

TEST_F(IndexBuilderTest, PublishesADatabaseThatXapianOpensByDirectory) {
  const auto stats = build(catalogue);
  EXPECT_EQ(stats.pes, catalogue.size());
  Xapian::Database db(dir.path("db"));
  EXPECT_EQ(db.get_doccount(), catalogue.size());
  EXPECT_EQ(db.get_metadata("pesmatch.catalogue"), "digest");
  EXPECT_EQ(db.get_metadata("pesmatch.analyzer"), analyzer.fingerprint());
}

TEST_F(IndexBuilderTest, IndexesCodesWithAncestorsAndTerritory_AsBooleanTerms) {
  build(catalogue);
  Xapian::Database db(dir.path("db"));
  // MINI05 declares 60130000-8 and sits in Kraków (1261011).
  EXPECT_GT(db.get_termfreq("XC60130000"), 0u);
  EXPECT_GT(db.get_termfreq("XC60100000"), 0u);
  EXPECT_GT(db.get_termfreq("XC60000000"), 0u);
  EXPECT_GT(db.get_termfreq("XT1261011"), 0u);
  EXPECT_GT(db.get_termfreq("XT1261"), 0u);
  EXPECT_GT(db.get_termfreq("XT12"), 0u);
  EXPECT_GT(db.get_termfreq("XP81.21.Z"), 0u);
  EXPECT_GT(db.get_termfreq("XP81.21"), 0u);
  EXPECT_GT(db.get_termfreq("XLcis"), 0u);
  EXPECT_GT(db.get_termfreq("XSps"), 0u);
}

TEST_F(IndexBuilderTest, NumbersDocumentsBySeatTerytThenId_WhateverTheInputOrder) {
  auto reversed = catalogue;
  std::reverse(reversed.begin(), reversed.end());
  build(reversed);
  auto expected = catalogue;
  std::sort(expected.begin(), expected.end(),
            [](const Pes& a, const Pes& b) { return a.teryt != b.teryt ? a.teryt < b.teryt : a.id < b.id; });
  ASSERT_NE(expected.front().teryt, expected.back().teryt);  // the fixture spans several places
  std::vector<std::string> expected_ids;
  for (const auto& p : expected) expected_ids.push_back(p.id);
  EXPECT_EQ(ids_in_docid_order(dir.path("db")), expected_ids);
}

TEST_F(IndexBuilderTest, ReplacesThePublishedIndex_WhenRebuilt) {
  build(catalogue);
  std::vector<Pes> fewer(catalogue.begin(), catalogue.begin() + 3);
  build(fewer);
  EXPECT_EQ(ids_in(dir.path("db")), (std::vector<std::string>{"MINI01", "MINI02", "MINI03"}));
}

TEST_F(IndexBuilderTest, LeavesPreviousIndexAnswering_WhenABuildFailsMidway) {
  build(catalogue);
  const auto before = ids_in(dir.path("db"));
  std::vector<Pes> many;
  for (int i = 0; i < 2500; ++i) {
    Pes p = catalogue[static_cast<std::size_t>(i) % catalogue.size()];
    p.id = std::string("X").append(std::to_string(i));
    many.push_back(std::move(p));
  }
  auto fail_midway = [](std::size_t done, std::size_t) {
    if (done >= 2000) throw Error(ErrorCode::io, "disk full (simulated)");
  };
  EXPECT_THROW(build(many, fail_midway), Error);
  EXPECT_EQ(ids_in(dir.path("db")), before);
  std::size_t generations = 0;
  for (const auto& e : fs::directory_iterator(dir.path("db"))) generations += e.path().filename().string().rfind("gen-", 0) == 0;
  EXPECT_EQ(generations, 1u) << "the failed generation must be removed";
}

TEST_F(IndexBuilderTest, KeepsOnlyCurrentAndPreviousGenerations_AfterManyBuilds) {
  for (int i = 0; i < 4; ++i) build(catalogue);
  std::size_t generations = 0;
  for (const auto& e : fs::directory_iterator(dir.path("db"))) generations += e.path().filename().string().rfind("gen-", 0) == 0;
  EXPECT_EQ(generations, 2u);
}

TEST_F(IndexBuilderTest, RefusesToBuild_WhileAnotherBuildHoldsTheLock) {
  build(catalogue);
  detail::BuildLock held(dir.path("db"));
  try {
    build(catalogue);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(std::string(e.what()), dir.path("db") + ": index is locked by another running build");
  }
  EXPECT_EQ(ids_in(dir.path("db")).size(), catalogue.size());
}

TEST_F(IndexBuilderTest, RefusesToOverwrite_APlainXapianDatabase) {
  { Xapian::WritableDatabase plain(dir.path("db"), Xapian::DB_CREATE_OR_OPEN); plain.commit(); }
  try {
    build(catalogue);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_NE(std::string(e.what()).find("not a pesmatch index directory"), std::string::npos);
  }
}

TEST_F(IndexBuilderTest, IndexesTenders_InTheirOwnDatabase) {
  const auto tenders = read_tenders(test::data_dir() + "/examples/tenders.jsonl", ref).records;
  const auto stats = build_index(dir.path("db"), catalogue, tenders, ref, analyzer, {"d"});
  EXPECT_EQ(stats.tenders, tenders.size());
  const auto path = detail::tender_database_path(dir.path("db"));
  ASSERT_FALSE(path.empty());
  EXPECT_EQ(Xapian::Database(path).get_doccount(), tenders.size());
}

}  // namespace
}  // namespace pesmatch
