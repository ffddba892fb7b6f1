// The JSONL reader (src/ingest/jsonl_reader.hpp) and read_catalogue on top of it.
#include "ingest/jsonl_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using Lines = std::vector<std::pair<std::size_t, std::string>>;

Lines read_lines(const std::string& path) {
  Lines out;
  const auto handed = detail::for_each_jsonl_line(path, [&](std::size_t n, std::string_view text) {
    out.emplace_back(n, std::string(text));
  });
  EXPECT_EQ(handed, out.size());
  return out;
}

// The Error that `body` throws; fails the test when it throws none.
template <typename Body>
Error error_from(Body body) {
  try {
    body();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "expected an Error";
  return Error(ErrorCode::usage, "none thrown");
}

std::string pes_line(const std::string& id) {
  return R"({"id":")" + id + R"(","name":"N","legal_form":"cis","teryt":"1261011","description":"Opis"})";
}

// The line of PES "P<n>" (built by append: GCC 12 warns, wrongly, on "P" + std::to_string(n)).
std::string numbered_pes_line(int n) { return pes_line(std::string("P").append(std::to_string(n))); }

TEST(JsonlReaderTest, SkipsBlankLines_KeepingLineNumbers) {
  const test::TempDir dir;
  const auto path = dir.write("a.jsonl", "{\"a\":1}\n\n   \n\t\r\n{\"b\":2}\n");
  EXPECT_EQ(read_lines(path), (Lines{{1, "{\"a\":1}"}, {5, "{\"b\":2}"}}));
}

TEST(JsonlReaderTest, ReadsLastLine_WithoutNewline) {
  const test::TempDir dir;
  const auto path = dir.write("a.jsonl", "{\"a\":1}\n{\"b\":2}");
  EXPECT_EQ(read_lines(path), (Lines{{1, "{\"a\":1}"}, {2, "{\"b\":2}"}}));
}

TEST(JsonlReaderTest, StripsBom_OnFirstLineOnly) {
  const test::TempDir dir;
  const auto path = dir.write("a.jsonl", "\xEF\xBB\xBF{\"a\":1}\n{\"b\":\"\xEF\xBB\xBFx\"}\n");
  EXPECT_EQ(read_lines(path), (Lines{{1, "{\"a\":1}"}, {2, "{\"b\":\"\xEF\xBB\xBFx\"}"}}));
}

TEST(JsonlReaderTest, HandsOverEmptyFile_AsNoLines) {
  const test::TempDir dir;
  EXPECT_TRUE(read_lines(dir.write("empty.jsonl", "")).empty());
  EXPECT_TRUE(read_lines(dir.write("blank.jsonl", "\n\n \n")).empty());
}

TEST(JsonlReaderTest, ReadsLinesAcrossBufferBoundaries) {
  const test::TempDir dir;
  const std::string long_line(100'000, 'x');  // longer than the 64 KiB read buffer
  const auto path = dir.write("long.jsonl", "a\n" + long_line + "\nb");
  EXPECT_EQ(read_lines(path), (Lines{{1, "a"}, {2, long_line}, {3, "b"}}));
}

TEST(JsonlReaderTest, AcceptsLine_OfExactlyMaxBytes) {
  const test::TempDir dir;
  const std::string line(detail::kMaxLineBytes, 'x');
  const auto lines = read_lines(dir.write("max.jsonl", line + "\n"));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].second.size(), detail::kMaxLineBytes);
}

TEST(JsonlReaderTest, RejectsLineOverMaxBytes_WithItsLineNumber) {
  const test::TempDir dir;
  const auto path = dir.write("big.jsonl", "{}\n" + std::string(detail::kMaxLineBytes + 1, 'x') + "\n{}\n");
  const Error e = error_from([&] { read_lines(path); });
  EXPECT_EQ(e.code(), ErrorCode::invalid_input);
  EXPECT_EQ(std::string(e.what()), path + ":2: line longer than 1048576 bytes");
}

TEST(JsonlReaderTest, RejectsOverlongLastLine_WithoutNewline) {
  const test::TempDir dir;
  const auto path = dir.write("big.jsonl", std::string(detail::kMaxLineBytes + 10, 'x'));
  EXPECT_EQ(std::string(error_from([&] { read_lines(path); }).what()), path + ":1: line longer than 1048576 bytes");
}

TEST(JsonlReaderTest, RejectsWindows1250_WithHint) {
  const test::TempDir dir;
  // "Spółdzielnia" in Windows-1250: ó = 0xF3, ł = 0xB3; 0xF3 is the 12th byte of the line.
  const auto path = dir.write("cp1250.jsonl", "{}\n{\"name\":\"Sp\xF3\xB3" "dzielnia\"}\n");
  const Error e = error_from([&] { read_lines(path); });
  EXPECT_EQ(e.code(), ErrorCode::invalid_input);
  EXPECT_EQ(std::string(e.what()),
            path + ":2: invalid UTF-8 at byte 12 (the file looks like Windows-1250; save it as UTF-8)");
}

