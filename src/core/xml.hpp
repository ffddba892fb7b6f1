// The one XML and HTML reader: libxml2 parses (no network, no DTD loading, entities never expanded)
// and its tree becomes a tree of XmlNode with local names (namespace prefixes dropped), attributes
// and text, all the callers (TERC register, TED and eForms notices, BZP notice HTML) need.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pesmatch::detail {

/// An element, or a run of character data when `name` is empty.
struct XmlNode {
  std::string name;                                             ///< local name ("NUTS" for "n2016:NUTS")
  std::vector<std::pair<std::string, std::string>> attributes;  ///< local names, entity-decoded values
  std::vector<XmlNode> children;                                ///< elements and text, in document order
  std::string text;                                             ///< character data of a text node
  std::size_t line = 0;                                         ///< 1-based line of the start tag

  /// The first child element with this local name, or nullptr.
  [[nodiscard]] const XmlNode* child(std::string_view local_name) const noexcept;
  /// All child elements with this local name.
  [[nodiscard]] std::vector<const XmlNode*> children_named(std::string_view local_name) const;
  /// All child elements.
  [[nodiscard]] std::vector<const XmlNode*> elements() const;
  /// Every descendant element with this local name, in document order.
  [[nodiscard]] std::vector<const XmlNode*> descendants(std::string_view local_name) const;
  /// An attribute's value, or "" when absent.
  [[nodiscard]] std::string attribute(std::string_view local_name) const;
  /// The character data of this node and all its descendants, concatenated.
  [[nodiscard]] std::string text_content() const;
  /// Trimmed text of the first child element with this name, or "" when there is none.
  [[nodiscard]] std::string child_text(std::string_view local_name) const;
};

/// Parses an XML document and returns its root element. An entity reference stays as written
/// (`&name;`). Throws Error(invalid_input) at `origin:line` with "malformed XML: " and libxml2's
/// message for malformed markup, or with our bounds: nesting deeper than 256, more than 1 000 000
/// elements and text runs.
XmlNode parse_xml(std::string_view text, const std::string& origin);

/// Parses an HTML document (UTF-8) the way a browser would, recovering from bad markup, and returns
/// its root element (`html`, element and attribute names lowercase). Throws Error(invalid_input)
/// at `origin:line` ("malformed HTML: ") only for the bounds of parse_xml.
XmlNode parse_html(std::string_view text, const std::string& origin);

}  // namespace pesmatch::detail
