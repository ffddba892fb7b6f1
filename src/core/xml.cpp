#include "core/xml.hpp"

#include <charconv>

#include "core/utf8.hpp"
#include "pesmatch/error.hpp"

namespace pesmatch::detail {
namespace {

constexpr int kMaxDepth = 256;  // far beyond TED's ~10 levels; bounds the recursion on hostile input
// Elements plus text runs: the TERC register has ~100 000, a TED notice a few thousand. A node
// costs ~150 bytes however short its markup, so the count, not the file size, bounds the tree.
constexpr std::size_t kMaxNodes = 1'000'000;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view local_part(std::string_view qualified) {
  const auto colon = qualified.rfind(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

// Appends `raw` with the five predefined entities and character references decoded; an unknown
// entity is kept as written rather than rejected, since no DTD can define one here.
void append_decoded(std::string& out, std::string_view raw) {
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const auto semi = raw[i] == '&' ? raw.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += raw[i];
      continue;
    }
    const auto entity = raw.substr(i + 1, semi - i - 1);
    bool decoded = false;
    for (const auto& [name, ch] : kNamed)
      if (entity == name) out += ch, decoded = true;
    if (!decoded && entity.size() > 1 && entity[0] == '#') {
      const bool hex = entity[1] == 'x' || entity[1] == 'X';
      const auto digits = entity.substr(hex ? 2 : 1);
      unsigned long cp = 0;
      auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
      if (ec == std::errc() && ptr == digits.data() + digits.size() && cp > 0 && cp <= 0x10FFFF) {
        append_utf8(out, static_cast<char32_t>(cp));
        decoded = true;
      }
    }
    if (decoded)
      i = semi;
    else
      out += raw[i];
  }
}

class Parser {
 public:
  Parser(std::string_view text, const std::string& origin) : s_(text), origin_(origin) {}

  XmlNode document() {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    skip_misc();
    if (pos_ >= s_.size() || s_[pos_] != '<') fail("no root element");
    return element(0);
  }

 private:
  [[noreturn]] void fail(const std::string& problem) {
    throw Error(ErrorCode::invalid_input, ErrorLocation{origin_, line(), {}, {}}, "malformed XML: " + problem);
  }

  // Lines are counted lazily up to the current position; positions only move forward.
  std::size_t line() {
    for (; counted_ < pos_ && counted_ < s_.size(); ++counted_) line_ += s_[counted_] == '\n';
    return line_;
  }

  void count_node() {
    if (++nodes_ > kMaxNodes) fail("more than " + std::to_string(kMaxNodes) + " elements and text runs");
  }

  bool at(std::string_view token) const { return s_.compare(pos_, token.size(), token) == 0; }

  void skip_past(std::string_view terminator, const char* what) {
    const auto end = s_.find(terminator, pos_);
    if (end == std::string_view::npos) fail(std::string("unterminated ") + what);
    pos_ = end + terminator.size();
  }

  void skip_spaces() {
    while (pos_ < s_.size() && is_space(s_[pos_])) ++pos_;
  }

  // Whitespace, processing instructions, comments and a DOCTYPE before the root element.
  void skip_misc() {
    for (;;) {
      skip_spaces();
      if (at("<?"))
        skip_past("?>", "processing instruction");
      else if (at("<!--"))
        skip_past("-->", "comment");
      else if (at("<!DOCTYPE"))
        skip_past(s_.find('[', pos_) < s_.find('>', pos_) ? "]>" : ">", "DOCTYPE");
      else
        return;
    }
  }

  std::string_view name() {
    const auto start = pos_;
    while (pos_ < s_.size() && !is_space(s_[pos_]) && s_[pos_] != '>' && s_[pos_] != '/' && s_[pos_] != '=') ++pos_;
    if (pos_ == start) fail("expected a name");
    return s_.substr(start, pos_ - start);
  }

  // Reads attributes up to the end of the start tag; returns true for an empty element (`/>`).
  bool attributes(XmlNode& node) {
    for (;;) {
      skip_spaces();
      if (at("/>")) {
        pos_ += 2;
        return true;
      }
      if (at(">")) {
        ++pos_;
        return false;
      }
      if (pos_ >= s_.size()) fail("unterminated start tag <" + node.name + ">");
      const auto attr = name();
      skip_spaces();
      if (!at("=")) fail("attribute " + std::string(attr) + " has no value");
      ++pos_;
      skip_spaces();
      const char quote = pos_ < s_.size() ? s_[pos_] : '\0';
      if (quote != '"' && quote != '\'') fail("attribute " + std::string(attr) + " is not quoted");
      const auto end = s_.find(quote, ++pos_);
      if (end == std::string_view::npos) fail("unterminated attribute value");
      std::string value;
      append_decoded(value, s_.substr(pos_, end - pos_));
      node.attributes.emplace_back(std::string(local_part(attr)), std::move(value));
      pos_ = end + 1;
    }
  }

  XmlNode element(int depth) {
    if (depth > kMaxDepth) fail("elements nested deeper than " + std::to_string(kMaxDepth));
    count_node();
    XmlNode node;
    node.line = line();
    ++pos_;  // '<'
    const auto qualified = name();
    node.name = std::string(local_part(qualified));
    if (!attributes(node)) content(node, qualified, depth);
    return node;
  }

  void add_text(XmlNode& parent, std::string_view raw, bool decode) {
    if (raw.empty()) return;
    count_node();
    XmlNode text;
    text.line = line();
    if (decode)
      append_decoded(text.text, raw);
    else
      text.text = std::string(raw);
    parent.children.push_back(std::move(text));
  }

  void content(XmlNode& node, std::string_view qualified, int depth) {
    for (;;) {
      const auto lt = s_.find('<', pos_);
      if (lt == std::string_view::npos) fail("unclosed <" + std::string(qualified) + ">");
      add_text(node, s_.substr(pos_, lt - pos_), true);
      pos_ = lt;
      if (at("</")) {
        pos_ += 2;
        const auto closing = name();
        if (closing != qualified) fail("</" + std::string(closing) + "> closes <" + std::string(qualified) + ">");
        skip_spaces();
        if (!at(">")) fail("unterminated end tag </" + std::string(closing) + ">");
        ++pos_;
        return;
      }
      if (at("<!--")) {
        skip_past("-->", "comment");
      } else if (at("<![CDATA[")) {
        const auto start = pos_ + 9;
        skip_past("]]>", "CDATA section");
        add_text(node, s_.substr(start, pos_ - 3 - start), false);
      } else if (at("<?")) {
        skip_past("?>", "processing instruction");
      } else {
        node.children.push_back(element(depth + 1));
      }
    }
  }

  std::string_view s_;
  const std::string& origin_;
  std::size_t pos_ = 0, counted_ = 0, line_ = 1, nodes_ = 0;
};

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

XmlNode parse_xml(std::string_view text, const std::string& origin) { return Parser(text, origin).document(); }

}  // namespace pesmatch::detail
