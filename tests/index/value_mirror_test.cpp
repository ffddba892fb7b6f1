// The value mirror (DB/pesmatch.values) holds exactly Xapian's values, for one database and for a
// sharded index, and is never read when it does not match the open database: absent, stale
// (the database written to since), truncated or corrupt files all leave the caller on Xapian.
#include "index/value_mirror.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>

#include "index/schema.hpp"
#include "index/shards.hpp"
#include "pesmatch/index.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

namespace fs = std::filesystem;
using detail::ValueMirror;
using detail::ValueMirrors;

// Every mirrored value of `db` read through `mirrors` equals Xapian's; slots not mirrored are empty.
void expect_same_values(const Xapian::Database& db, const ValueMirrors& mirrors) {
  std::size_t profiles = 0;
  for (Xapian::docid d = 1; d <= db.get_lastdocid(); ++d) {
    const auto doc = db.get_document(d, Xapian::DOC_ASSUME_VALID);
    EXPECT_EQ(mirrors.value(d, detail::schema::kSlotProfile), doc.get_value(detail::schema::kSlotProfile)) << "docid " << d;
    EXPECT_TRUE(mirrors.value(d, detail::schema::kSlotId).empty()) << "docid " << d;
    profiles += !doc.get_value(detail::schema::kSlotProfile).empty();
  }
  EXPECT_EQ(profiles, db.get_doccount());
  EXPECT_TRUE(mirrors.has_slot(detail::schema::kSlotProfile));
  EXPECT_FALSE(mirrors.has_slot(detail::schema::kSlotId));
}

class ValueMirrorTest : public ::testing::Test {
 protected:
  // A small database of its own: documents 1 to 5, document 3 without a value in slot 1 and
  // document 4 deleted, so that the mirror has gaps of both kinds.
  std::string small_database() {
    const auto path = dir_.path("small");
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    for (int i = 1; i <= 5; ++i) {
      Xapian::Document doc;
      std::string id = "Q";  // (not "Q" + ...: a GCC 12 -Wrestrict false positive)
      id += std::to_string(i);
      doc.add_term(id);
      if (i != 3) doc.add_value(1, std::string(static_cast<std::size_t>(i) * 7, 'x'));
      doc.add_value(7, std::to_string(i * 1000));
      db.add_document(doc);
    }
    db.delete_document(4);
    db.commit();
    return path;
  }
  std::string mirror_file(const std::string& db_path) { return (fs::path(db_path) / detail::kValueMirrorFile).string(); }

  test::TempDir dir_;
};

TEST_F(ValueMirrorTest, Values_EqualXapians_ForEveryDocidAndSlot) {
  const auto path = small_database();
  detail::write_value_mirror(path, {1, 7});
  const Xapian::Database db(path);
  const auto mirror = ValueMirror::open(db, path);
  ASSERT_TRUE(mirror.has_value());
  for (Xapian::docid d = 1; d <= 6; ++d)
    for (const Xapian::valueno slot : {1u, 7u}) {
      const std::string want = d <= 5 && d != 4 ? db.get_document(d).get_value(slot) : "";
      EXPECT_EQ(mirror->value(d, slot), want) << "docid " << d << " slot " << slot;
    }
  EXPECT_TRUE(mirror->value(3, 1).empty());
  EXPECT_TRUE(mirror->value(1, 2).empty());
  EXPECT_FALSE(mirror->has_slot(2));
}

TEST_F(ValueMirrorTest, Values_EqualXapians_InABuiltIndex) {
  const auto records = test::synth_records(dir_, 300, 1);
  auto analyzer = test::make_analyzer();
  const auto index = dir_.path("db");
  build_index(index, records.pes, {}, test::reference(), analyzer, {"synth"});
  const auto db = detail::open_index(index);
  const auto mirrors = ValueMirrors::open(db, index);
  ASSERT_TRUE(mirrors.has_value());
  expect_same_values(db, *mirrors);
}

