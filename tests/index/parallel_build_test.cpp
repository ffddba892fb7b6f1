// A build analysing on several threads (and writing shards in parallel) writes the same index as
// a serial one, document by document: same docids, data, values, terms, wdf and positions.
#include <gtest/gtest.h>
#include <xapian.h>

#include <string>

#include "pesmatch/index.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

// 2,500 PES: enough for three threads (one per 1,000 documents) and several parts each.
const test::SynthRecords& synthetic() {
  static const test::TempDir dir;
  static const test::SynthRecords records = test::synth_records(dir, 2500, 30);
  return records;
}

class ParallelBuildTest : public ::testing::Test {
 protected:
  const test::SynthRecords* data_ = &synthetic();
  const ReferenceData& ref = test::reference();
  Analyzer analyzer = test::make_analyzer();
  test::TempDir out;

  std::string build(const std::string& name, std::size_t threads, ShardBy shard_by = ShardBy::none) {
    build_index(out.path(name), data_->pes, data_->tenders, ref, analyzer, {"d"}, {}, shard_by, {}, threads);
    return out.path(name);
  }

  // Every document's data and values by docid, then every term's postings with wdf and positions
  // (the PES database keeps no termlists, so terms are compared through their posting lists).
  // Xapian errors become failures naming the databases.
  static void expect_identical(const std::string& a_path, const std::string& b_path) {
    try {
      compare(Xapian::Database(a_path), Xapian::Database(b_path));
    } catch (const Xapian::Error& e) {
      FAIL() << a_path << " vs " << b_path << ": " << e.get_description();
    }
  }
  static void compare(const Xapian::Database& a, const Xapian::Database& b) {
    ASSERT_EQ(a.get_doccount(), b.get_doccount());
    ASSERT_EQ(a.get_lastdocid(), b.get_lastdocid());
    ASSERT_GT(a.get_doccount(), 0u);
    for (auto ia = a.postlist_begin(""), ib = b.postlist_begin(""); ia != a.postlist_end(""); ++ia, ++ib) {
      ASSERT_EQ(*ia, *ib);
      const auto da = a.get_document(*ia), db = b.get_document(*ib);
      ASSERT_EQ(da.get_data(), db.get_data()) << "docid " << *ia;
      // Slot by slot: listing a document's values reads the termlist, which the PES database lacks.
      for (Xapian::valueno slot = 0; slot < 32; ++slot) ASSERT_EQ(da.get_value(slot), db.get_value(slot)) << "docid " << *ia;
    }
    auto ta = a.allterms_begin(), tb = b.allterms_begin();
    for (; ta != a.allterms_end() && tb != b.allterms_end(); ++ta, ++tb) {
      ASSERT_EQ(*ta, *tb);
      auto pa = a.postlist_begin(*ta), pb = b.postlist_begin(*tb);
      for (; pa != a.postlist_end(*ta) && pb != b.postlist_end(*tb); ++pa, ++pb) {
        ASSERT_EQ(*pa, *pb) << *ta;
        ASSERT_EQ(pa.get_wdf(), pb.get_wdf()) << *ta << " in " << *pa;
        auto qa = a.positionlist_begin(*pa, *ta), qb = b.positionlist_begin(*pb, *tb);
        for (; qa != a.positionlist_end(*pa, *ta) && qb != b.positionlist_end(*pb, *tb); ++qa, ++qb)
          ASSERT_EQ(*qa, *qb) << *ta << " in " << *pa;
        ASSERT_TRUE(qa == a.positionlist_end(*pa, *ta) && qb == b.positionlist_end(*pb, *tb)) << *ta << " in " << *pa;
      }
      ASSERT_TRUE(pa == a.postlist_end(*ta) && pb == b.postlist_end(*tb)) << *ta;
    }
    ASSERT_TRUE(ta == a.allterms_end() && tb == b.allterms_end());
    for (const char* key : {"pesmatch.analyzer", "pesmatch.version", "pesmatch.catalogue", "pesmatch.reference"}) {
      EXPECT_FALSE(a.get_metadata(key).empty()) << key;
      EXPECT_EQ(a.get_metadata(key), b.get_metadata(key)) << key;
    }
  }
};

TEST_F(ParallelBuildTest, ThreeAnalysisThreads_WriteTheSerialIndex) {
  const auto serial = build("serial", 1), parallel = build("parallel", 3);
  expect_identical(serial + "/current/pes", parallel + "/current/pes");
  expect_identical(serial + "/current/tenders", parallel + "/current/tenders");
}

TEST_F(ParallelBuildTest, ShardsWrittenInParallel_EqualShardsWrittenOneByOne) {
  const auto serial = build("serial", 1, ShardBy::wojewodztwo), parallel = build("parallel", 3, ShardBy::wojewodztwo);
  const auto a = index_shards(serial), b = index_shards(parallel);
  ASSERT_EQ(a.size(), 16u);
  ASSERT_EQ(b.size(), 16u);
  for (std::size_t i = 0; i < a.size(); ++i) expect_identical(a[i], b[i]);
}

TEST_F(ParallelBuildTest, ReportsProgressUpToTheTotal_FromParallelShardWriters) {
  std::size_t last = 0, calls = 0;
  build_index(out.path("db"), data_->pes, {}, ref, analyzer, {"d"},
              [&](std::size_t done, std::size_t total) {
                EXPECT_EQ(total, data_->pes.size());
                EXPECT_GT(done, last);
                last = done;
                ++calls;
              },
              ShardBy::wojewodztwo, {}, 3);
  EXPECT_EQ(last, data_->pes.size());
  EXPECT_GT(calls, 1u);
}

}  // namespace
}  // namespace pesmatch
