#include "ingest/bzp_html.hpp"

#include <cctype>

namespace pesmatch::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The node's text with <br> as a space and every run of white space (NBSP included) one space.
void collect_text(const XmlNode& node, std::string& out) {
  if (node.name.empty()) {
    out += node.text;
    return;
  }
  if (node.name == "br") out += ' ';
  for (const auto& c : node.children) collect_text(c, out);
}

std::string squeezed(std::string_view text) {
  std::string out;
  bool gap = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool nbsp = text.compare(i, 2, "\xC2\xA0") == 0;
    if (is_space(text[i]) || nbsp) {
      gap = !out.empty();
      i += nbsp;
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += text[i];
  }
  return out;
}

std::string text_of(const XmlNode& node) {
  std::string raw;
  collect_text(node, raw);
  return squeezed(raw);
}

bool has_class(const XmlNode& node, std::string_view cls) {
  const std::string classes = node.attribute("class");
  const std::string_view all(classes);
  for (std::size_t at = all.find(cls); at != std::string_view::npos; at = all.find(cls, at + 1)) {
    const bool starts = at == 0 || all[at - 1] == ' ', ends = at + cls.size() == all.size() || all[at + cls.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// The heading without its value: its own text, the <span class="normal"> left out.
std::string label_of(const XmlNode& heading) {
  std::string raw;
  for (const auto& c : heading.children)
    if (!(c.name == "span" && has_class(c, "normal"))) collect_text(c, raw);
  std::string text = squeezed(raw);
  const auto close = text.find(')');
  text = close == std::string::npos ? text : squeezed(text.substr(close + 1));
  while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
  return text;
}

std::string heading_value(const XmlNode& heading) {
  for (const auto& c : heading.children)
    if (c.name == "span" && has_class(c, "normal")) return text_of(c);
  // No value span: whatever follows the label's colon.
  const std::string text = text_of(heading);
  const auto colon = text.find(':', text.find(')'));
  return colon == std::string::npos ? "" : squeezed(text.substr(colon + 1));
}

// "Część 3" (the heading of a part), else 0.
int part_number(std::string_view text) {
  static constexpr std::string_view kPart = "Część ";
  if (text.substr(0, kPart.size()) != kPart) return 0;
  int n = 0;
  for (std::size_t i = kPart.size(); i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i)
    n = n * 10 + (text[i] - '0');
  return n;
}

struct Walker {
  std::vector<BzpField> fields;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t current = kNone;  // index of the field paragraphs are added to
  int part = 0;

  void heading(const XmlNode& h) {
    const std::string text = text_of(h);
    if (auto number = field_number(text); !number.empty()) {
      BzpField f{std::move(number), label_of(h), {}, part};
      if (auto value = heading_value(h); !value.empty()) f.values.push_back(std::move(value));
      fields.push_back(std::move(f));
      current = fields.size() - 1;
      return;
    }
    if (int n = part_number(text)) part = n;
    current = kNone;  // an unnumbered heading ends the field above it
  }

  void walk(const XmlNode& node) {
    for (const auto& c : node.children) {
      if (c.name.empty()) continue;
      if (c.name == "h1" || c.name == "h2") {
        current = kNone;
        part = 0;
      } else if (c.name == "h3" || c.name == "h4") {
        heading(c);
      } else if (c.name == "p") {
        if (auto text = text_of(c); current != kNone && !text.empty()) fields[current].values.push_back(std::move(text));
      } else if (c.name != "style" && c.name != "script" && c.name != "head") {
        walk(c);
      }
    }
  }
};

}  // namespace

std::string field_number(std::string_view heading) {
  std::string number;
  std::size_t i = 0;
  for (;;) {
    const std::size_t start = i;
    while (i < heading.size() && std::isdigit(static_cast<unsigned char>(heading[i]))) ++i;
    if (i == start || i - start > 3) return "";
    number.append(heading.substr(start, i - start));
    if (i < heading.size() && heading[i] == '.') ++i;
    if (i < heading.size() && heading[i] == ')') return number;
    if (i >= heading.size() || !std::isdigit(static_cast<unsigned char>(heading[i]))) return "";
    number += '.';
  }
}

std::vector<BzpField> bzp_fields(const XmlNode& root) {
  Walker w;
  w.walk(root);
  return std::move(w.fields);
}

std::vector<const BzpField*> fields_numbered(const std::vector<BzpField>& fields, std::string_view number) {
  std::vector<const BzpField*> out;
  for (const auto& f : fields)
    if (f.number == number) out.push_back(&f);
  return out;
}

std::string first_value(const std::vector<BzpField>& fields, std::string_view number) {
  for (const auto& f : fields)
    if (f.number == number && !f.values.empty()) return f.values.front();
  return "";
}

}  // namespace pesmatch::detail
