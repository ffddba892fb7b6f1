// `pesmatch synth` end to end on the real binary: the files it writes are indexed by `pesmatch
// index`, a second run writes the same bytes, and I/O and usage errors get the contract's codes.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

TEST(SynthCommandTest, WritesACatalogueThatIndexBuilds_AndRepeatsItByteForByte) {
  test::TempDir dir;
  const auto first = test::run_pesmatch(
      {"synth", "--pes", "400", "--tenders", "60", "--seed", "5", "--out", dir.path("out")});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_TRUE(first.out.empty());
  EXPECT_NE(first.err.find("wrote 400 PES"), std::string::npos) << first.err;
  const auto pes = test::read_file(dir.path("out/pes.jsonl")), tenders = test::read_file(dir.path("out/tenders.jsonl"));
  EXPECT_EQ(std::count(pes.begin(), pes.end(), '\n'), 400);
  EXPECT_EQ(std::count(tenders.begin(), tenders.end(), '\n'), 60);

  const auto again = test::run_pesmatch(
      {"synth", "--pes", "400", "--tenders", "60", "--seed", "5", "--threads", "1", "--out", dir.path("again")});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(test::read_file(dir.path("again/pes.jsonl")), pes);
  EXPECT_EQ(test::read_file(dir.path("again/tenders.jsonl")), tenders);

  const auto index = test::run_pesmatch({"index", "--pes", dir.path("out/pes.jsonl"), "--tenders",
                                         dir.path("out/tenders.jsonl"), "--db", dir.path("db")});
  ASSERT_EQ(index.exit_code, 0) << index.err;
  EXPECT_NE(index.err.find("indexed 400 PES and 60 tenders"), std::string::npos) << index.err;
}

TEST(SynthCommandTest, ZeroPes_WritesEmptyFiles) {
  test::TempDir dir;
  const auto r = test::run_pesmatch({"synth", "--pes", "0", "--tenders", "0", "--seed", "1", "--out", dir.path("out")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(test::read_file(dir.path("out/pes.jsonl")), "");
  EXPECT_EQ(test::read_file(dir.path("out/tenders.jsonl")), "");
}

TEST(SynthCommandTest, UnwritableOut_IsAnIoError) {
  test::TempDir dir;
  const auto file = dir.write("plain-file", "not a directory");
  const auto r = test::run_pesmatch({"synth", "--pes", "10", "--out", file + "/sub"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find(file + "/sub: cannot create directory"), std::string::npos) << r.err;
}

TEST(SynthCommandTest, MissingOrBadCounts_AreUsageErrors) {
  test::TempDir dir;
  EXPECT_EQ(test::run_pesmatch({"synth", "--out", dir.path("out")}).exit_code, 2);
  EXPECT_EQ(test::run_pesmatch({"synth", "--pes", "many", "--out", dir.path("out")}).exit_code, 2);
  EXPECT_EQ(test::run_pesmatch({"synth", "--pes", "10"}).exit_code, 2);
}

}  // namespace
}  // namespace pesmatch