TEST(JsonlReaderTest, RejectsOtherInvalidUtf8_WithoutHint) {
  const test::TempDir dir;
  const auto path = dir.write("bad.jsonl", "{\"a\":\"\xFF\"}\n");
  EXPECT_EQ(std::string(error_from([&] { read_lines(path); }).what()), path + ":1: invalid UTF-8 at byte 7");
}

TEST(JsonlReaderTest, ThrowsIoError_ForMissingFile) {
  const test::TempDir dir;
  const auto path = dir.path("missing.jsonl");
  const Error e = error_from([&] { read_lines(path); });
  EXPECT_EQ(e.code(), ErrorCode::io);
  EXPECT_EQ(e.exit_code(), 4);
  EXPECT_EQ(std::string(e.what()), path + ": cannot open file");
  EXPECT_EQ(error_from([&] { read_catalogue(path, test::reference()); }).code(), ErrorCode::io);
}

TEST(JsonlReaderTest, ReadsCatalogue_InFileOrder) {
  const test::TempDir dir;
  const auto path = dir.write("pes.jsonl", pes_line("A") + "\n\n" + pes_line("B") + "\n");
  const auto result = read_catalogue(path, test::reference());
  ASSERT_EQ(result.records.size(), 2u);
  EXPECT_EQ(result.records[0].id, "A");
  EXPECT_EQ(result.records[1].id, "B");
  EXPECT_TRUE(result.rejected.empty());
}

TEST(JsonlReaderTest, RejectsDuplicateId_NamingFirstLine) {
  const test::TempDir dir;
  const auto path = dir.write("pes.jsonl", pes_line("X") + "\n" + pes_line("Y") + "\n" + pes_line("X") + "\n");
  const Error e = error_from([&] { read_catalogue(path, test::reference()); });
  EXPECT_EQ(e.code(), ErrorCode::invalid_input);
  EXPECT_EQ(std::string(e.what()), path + ":3: id \"X\": duplicate id (first on line 1)");
}

TEST(JsonlReaderTest, RejectsCatalogue_WithoutRecords) {
  const test::TempDir dir;
  for (const char* content : {"", "\n  \n"}) {
    const auto path = dir.write("empty.jsonl", content);
    const Error e = error_from([&] { read_catalogue(path, test::reference()); });
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), path + ": no PES records in file");
  }
}

TEST(JsonlReaderTest, ThrowsFirstBadRecord_WithoutSkipInvalid) {
  const test::TempDir dir;
  const auto path = dir.write("pes.jsonl", pes_line("A") + "\n" + R"({"id":"B"})" + "\n");
  EXPECT_EQ(std::string(error_from([&] { read_catalogue(path, test::reference()); }).what()),
            path + ":2: name: missing required field");
}

TEST(JsonlReaderTest, SkipInvalid_CollectsRejectedAndKeepsValid) {
  const test::TempDir dir;
  const auto path = dir.write("pes.jsonl", pes_line("A") + "\n" + R"({"id":"B"})" + "\n" + "{oops\n" +
                                               pes_line("C") + "\n" + pes_line("A") + "\n");
  const auto result = read_catalogue(path, test::reference(), IngestOptions{true});
  ASSERT_EQ(result.records.size(), 2u);
  EXPECT_EQ(result.records[0].id, "A");
  EXPECT_EQ(result.records[1].id, "C");
  ASSERT_EQ(result.rejected.size(), 3u);
  EXPECT_EQ(std::string(result.rejected[0].what()), path + ":2: name: missing required field");
  EXPECT_EQ(result.rejected[1].where().line, 3u);
  EXPECT_EQ(result.rejected[1].problem().rfind("malformed JSON at byte ", 0), 0u);
  EXPECT_EQ(std::string(result.rejected[2].what()), path + ":5: id \"A\": duplicate id (first on line 1)");
  for (const auto& e : result.rejected) EXPECT_EQ(e.code(), ErrorCode::invalid_input);
}

TEST(JsonlReaderTest, UnreadableLines_GoToTheHandlerAndReadingGoesOn) {
  const test::TempDir dir;
  const auto path = dir.write("mixed.jsonl", "{\"a\":1}\n" + std::string(detail::kMaxLineBytes + 1, 'x') +
                                                 "\n{\"b\":\"\xFF\"}\n{\"c\":3}");
  Lines lines;
  std::vector<std::string> unreadable;
  const auto handed = detail::for_each_jsonl_line(
      path, [&](std::size_t n, std::string_view text) { lines.emplace_back(n, std::string(text)); },
      [&](const Error& e) { unreadable.emplace_back(e.what()); });
  EXPECT_EQ(lines, (Lines{{1, "{\"a\":1}"}, {4, "{\"c\":3}"}}));
  EXPECT_EQ(unreadable, (std::vector<std::string>{path + ":2: line longer than 1048576 bytes",
                                                  path + ":3: invalid UTF-8 at byte 7"}));
  EXPECT_EQ(handed, 4u);
}

