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

TEST(IndexCommandTest, UsesReferenceFlag_OverTheEnvironment) {
  test::TempDir dir;
  const auto r = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", dir.path("db"),
                                     "--reference", "/nonexistent/reference"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.err, "pesmatch: /nonexistent/reference/terc_2025.csv: cannot open file\n");
}

}  // namespace
}  // namespace pesmatch
