// parse_xml and parse_html: libxml2 builds its tree through SAX handlers wrapped to enforce our
// bounds while it parses, then one conversion turns that tree into XmlNode.
#include "core/xml.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>

#include "pesmatch/error.hpp"

namespace pesmatch::detail {
namespace {

// libxml2's own limit as well (without XML_PARSE_HUGE, which would also switch off its guard
// against entity amplification, the "billion laughs"): far beyond TED's ~10 levels.
constexpr int kMaxDepth = 256;
// Elements plus text runs: the TERC register has ~100 000, a notice a few thousand. Counted while
// libxml2 parses, so that a hostile file is stopped before its tree fills the memory.
constexpr std::size_t kMaxNodes = 1'000'000;

// What the wrapped SAX handlers keep while libxml2 parses: the bounds and the first fatal error.
struct ParseState {
  explicit ParseState(const char* name) : language(name) {}
  const char* language;  // "XML" or "HTML", for the messages
  xmlSAXHandler base{};  // libxml2's own handlers, which build its tree
  int open_elements = 0;
  std::size_t nodes = 0;
  std::string problem;
  std::size_t problem_line = 0;
};

xmlParserCtxtPtr context_of(void* ctx) { return static_cast<xmlParserCtxtPtr>(ctx); }
ParseState& state_of(void* ctx) { return *static_cast<ParseState*>(context_of(ctx)->_private); }
std::size_t current_line(xmlParserCtxtPtr ctxt) {
  return ctxt->input && ctxt->input->line > 0 ? static_cast<std::size_t>(ctxt->input->line) : 0;
}

void stop(void* ctx, std::string problem) {
  auto& state = state_of(ctx);
  if (state.problem.empty()) {
    state.problem = std::move(problem);
    state.problem_line = current_line(context_of(ctx));
  }
  xmlStopParser(context_of(ctx));
}

// The line goes to `_private` because libxml2's own `line` field stops at 65535.
void mark_line(xmlNodePtr node, xmlParserCtxtPtr ctxt) {
  node->_private = reinterpret_cast<void*>(static_cast<std::uintptr_t>(current_line(ctxt)));
}
std::size_t line_of(const xmlNode* node) {
  return static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(node->_private));
}

bool admit_node(void* ctx) {
  if (++state_of(ctx).nodes <= kMaxNodes) return true;
  stop(ctx, "more than " + std::to_string(kMaxNodes) + " elements and text runs");
  return false;
}

bool admit_element(void* ctx) {
  if (state_of(ctx).open_elements > kMaxDepth) {
    stop(ctx, "elements nested deeper than " + std::to_string(kMaxDepth));
    return false;
  }
  if (!admit_node(ctx)) return false;
  ++state_of(ctx).open_elements;
  return true;
}

void after_start(void* ctx) {
  if (auto* node = context_of(ctx)->node; node && !node->_private) mark_line(node, context_of(ctx));
}

// Runs a libxml2 handler that may add a text, CDATA or entity-reference node, and counts it.
template <typename Build>
void counted(void* ctx, Build&& build) {
  xmlNodePtr parent = context_of(ctx)->node;
  xmlNodePtr before = parent ? parent->last : nullptr;
  build(state_of(ctx).base);
  if (parent && parent->last != before && admit_node(ctx)) mark_line(parent->last, context_of(ctx));
}

void on_start_ns(void* ctx, const xmlChar* local, const xmlChar* prefix, const xmlChar* uri, int nb_ns,
                 const xmlChar** ns, int nb_attributes, int nb_defaulted, const xmlChar** attributes) {
  if (!admit_element(ctx)) return;
  state_of(ctx).base.startElementNs(ctx, local, prefix, uri, nb_ns, ns, nb_attributes, nb_defaulted, attributes);
  after_start(ctx);
}
void on_end_ns(void* ctx, const xmlChar* local, const xmlChar* prefix, const xmlChar* uri) {
  --state_of(ctx).open_elements;
  state_of(ctx).base.endElementNs(ctx, local, prefix, uri);
}
void on_start(void* ctx, const xmlChar* name, const xmlChar** attributes) {
  if (!admit_element(ctx)) return;
  state_of(ctx).base.startElement(ctx, name, attributes);
  after_start(ctx);
}
void on_end(void* ctx, const xmlChar* name) {
  --state_of(ctx).open_elements;
  state_of(ctx).base.endElement(ctx, name);
}
void on_characters(void* ctx, const xmlChar* ch, int len) {
  counted(ctx, [&](const xmlSAXHandler& base) { base.characters(ctx, ch, len); });
}
void on_whitespace(void* ctx, const xmlChar* ch, int len) {
  counted(ctx, [&](const xmlSAXHandler& base) { base.ignorableWhitespace(ctx, ch, len); });
}
void on_cdata(void* ctx, const xmlChar* ch, int len) {
  counted(ctx, [&](const xmlSAXHandler& base) { base.cdataBlock(ctx, ch, len); });
}
void on_reference(void* ctx, const xmlChar* name) {
  counted(ctx, [&](const xmlSAXHandler& base) { base.reference(ctx, name); });
}

// Keeps the first fatal error; warnings and namespace errors leave a usable tree.
void on_error(void* ctx, xmlErrorPtr error) {
  if (!error || error->level != XML_ERR_FATAL) return;
  auto& state = state_of(ctx);
  if (!state.problem.empty()) return;
  // libxml2 stops one element short of admit_element, in its own words.
  const bool too_deep = error->code == XML_ERR_INTERNAL_ERROR && state.open_elements > kMaxDepth;
  std::string message = error->message ? error->message : "unknown error";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  state.problem = too_deep ? "elements nested deeper than " + std::to_string(kMaxDepth) : message;
  state.problem_line = error->line > 0 ? static_cast<std::size_t>(error->line) : 0;
}

// Our handlers around libxml2's: comments and processing instructions are dropped unbuilt.
void wrap(xmlSAXHandler& sax, ParseState& state) {
  state.base = sax;
  if (sax.startElementNs) sax.startElementNs = on_start_ns;
  if (sax.endElementNs) sax.endElementNs = on_end_ns;
  if (sax.startElement) sax.startElement = on_start;
  if (sax.endElement) sax.endElement = on_end;
  if (sax.characters) sax.characters = on_characters;
  if (sax.ignorableWhitespace) sax.ignorableWhitespace = on_whitespace;
  if (sax.cdataBlock) sax.cdataBlock = on_cdata;
  if (sax.reference) sax.reference = on_reference;
  sax.comment = nullptr;
  sax.processingInstruction = nullptr;
  sax.serror = on_error;
}

std::string local_part(const xmlChar* name) {
  std::string_view qualified = name ? reinterpret_cast<const char*>(name) : "";
  const auto colon = qualified.rfind(':');
  return std::string(colon == std::string_view::npos ? qualified : qualified.substr(colon + 1));
}

bool is_character_data(const xmlNode* node) {
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE || node->type == XML_ENTITY_REF_NODE;
}

// An entity reference stays as written, never expanded.
void append_character_data(const xmlNode* node, std::string& out) {
  if (node->type == XML_ENTITY_REF_NODE)
    out.append("&").append(reinterpret_cast<const char*>(node->name)).append(";");
  else if (node->content)
    out += reinterpret_cast<const char*>(node->content);
}

// The one conversion of a libxml2 element to XmlNode; adjacent character data makes one text run.
XmlNode convert(const xmlNode* element) {
  XmlNode out;
  out.name = local_part(element->name);
  out.line = line_of(element);
  for (const xmlAttr* a = element->properties; a; a = a->next) {
    std::string value;
    for (const xmlNode* v = a->children; v; v = v->next)
      if (is_character_data(v)) append_character_data(v, value);
    out.attributes.emplace_back(local_part(a->name), std::move(value));
  }
  for (const xmlNode* c = element->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) {
      out.children.push_back(convert(c));
    } else if (is_character_data(c)) {
      if (!c->prev || !is_character_data(c->prev)) out.children.emplace_back().line = line_of(c);
      append_character_data(c, out.children.back().text);
    }
  }
  return out;
}

