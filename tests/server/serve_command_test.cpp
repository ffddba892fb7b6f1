// `pesmatch serve` on the real binary: what a person sees when the index or a flag is wrong.
#include <gtest/gtest.h>

#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

TEST(ServeCommandTest, MissingIndex_ExitsWithIoErrorBeforeListening) {
  test::TempDir dir;
  const auto r = test::run_pesmatch({"serve", "--db", dir.path("none"), "--port", "0"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.err.rfind("pesmatch: " + dir.path("none") + ": cannot open index: ", 0), 0u) << r.err;
  EXPECT_EQ(r.err.find("listening"), std::string::npos);
}

TEST(ServeCommandTest, PortOutOfRange_IsAUsageError) {
  const auto r = test::run_pesmatch({"serve", "--db", "x", "--port", "70000"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--port: Value 70000 not in range 0 to 65535"), std::string::npos) << r.err;
}

TEST(ServeCommandTest, BodyLimitBelowOneKibibyte_IsAUsageError) {
  const auto r = test::run_pesmatch({"serve", "--db", "x", "--max-body", "10"});
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace pesmatch
