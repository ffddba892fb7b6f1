#include "index/xapian_errors.hpp"

#include <gtest/gtest.h>

#include <xapian.h>

#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

// The Error that with_xapian_errors(what, file, fn) throws for `fn`; fails the test when none.
template <typename Fn>
Error mapped(std::string_view what, const std::string& file, Fn fn) {
  try {
    detail::with_xapian_errors(what, file, fn);
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "no error";
  return Error(ErrorCode::usage, "none");
}

TEST(XapianErrorsTest, ReturnsWhatTheCallReturns_WhenNothingFails) {
  EXPECT_EQ(detail::with_xapian_errors(detail::kSearchFailed, {}, [] { return 42; }), 42);
}

TEST(XapianErrorsTest, MissingDatabase_IsIoAtTheIndex_WithXapiansDescription) {
  test::TempDir dir;
  const auto path = dir.path("no-such-db");
  std::string description;
  try {
    Xapian::Database db(path);
    FAIL() << "opened a missing database";
  } catch (const Xapian::DatabaseOpeningError& e) {
    description = e.get_description();
  }
  const auto e = mapped(detail::kCannotOpenIndex, path, [&] { return Xapian::Database(path); });
  EXPECT_EQ(e.code(), ErrorCode::io);
  EXPECT_EQ(e.where().file, path);
  EXPECT_EQ(e.what(), path + ": cannot open index: " + description);
}

TEST(XapianErrorsTest, DatabaseModified_IsIoWithoutLocation) {
  const auto e = mapped(detail::kSearchFailed, {}, [] { throw Xapian::DatabaseModifiedError("revision 7 gone"); });
  EXPECT_EQ(e.code(), ErrorCode::io);
  EXPECT_STREQ(e.what(), "index search failed: DatabaseModifiedError: revision 7 gone");
}

TEST(XapianErrorsTest, NetworkError_IsIoNamingTheIndex) {
  const auto e = mapped("reading contracts failed", "/srv/db", [] { throw Xapian::NetworkError("connection refused"); });
  EXPECT_EQ(e.code(), ErrorCode::io);
  EXPECT_STREQ(e.what(), "/srv/db: reading contracts failed: NetworkError: connection refused");
}

TEST(XapianErrorsTest, PesmatchErrors_PassUnchanged) {
  const auto e = mapped(detail::kSearchFailed, "/srv/db", [] {
    throw Error(ErrorCode::invalid_input, ErrorLocation{{}, 0, "pes-id", "X"}, "no PES with this id in the index");
  });
  EXPECT_EQ(e.code(), ErrorCode::invalid_input);
  EXPECT_STREQ(e.what(), "pes-id \"X\": no PES with this id in the index");
}

}  // namespace
}  // namespace pesmatch
