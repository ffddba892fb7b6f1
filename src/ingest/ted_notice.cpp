#include "ingest/ted_notice.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "core/xml.hpp"
#include "ingest/jsonl_reader.hpp"
#include "pesmatch/error.hpp"
#include "reference/csv.hpp"

namespace pesmatch::detail {
namespace {

// TED's largest notices (hundreds of lots) stay well under 2 MB; the bound keeps the parsed tree
// of a hostile file in bounded memory.
constexpr std::size_t kMaxNoticeBytes = 8 << 20;

[[noreturn]] void fail(const std::string& path, std::size_t line, const std::string& field,
                       const std::string& problem) {
  throw Error(ErrorCode::invalid_input, ErrorLocation{path, line, field, {}}, problem);
}

// The <P> paragraphs of a text element (or its whole text when it has none), inline markup
// such as <FT TYPE="SUP"> flattened into the words.
std::vector<std::string> paragraphs(const XmlNode* node) {
  std::vector<std::string> out;
  if (!node) return out;
  auto parts = node->children_named("P");
  if (parts.empty()) parts.push_back(node);
  for (const auto* p : parts)
    if (auto text = squeeze_spaces(p->text_content()); !text.empty()) out.push_back(std::move(text));
  return out;
}

// The Polish form when there is one (TED publishes translations beside the original), else the
// original-language form, else the first.
const XmlNode& pick_form(const XmlNode& root, const std::string& path) {
  const auto* section = root.child("FORM_SECTION");
  const auto forms = section ? section->elements() : std::vector<const XmlNode*>{};
  if (forms.empty()) fail(path, section ? section->line : 0, "FORM_SECTION", "no form in the notice");
  for (const auto* f : forms)
    if (f->attribute("LG") == "PL") return *f;
  for (const auto* f : forms)
    if (f->attribute("CATEGORY") == "ORIGINAL") return *f;
  return *forms.front();
}

// The contract's short description, then each lot's title and description; Polish notices often
// repeat the contract's text in its only lot, so a paragraph is kept once.
std::string description_of(const XmlNode& contract) {
  auto parts = paragraphs(contract.child("SHORT_DESCR"));
  for (const auto* lot : contract.children_named("OBJECT_DESCR")) {
    const auto* descr = lot->child("SHORT_DESCR");
    if (!descr) continue;
    auto lot_parts = paragraphs(lot->child("TITLE"));
    for (auto& p : paragraphs(descr)) lot_parts.push_back(std::move(p));
    for (auto& p : lot_parts)
      if (std::find(parts.begin(), parts.end(), p) == parts.end()) parts.push_back(std::move(p));
  }
  return join(parts, "\n");
}

void add_code(const XmlNode* holder, std::vector<NoticeValue>& out) {
  const auto* code = holder ? holder->child("CPV_CODE") : nullptr;
  if (!code) return;
  add_unique(out, NoticeValue{code->attribute("CODE"), code->line});
}

std::vector<NoticeValue> cpv_codes(const XmlNode& contract) {
  std::vector<NoticeValue> out;
  add_code(contract.child("CPV_MAIN"), out);
  for (const auto* extra : contract.descendants("CPV_ADDITIONAL")) add_code(extra, out);
  return out;
}

std::vector<std::string> performance_nuts(const XmlNode& contract) {
  std::vector<std::string> out;
  for (const auto* lot : contract.children_named("OBJECT_DESCR"))
    for (const auto* nuts : lot->descendants("NUTS"))
      if (auto code = nuts->attribute("CODE"); !code.empty() && std::find(out.begin(), out.end(), code) == out.end())
        out.push_back(std::move(code));
  return out;
}

std::optional<double> value_in_pln(const XmlNode& contract) {
  for (const char* tag : {"VAL_ESTIMATED_TOTAL", "VAL_TOTAL"}) {
    const auto* v = contract.child(tag);
    if (!v || v->attribute("CURRENCY") != "PLN") continue;
    const std::string text = squeeze_spaces(v->text_content());
    double value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && ptr == text.data() + text.size() && value >= 0) return value;
  }
  return std::nullopt;
}

// Directive 2014/24/EU art. 20 (sheltered workshops, art. 94 PZP) and art. 77 (public-service
// mission organisations, art. 361 PZP) are the reservations the contract knows.
std::string reservation(const XmlNode& form) {
  if (!form.descendants("RESTRICTED_SHELTERED_WORKSHOP").empty() ||
      !form.descendants("RESTRICTED_SHELTERED_PROGRAM").empty())
    return "art94";
  if (!form.descendants("RESERVED_ORGANISATIONS_SERVICE_MISSION").empty()) return "art361";
  return "";
}

}  // namespace

TedNotice read_ted_notice(const std::string& path) {
  const std::string text = read_file(path, kMaxNoticeBytes);
  require_utf8(text, path, 0);  // TED exports are UTF-8; anything else would corrupt the JSON
  const XmlNode root = parse_xml(text, path);
  if (root.name != "TED_EXPORT") fail(path, root.line, root.name, "not a TED export (expected <TED_EXPORT>)");
  const XmlNode& form = pick_form(root, path);
  const XmlNode* contract = form.child("OBJECT_CONTRACT");
  if (!contract) fail(path, form.line, form.name, "no OBJECT_CONTRACT in the form");
  TedNotice n;
  const std::string doc_id = root.attribute("DOC_ID");
  n.id = "TED-" + (doc_id.empty() ? std::filesystem::path(path).stem().string() : doc_id);
  n.title = join(paragraphs(contract->child("TITLE")), " ");
  n.description = description_of(*contract);
  n.cpv = cpv_codes(*contract);
  const auto* buyer = at_path(&form, {"CONTRACTING_BODY", "ADDRESS_CONTRACTING_BODY"});
  if (buyer) {
    n.buyer_name = squeeze_spaces(buyer->child_text("OFFICIALNAME"));
    n.buyer_town = value_of(buyer->child("TOWN"));
    if (const auto* country = buyer->child("COUNTRY")) n.buyer_country = country->attribute("VALUE");
    if (const auto* nuts = buyer->child("NUTS")) n.buyer_nuts = nuts->attribute("CODE");
  }
  n.nuts = performance_nuts(*contract);
  n.published = value_of(at_path(&root, {"CODED_DATA_SECTION", "REF_OJS", "DATE_PUB"}));
  const auto deadlines = form.descendants("DATE_RECEIPT_TENDERS");
  if (!deadlines.empty()) n.deadline = value_of(deadlines.front());
  n.value_pln = value_in_pln(*contract);
  n.reserved = reservation(form);
  return n;
}

}  // namespace pesmatch::detail