struct DocFree {
  void operator()(xmlDocPtr doc) const { xmlFreeDoc(doc); }
};
struct ContextFree {
  void operator()(xmlParserCtxtPtr ctxt) const { xmlFreeParserCtxt(ctxt); }
};
using Context = std::unique_ptr<xmlParserCtxt, ContextFree>;

int size_of(std::string_view text, const std::string& origin) {
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw Error(ErrorCode::invalid_input, ErrorLocation{origin, 0, {}, {}}, "document larger than 2 GB");
  return static_cast<int>(text.size());
}

[[noreturn]] void fail(const std::string& origin, const ParseState& state) {
  throw Error(ErrorCode::invalid_input, ErrorLocation{origin, state.problem_line, {}, {}},
              std::string("malformed ") + state.language + ": " + state.problem);
}

void init_libxml2() {
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
}

// Runs one libxml2 reader (`read(ctxt, size)` → document) with our handlers around its own and
// returns the document's root element converted, or nullopt when it has none.
template <typename NewContext, typename Read>
std::optional<XmlNode> parse(const char* language, std::string_view text, const std::string& origin,
                             NewContext&& new_context, Read&& read) {
  init_libxml2();
  ParseState state(language);
  Context ctxt(new_context());
  if (!ctxt) throw std::bad_alloc();
  wrap(*ctxt->sax, state);
  ctxt->_private = &state;
  std::unique_ptr<xmlDoc, DocFree> doc(read(ctxt.get(), size_of(text, origin)));
  if (!state.problem.empty()) fail(origin, state);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) return std::nullopt;
  return convert(root);
}

}  // namespace

XmlNode parse_xml(std::string_view text, const std::string& origin) {
  // No XML_PARSE_NOENT (entities stay references), no XML_PARSE_DTDLOAD, no network.
  constexpr int kOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  auto root = parse("XML", text, origin, xmlNewParserCtxt, [&](xmlParserCtxtPtr ctxt, int size) {
    return xmlCtxtReadMemory(ctxt, text.data(), size, origin.c_str(), nullptr, kOptions);
  });
  if (!root) throw Error(ErrorCode::invalid_input, ErrorLocation{origin, 0, {}, {}}, "malformed XML: no root element");
  return std::move(*root);
}

XmlNode parse_html(std::string_view text, const std::string& origin) {
  constexpr int kOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
  auto root = parse("HTML", text, origin, htmlNewParserCtxt, [&](xmlParserCtxtPtr ctxt, int size) {
    return htmlCtxtReadMemory(ctxt, text.data(), size, origin.c_str(), "UTF-8", kOptions);
  });
  if (root) return std::move(*root);
  XmlNode empty;  // an empty document: what a browser shows for it
  empty.name = "html";
  return empty;
}

}  // namespace pesmatch::detail
