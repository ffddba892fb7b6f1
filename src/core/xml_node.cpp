// XmlNode's accessors: the queries callers make on the tree that parse_xml / parse_html build.
#include "core/xml.hpp"

namespace pesmatch::detail {
namespace {

void collect(const XmlNode& node, std::string_view local_name, std::vector<const XmlNode*>& out) {
  for (const auto& c : node.children) {
    if (c.name.empty()) continue;
    if (c.name == local_name) out.push_back(&c);
    collect(c, local_name, out);
  }
}

void append_text(const XmlNode& node, std::string& out) {
  out += node.text;
  for (const auto& c : node.children) append_text(c, out);
}

}  // namespace

const XmlNode* XmlNode::child(std::string_view local_name) const noexcept {
  for (const auto& c : children)
    if (!c.name.empty() && c.name == local_name) return &c;
  return nullptr;
}

std::vector<const XmlNode*> XmlNode::children_named(std::string_view local_name) const {
  std::vector<const XmlNode*> out;
  for (const auto& c : children)
    if (!c.name.empty() && c.name == local_name) out.push_back(&c);
  return out;
}

std::vector<const XmlNode*> XmlNode::elements() const {
  std::vector<const XmlNode*> out;
  for (const auto& c : children)
    if (!c.name.empty()) out.push_back(&c);
  return out;
}

std::vector<const XmlNode*> XmlNode::descendants(std::string_view local_name) const {
  std::vector<const XmlNode*> out;
  collect(*this, local_name, out);
  return out;
}

std::string XmlNode::attribute(std::string_view local_name) const {
  for (const auto& [key, value] : attributes)
    if (key == local_name) return value;
  return {};
}

std::string XmlNode::text_content() const {
  std::string out;
  append_text(*this, out);
  return out;
}

std::string XmlNode::child_text(std::string_view local_name) const {
  const auto* c = child(local_name);
  if (!c) return {};
  const std::string text = c->text_content();
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace pesmatch::detail
