// Bounds of the XML reader (src/core/xml.*) on hostile markup: nesting depth, node count, and
// entities that are never expanded (no DTD is read).
#include "core/xml.hpp"

#include <gtest/gtest.h>

#include <string>

#include "pesmatch/error.hpp"

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

TEST(XmlTest, NestingBeyond256_IsRejected) {
  std::string xml;
  for (int i = 0; i < 100000; ++i) xml += "<a>\n";
  EXPECT_EQ(error_of(xml), "n.xml:258: malformed XML: elements nested deeper than 256");
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

}  // namespace
}  // namespace pesmatch::detail
