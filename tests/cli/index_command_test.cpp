#include <gtest/gtest.h>
#include <xapian.h>

#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

TEST(IndexCommandTest, IndexesBundledCatalogueAndTenders_AndReportsCounts) {
  test::TempDir dir;
  const auto r = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--tenders",
                                     test::data_dir() + "/examples/tenders.jsonl", "--db", dir.path("db")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty()) << "results go to stdout, reports to stderr";
  EXPECT_NE(r.err.find("indexed 8 PES and 40 tenders into " + dir.path("db")), std::string::npos) << r.err;
  EXPECT_EQ(Xapian::Database(dir.path("db")).get_doccount(), 8u);
}

TEST(IndexCommandTest, ThreeThreads_IndexWhatOneThreadIndexes_AsMatchSees) {
  test::TempDir dir;
  ASSERT_EQ(test::run_pesmatch({"synth", "--pes", "2500", "--tenders", "20", "--out", dir.path("s")}).exit_code, 0);
  std::string runs[2];
  for (int threads : {1, 3}) {
    const auto db = dir.path("db" + std::to_string(threads));
    const auto r = test::run_pesmatch({"index", "--pes", dir.path("s/pes.jsonl"), "--db", db, "--threads", std::to_string(threads)});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("indexed 2500 PES"), std::string::npos) << r.err;
    const auto m = test::run_pesmatch({"match", "--db", db, "--tenders", dir.path("s/tenders.jsonl"), "--format", "trec"});
    ASSERT_EQ(m.exit_code, 0) << m.err;
    runs[threads == 1 ? 0 : 1] = m.out;
  }
  EXPECT_GT(runs[0].size(), 1000u);
  EXPECT_EQ(runs[1], runs[0]);
}

TEST(IndexCommandTest, UsesReferenceFlag_OverTheEnvironment) {
  test::TempDir dir;
  const auto r = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", dir.path("db"),
                                     "--reference", "/nonexistent/reference"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.err, "pesmatch: /nonexistent/reference/terc_2025.csv: cannot open file\n");
}

}  // namespace
}  // namespace pesmatch
