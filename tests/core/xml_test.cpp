// The XML and HTML reader (src/core/xml.*, libxml2 underneath): the tree it gives, its messages
// for malformed markup, and its bounds on hostile markup: nesting depth, node count, and entities
// that are never expanded nor fetched (no DTD is loaded).
#include "core/xml.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "pesmatch/error.hpp"
#include "support/fixtures.hpp"

namespace pesmatch::detail {
namespace {

std::string error_of(const std::string& xml) {
  try {
    (void)parse_xml(xml, "n.xml");
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    return e.what();
  }
  return "";
}

TEST(XmlTest, Namespaces_AreDroppedFromNamesAndAttributes) {
  const auto root = parse_xml(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cn:Notice xmlns:cn=\"urn:a\" xmlns:cbc=\"urn:b\">\n"
      "  <cbc:Name languageID=\"POL\">Gmina &amp; <![CDATA[Miasto <1>]]></cbc:Name>\n</cn:Notice>",
      "n.xml");
  EXPECT_EQ(root.name, "Notice");
  EXPECT_EQ(root.line, 2u);
  const auto* name = root.child("Name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->line, 3u);
  EXPECT_EQ(name->attribute("languageID"), "POL");
  EXPECT_EQ(root.child_text("Name"), "Gmina & Miasto <1>");
  ASSERT_EQ(name->children.size(), 1u);  // one run of character data, CDATA included
}

TEST(XmlTest, LinesBeyond65535_AreKept) {
  const auto root = parse_xml("<r>" + std::string(70000, '\n') + "<a/></r>", "n.xml");
  EXPECT_EQ(root.child("a")->line, 70001u);
}

TEST(XmlTest, MismatchedTag_IsReportedInLibxml2Words) {
  EXPECT_EQ(error_of("<r>\n<T>x</TITEL>\n</r>"),
            "n.xml:2: malformed XML: Opening and ending tag mismatch: T line 2 and TITEL");
}

TEST(XmlTest, NestingBeyond256_IsRejected) {
  std::string xml;
  for (int i = 0; i < 100000; ++i) xml += "<a>\n";
  EXPECT_EQ(error_of(xml), "n.xml:258: malformed XML: elements nested deeper than 256");
}

TEST(XmlTest, NestingOf256_IsAccepted) {
  std::string xml;
  for (int i = 0; i <= 256; ++i) xml += "<a>";
  for (int i = 0; i <= 256; ++i) xml += "</a>";
  EXPECT_EQ(parse_xml(xml, "n.xml").name, "a");
}

TEST(XmlTest, MoreThanAMillionNodes_IsRejected) {
  std::string xml = "<r>";
  for (int i = 0; i < 1000001; ++i) xml += "<a/>";
  xml += "</r>";
  EXPECT_EQ(error_of(xml), "n.xml:1: malformed XML: more than 1000000 elements and text runs");
}

TEST(XmlTest, AMillionNodes_IsAccepted) {
  std::string xml = "<r>";
  for (int i = 0; i < 999999; ++i) xml += "<a/>";
  xml += "</r>";
  EXPECT_EQ(parse_xml(xml, "n.xml").children.size(), 999999u);
}

TEST(XmlTest, EntityBomb_IsKeptAsWritten) {
  const std::string xml =
      "<!DOCTYPE r [<!ENTITY a \"xxxxxxxxxx\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
      "<r t=\"&b;\">&b;&amp;&#x142;</r>";
  const auto root = parse_xml(xml, "n.xml");
  EXPECT_EQ(root.attribute("t"), "&b;");
  EXPECT_EQ(root.text_content(), "&b;&ł");
}

TEST(XmlTest, BillionLaughs_IsRejectedUnexpanded) {
  std::string xml = "<!DOCTYPE r [\n<!ENTITY l0 \"lol\">\n";
  for (int level = 1; level <= 9; ++level) {
    xml += "<!ENTITY l" + std::to_string(level) + " \"";
    for (int i = 0; i < 10; ++i) xml += "&l" + std::to_string(level - 1) + ";";
    xml += "\">\n";
  }
  xml += "]>\n<r a=\"&l9;\">&l9;</r>";
  EXPECT_EQ(error_of(xml), "n.xml:13: malformed XML: Detected an entity reference loop");
}

TEST(XmlTest, ExternalEntity_IsNeverRead) {
  const auto root = parse_xml("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n<r>&x;</r>", "n.xml");
  EXPECT_EQ(root.text_content(), "&x;");
}

TEST(XmlTest, ExternalDtd_IsNotLoaded) {
  const auto root = parse_xml("<!DOCTYPE r SYSTEM \"http://example.invalid/r.dtd\">\n<r a=\"1\">&nbsp;</r>", "n.xml");
  EXPECT_EQ(root.attribute("a"), "1");
  EXPECT_EQ(root.text_content(), "&nbsp;");
}

TEST(XmlTest, BzpNoticeHtml_GivesHeadingsAndSpans) {
  const auto path = std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/bzp/html/cn_2026-BZP-00035012_gowarczow.html";
  const auto root = parse_html(test::read_file(path), path);
  EXPECT_EQ(root.name, "html");
  const auto headings = root.descendants("h3");
  ASSERT_GT(headings.size(), 10u);
  std::string town;
  for (const auto* h : headings)
    if (h->text_content().find("1.5.2.) Miejscowość") != std::string::npos) town = h->child_text("span");
  EXPECT_EQ(town, "Gowarczów");
  EXPECT_EQ(root.descendants("h1").at(0)->attribute("class"), "text-center mt-5 mb-5");
}

TEST(XmlTest, EveryBzpNoticeHtml_OpensWithSectionOne_AndKeepsItsHeadings) {
  const std::string dir = std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/bzp/html/";
  const std::vector<std::pair<std::string, std::size_t>> files = {{"agreement-intention_2024-BZP-00097743.html", 40},
                                                                  {"cn_2026-BZP-00035012_gowarczow.html", 45},
                                                                  {"cn_2026-BZP-00054454_slupsk.html", 36},
                                                                  {"cn_2026-BZP-00060474_gniezno.html", 70}};
  for (const auto& [name, headings] : files) {
    const auto root = parse_html(test::read_file(dir + name), name);
    const auto sections = root.descendants("h2");
    ASSERT_FALSE(sections.empty()) << name;
    const std::string first = sections.front()->text_content();
    EXPECT_EQ(first.rfind("SEKCJA I ", 0), 0u) << name << ": " << first;
    EXPECT_NE(first.find("ZAMAWIAJĄCY"), std::string::npos) << name << ": " << first;
    EXPECT_EQ(root.descendants("h3").size(), headings) << name;
  }
}

TEST(XmlTest, BrokenHtml_IsRecoveredWithLowercaseNames) {
  const auto root = parse_html("<P CLASS=x>Zam&oacute;wienie<br>dla <B>PES</P><table><td>1", "n.html");
  const auto paragraphs = root.descendants("p");
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0]->attribute("class"), "x");
  EXPECT_EQ(paragraphs[0]->text_content(), "Zamówieniedla PES");
  EXPECT_EQ(root.descendants("td").at(0)->text_content(), "1");
}

TEST(XmlTest, DeepHtml_IsRejected) {
  std::string html;  // <html><body> are implied: the 256th <div> is 257 deep
  for (int i = 0; i < 100000; ++i) html += "<div>\n";
  try {
    (void)parse_html(html, "n.html");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "n.html:256: malformed HTML: elements nested deeper than 256");
  }
}

}  // namespace
}  // namespace pesmatch::detail