TEST(JsonlReaderTest, SkipInvalid_SkipsLinesThatAreNotUtf8OrTooLong_InLineOrder) {
  const test::TempDir dir;
  const auto path = dir.write("pes.jsonl", pes_line("A") + "\n" + "{\"name\":\"Sp\xF3\xB3" "dzielnia\"}\n" +
                                               R"({"id":"B"})" + "\n" + std::string(detail::kMaxLineBytes + 5, ' ') +
                                               "x\n" + pes_line("C") + "\n");
  const auto result = read_catalogue(path, test::reference(), IngestOptions{true});
  ASSERT_EQ(result.records.size(), 2u);
  EXPECT_EQ(result.records[1].id, "C");
  ASSERT_EQ(result.rejected.size(), 3u);
  EXPECT_EQ(std::string(result.rejected[0].what()),
            path + ":2: invalid UTF-8 at byte 12 (the file looks like Windows-1250; save it as UTF-8)");
  EXPECT_EQ(std::string(result.rejected[1].what()), path + ":3: name: missing required field");
  EXPECT_EQ(std::string(result.rejected[2].what()), path + ":4: line longer than 1048576 bytes");
}

TEST(JsonlReaderTest, SkipInvalid_ReturnsNoRecords_WhenAllAreBad) {
  const test::TempDir dir;
  const auto path = dir.write("pes.jsonl", R"({"id":"B"})" "\n");
  const auto result = read_catalogue(path, test::reference(), IngestOptions{true});
  EXPECT_TRUE(result.records.empty());
  ASSERT_EQ(result.rejected.size(), 1u);
  EXPECT_EQ(std::string(result.rejected[0].what()), path + ":1: name: missing required field");
}

// 5,000 lines: more than one block of lines, each parsed on three threads, with bad records in
// several blocks and batches; what comes out is what one thread reads, in file order.
TEST(JsonlReaderTest, ThreeParsingThreads_ReadWhatOneThreadReads) {
  const test::TempDir dir;
  std::string content;
  for (int i = 1; i <= 5000; ++i) {
    if (i == 3) content += R"({"id":"B"})";
    else if (i == 700) content += "{oops";
    else if (i == 4097) content += pes_line("P10");
    else if (i == 4500) content += "{\"name\":\"\xFF\"}";
    else content += numbered_pes_line(i);
    content += "\n";
  }
  const auto path = dir.write("pes.jsonl", content);
  const auto one = read_catalogue(path, test::reference(), IngestOptions{true, 1});
  const auto three = read_catalogue(path, test::reference(), IngestOptions{true, 3});
  ASSERT_EQ(one.records.size(), 4996u);
  ASSERT_EQ(three.records.size(), one.records.size());
  for (std::size_t i = 0; i < one.records.size(); ++i) ASSERT_EQ(three.records[i].id, one.records[i].id) << i;
  EXPECT_EQ(three.records[2].id, "P4");
  std::vector<std::string> rejected;
  for (const auto& e : three.rejected) rejected.emplace_back(e.what());
  ASSERT_EQ(rejected.size(), 4u);
  EXPECT_EQ(rejected[0], path + ":3: name: missing required field");
  EXPECT_EQ(rejected[1].rfind(path + ":700: malformed JSON at byte ", 0), 0u) << rejected[1];
  EXPECT_EQ(rejected[2], path + ":4097: id \"P10\": duplicate id (first on line 10)");
  EXPECT_EQ(rejected[3], path + ":4500: invalid UTF-8 at byte 10");
  for (std::size_t i = 0; i < one.rejected.size(); ++i) EXPECT_EQ(rejected[i], std::string(one.rejected[i].what()));
  EXPECT_EQ(std::string(error_from([&] { read_catalogue(path, test::reference(), IngestOptions{false, 3}); }).what()),
            path + ":3: name: missing required field");
}

// Without skip_invalid, the first bad line is the one reported even when a line after it, in a
// later block, cannot be read at all.
TEST(JsonlReaderTest, ThreeParsingThreads_ReportFirstBadLine_BeforeLaterUnreadableLine) {
  const test::TempDir dir;
  std::string content;
  for (int i = 1; i <= 4200; ++i) content += (i == 4100 ? R"({"id":"B"})" : numbered_pes_line(i)) + "\n";
  content += "{\"name\":\"\xFF\"}\n";
  const auto path = dir.write("pes.jsonl", content);
  EXPECT_EQ(std::string(error_from([&] { read_catalogue(path, test::reference(), IngestOptions{false, 3}); }).what()),
            path + ":4100: name: missing required field");
}

}  // namespace
}  // namespace pesmatch
