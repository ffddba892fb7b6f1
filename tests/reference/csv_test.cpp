// The one CSV reader (src/reference/csv.hpp): RFC 4180 quoting, embedded newlines, BOM, trimming
// and the errors that name the file.
#include "reference/csv.hpp"

#include <gtest/gtest.h>

#include "pesmatch/error.hpp"
#include "support/fixtures.hpp"

namespace pesmatch::detail {
namespace {

TEST(CsvTableTest, ParsesHeaderAndRecords_WithLineNumbers) {
  const auto t = CsvTable::parse("a,b,c\n1,2,3\n4,5,6\n", "t.csv");
  ASSERT_EQ(t.header(), (std::vector<std::string>{"a", "b", "c"}));
  ASSERT_EQ(t.records().size(), 2u);
  EXPECT_EQ(t.records()[0].fields, (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(t.records()[0].line, 2u);
  EXPECT_EQ(t.records()[1].line, 3u);
  EXPECT_EQ(t.column("c"), 2u);
  EXPECT_EQ(t.origin(), "t.csv");
}

TEST(CsvTableTest, KeepsDelimiterInsideQuotes_AndUnescapesDoubledQuotes) {
  const auto t = CsvTable::parse("name,note\n\"Kowalski, Jan\",\"mówi \"\"tak\"\"\"\n", "q.csv");
  ASSERT_EQ(t.records().size(), 1u);
  EXPECT_EQ(t.records()[0].fields, (std::vector<std::string>{"Kowalski, Jan", "mówi \"tak\""}));
}

TEST(CsvTableTest, ReadsEmptyQuotedAndEmptyUnquotedCells) {
  const auto t = CsvTable::parse("a,b,c\n\"\",,x\n", "e.csv");
  ASSERT_EQ(t.records().size(), 1u);
  EXPECT_EQ(t.records()[0].fields, (std::vector<std::string>{"", "", "x"}));
}

TEST(CsvTableTest, KeepsEmbeddedNewline_AndCountsLinesAfterIt) {
  const auto t = CsvTable::parse("id,opis\n1,\"linia pierwsza\nlinia druga\"\n2,krótki\n", "n.csv");
  ASSERT_EQ(t.records().size(), 2u);
  EXPECT_EQ(t.records()[0].fields[1], "linia pierwsza\nlinia druga");
  EXPECT_EQ(t.records()[0].line, 2u);
  EXPECT_EQ(t.records()[1].fields, (std::vector<std::string>{"2", "krótki"}));
  EXPECT_EQ(t.records()[1].line, 4u);
}

TEST(CsvTableTest, AcceptsCrlfLineEnds_WithoutCarriageReturnsInCells) {
  const auto t = CsvTable::parse("a,b\r\n1,\"x\"\r\n2,y\r\n", "crlf.csv");
  ASSERT_EQ(t.records().size(), 2u);
  EXPECT_EQ(t.records()[0].fields, (std::vector<std::string>{"1", "x"}));
  EXPECT_EQ(t.records()[1].fields, (std::vector<std::string>{"2", "y"}));
}

TEST(CsvTableTest, SkipsLeadingBom_SoFirstColumnIsFound) {
  const auto t = CsvTable::parse("\xEF\xBB\xBFTERC,NAZWA\n02,DOLNOŚLĄSKIE\n", "bom.csv");
  EXPECT_EQ(t.header().front(), "TERC");
  EXPECT_TRUE(t.has_column("TERC"));
  EXPECT_EQ(t.column("TERC"), 0u);
}

TEST(CsvTableTest, SkipsBlankLines_AndReadsLastLineWithoutNewline) {
  const auto t = CsvTable::parse("a,b\n\n1,2\n\n3,4", "b.csv");
  ASSERT_EQ(t.records().size(), 2u);
  EXPECT_EQ(t.records()[0].line, 3u);
  EXPECT_EQ(t.records()[1].fields, (std::vector<std::string>{"3", "4"}));
  EXPECT_EQ(t.records()[1].line, 5u);
}

TEST(CsvTableTest, UsesChosenDelimiter) {
  const auto t = CsvTable::parse("a;b\n1,5;2\n", "semi.csv", ';');
  ASSERT_EQ(t.records().size(), 1u);
  EXPECT_EQ(t.records()[0].fields, (std::vector<std::string>{"1,5", "2"}));
}

TEST(CsvTableTest, ReturnsEmptyField_ForShortRecord) {
  const auto t = CsvTable::parse("a,b,c\n1\n", "short.csv");
  ASSERT_EQ(t.records().size(), 1u);
  EXPECT_EQ(CsvTable::field(t.records()[0], 0), "1");
  EXPECT_EQ(CsvTable::field(t.records()[0], 2), "");
}

TEST(CsvTableTest, ThrowsMissingColumn_NamingFileAndColumn) {
  const auto t = CsvTable::parse("a,b\n1,2\n", "ref/cpv2008.csv");
  EXPECT_FALSE(t.has_column("label_pl"));
  try {
    (void)t.column("label_pl");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "ref/cpv2008.csv:1: label_pl: missing column");
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
  }
}

TEST(CsvTableTest, ThrowsEmptyFile_ForBlankText) {
  try {
    (void)CsvTable::parse("\n\n", "empty.csv");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "empty.csv: empty CSV file");
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
  }
}

TEST(CsvTableTest, TrimsHeaderNames_IncludingNbsp) {
  const auto t = CsvTable::parse(" typ ,symbol\xC2\xA0\nA,B\n", "h.csv");
  EXPECT_EQ(t.header(), (std::vector<std::string>{"typ", "symbol"}));
  EXPECT_EQ(t.column("symbol"), 1u);
}

TEST(CsvTableTest, TrimRemovesNbspAndAsciiSpace_AtBothEndsOnly) {
  EXPECT_EQ(trim("\xC2\xA0 Uprawy rolne\xC2\xA0 \xC2\xA0\r\n"), "Uprawy rolne");
  EXPECT_EQ(trim("POZOSTAŁE\xC2\xA0GÓRNICTWO"), "POZOSTAŁE\xC2\xA0GÓRNICTWO");
  EXPECT_EQ(trim("\t\xC2\xA0"), "");
  EXPECT_EQ(trim(""), "");
  // A lone 0xA0 byte is not NBSP in UTF-8 and stays.
  EXPECT_EQ(trim("x\xA0"), "x\xA0");
}

TEST(CsvTableTest, ReadsFile_WithPathAsOrigin) {
  const test::TempDir dir;
  const auto path = dir.write("t.csv", "k,v\nx,1\n");
  const auto t = CsvTable::read(path);
  EXPECT_EQ(t.origin(), path);
  ASSERT_EQ(t.records().size(), 1u);
  EXPECT_EQ(CsvTable::field(t.records()[0], t.column("v")), "1");
}

TEST(CsvTableTest, ThrowsIoError_ForMissingFile) {
  const test::TempDir dir;
  const auto path = dir.path("absent.csv");
  try {
    (void)CsvTable::read(path);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_EQ(std::string(e.what()), path + ": cannot open file");
  }
}

TEST(CsvTableTest, ReadFileOverItsBound_IsRefusedAsInvalidInput) {
  const test::TempDir dir;
  const auto path = dir.write("big.csv", std::string(1000, 'x'));
  EXPECT_EQ(read_file(path, 1000).size(), 1000u);
  try {
    (void)read_file(path, 999);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), path + ": file larger than 999 bytes");
  }
}

TEST(CsvTableTest, MoreCellsThanTheCap_IsRejectedWithTheLine) {
  std::string text = "a;b\n1;2\n";
  text += std::string(kMaxCsvCells, ';');
  try {
    (void)CsvTable::parse(text, "c.csv", ';');
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), "c.csv:3: more than 2000000 cells in the file");
  }
}

}  // namespace
}  // namespace pesmatch::detail
