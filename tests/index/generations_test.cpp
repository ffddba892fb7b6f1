// Publishing generations (src/index/generations.*) around a build killed on a directory's first
// publish: the `current` link is written before the stub, so what a kill can leave behind is a
// state the next build completes, never one it refuses.
#include "index/generations.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "pesmatch/error.hpp"
#include "support/fixtures.hpp"

namespace pesmatch::detail {
namespace {

namespace fs = std::filesystem;

TEST(GenerationsTest, LinkWithoutStub_FromAKilledFirstPublish_IsCompletedByTheNextBuild) {
  const test::TempDir tmp;
  const fs::path dir = tmp.path("db");
  {
    BuildLock lock(dir);
    publish_generation(dir, new_generation(dir));
  }
  fs::remove(dir / "XAPIANDB");  // the kill landed between the link and the stub
  {
    BuildLock lock(dir);  // must not take the directory for a foreign database
    publish_generation(dir, new_generation(dir));
  }
  EXPECT_EQ(test::read_file((dir / "XAPIANDB").string()), "auto current/pes\n");
  EXPECT_TRUE(fs::is_symlink(dir / "current"));
}

TEST(GenerationsTest, StubWithoutLink_IsRefusedAsAForeignDatabase) {
  const test::TempDir tmp;
  const fs::path dir = tmp.path("db");
  fs::create_directories(dir);
  tmp.write("db/XAPIANDB", "auto other\n");
  try {
    BuildLock lock(dir);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(std::string(e.what()),
              dir.string() + ": not a pesmatch index directory (a plain Xapian database?); choose another --db");
  }
}

TEST(GenerationsTest, Publish_KeepsThePreviousGeneration_AndClearsOlderOnes) {
  const test::TempDir tmp;
  const fs::path dir = tmp.path("db");
  BuildLock lock(dir);
  const auto dead = new_generation(dir);  // a build killed before publishing
  const auto first = new_generation(dir);
  publish_generation(dir, first);
  const auto second = new_generation(dir);
  publish_generation(dir, second);
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_TRUE(fs::exists(first)) << "readers may still hold the previous generation";
  EXPECT_EQ(fs::read_symlink(dir / "current"), second.filename());
}

}  // namespace
}  // namespace pesmatch::detail