TEST_F(ValueMirrorTest, Values_EqualXapians_InAShardedIndex) {
  const auto records = test::synth_records(dir_, 300, 1);
  auto analyzer = test::make_analyzer();
  const auto index = dir_.path("db");
  build_index(index, records.pes, {}, test::reference(), analyzer, {"synth"}, {}, ShardBy::wojewodztwo);
  const auto db = detail::open_index(index);
  ASSERT_EQ(db.size(), 16u);
  const auto mirrors = ValueMirrors::open(db, index);
  ASSERT_TRUE(mirrors.has_value());
  expect_same_values(db, *mirrors);

  // One shard without its mirror: the whole index reads Xapian.
  fs::remove(mirror_file(index_shards(index).front()));
  EXPECT_FALSE(ValueMirrors::open(db, index).has_value());
}

TEST_F(ValueMirrorTest, OpenTwice_SharesOneMapping) {
  // The engines of a batch (one a thread) read the same pages, counted once in the RSS.
  const auto path = small_database();
  detail::write_value_mirror(path, {1});
  const Xapian::Database db(path);
  const auto a = ValueMirror::open(db, path), b = ValueMirror::open(db, path);
  ASSERT_TRUE(a.has_value() && b.has_value());
  EXPECT_EQ(a->value(2, 1).data(), b->value(2, 1).data());
  EXPECT_EQ(a->value(2, 1), std::string(14, 'x'));
}

TEST_F(ValueMirrorTest, Open_DatabaseWrittenSince_GivesNothing) {
  const auto path = small_database();
  detail::write_value_mirror(path, {1});
  {
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
    Xapian::Document doc;
    doc.add_value(1, "late");
    db.replace_document(2, doc);
    db.commit();
  }
  const Xapian::Database db(path);
  EXPECT_FALSE(ValueMirror::open(db, path).has_value());
}

TEST_F(ValueMirrorTest, Open_MissingFile_GivesNothing) {
  const auto path = small_database();
  EXPECT_FALSE(ValueMirror::open(Xapian::Database(path), path).has_value());
}

TEST_F(ValueMirrorTest, Open_TruncatedFile_GivesNothing) {
  const auto path = small_database();
  const auto size = detail::write_value_mirror(path, {1});
  EXPECT_EQ(fs::file_size(mirror_file(path)), size);
  for (const std::uintmax_t keep : {size - 1, std::uintmax_t{100}, std::uintmax_t{10}, std::uintmax_t{0}}) {
    fs::resize_file(mirror_file(path), keep);
    EXPECT_FALSE(ValueMirror::open(Xapian::Database(path), path).has_value()) << keep << " bytes";
  }
}

TEST_F(ValueMirrorTest, Open_CorruptFile_GivesNothing) {
  const auto path = small_database();
  detail::write_value_mirror(path, {1});
  const auto original = test::read_file(mirror_file(path));
  const auto corrupt = [&](std::size_t at, char byte) {
    auto bytes = original;
    bytes[at] = byte;
    std::ofstream(mirror_file(path), std::ios::binary | std::ios::trunc) << bytes;
    return ValueMirror::open(Xapian::Database(path), path).has_value();
  };
  EXPECT_TRUE(corrupt(0, original[0]));  // the file rewritten unchanged is still read
  EXPECT_FALSE(corrupt(0, 'X'));         // magic
  EXPECT_FALSE(corrupt(8, 9));           // format version
  // The offset table of slot 1 starts after the 80-byte header and the slot list; offsets that
  // go backwards would give a value of negative length.
  EXPECT_FALSE(corrupt(80 + 4 + 4 * 2, '\x7f'));
}

TEST_F(ValueMirrorTest, LocalDatabases_RemoteShard_GivesNothing) {
  const auto stub = dir_.write("stub", "auto " + dir_.path("a") + "\nremote :127.0.0.1:1\n");
  Xapian::WritableDatabase(dir_.path("a"), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS).commit();
  EXPECT_FALSE(detail::local_databases(stub).has_value());
  const auto local = dir_.write("local", "# shards\nglass a\nauto " + dir_.path("a") + "\n");
  EXPECT_EQ(detail::local_databases(local), (std::vector<std::string>{dir_.path("a"), dir_.path("a")}));
}

}  // namespace
}  // namespace pesmatch
