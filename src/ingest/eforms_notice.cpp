#include "ingest/eforms_notice.hpp"

#include <algorithm>
#include <set>

#include "ingest/jsonl_reader.hpp"
#include "pesmatch/error.hpp"
#include "reference/csv.hpp"

namespace pesmatch::detail {
namespace {

// The largest eForms notices (hundreds of lots, 24 languages) stay under a few MB; the bound keeps
// the tree of a hostile file in bounded memory, as for TED notices.
constexpr std::size_t kMaxNoticeBytes = 8 << 20;

[[noreturn]] void fail(const std::string& path, std::size_t line, const std::string& field, const std::string& problem,
                       const std::string& value = {}) {
  ErrorLocation where{path, line, field, {}};
  if (!value.empty()) where.value = value;
  throw Error(ErrorCode::invalid_input, where, problem);
}

// Multilingual texts repeat an element once per language (organisation names repeat its holder
// too): the chosen language's, else the first.
const XmlNode* in_language(const XmlNode* parent, std::string_view name, const std::string& language) {
  if (!parent) return nullptr;
  const auto versions = parent->children_named(name);
  for (const auto* v : versions)
    if (v->attribute("languageID") == language) return v;
  return versions.empty() ? nullptr : versions.front();
}

std::string name_of(const XmlNode& company, const std::string& language) {
  const XmlNode* first = nullptr;
  for (const auto* holder : company.children_named("PartyName")) {
    const auto* name = in_language(holder, "Name", language);
    if (name && name->attribute("languageID") == language) return value_of(name).text;
    if (!first) first = name;
  }
  return value_of(first).text;
}

std::string text_in(const XmlNode* parent, std::string_view name, const std::string& language) {
  return value_of(in_language(parent, name, language)).text;
}

// Polish when any text of the notice is in Polish, else the notice's own language.
std::string chosen_language(const XmlNode& root) {
  for (const auto* name : root.descendants("Name"))
    if (name->attribute("languageID") == "POL") return "POL";
  return root.child_text("NoticeLanguageCode");
}

std::vector<NoticeValue> cpv_codes(const XmlNode& project) {
  std::vector<NoticeValue> out;
  for (const char* kind : {"MainCommodityClassification", "AdditionalCommodityClassification"})
    for (const auto* c : project.children_named(kind)) add_unique(out, value_of(c->child("ItemClassificationCode")));
  return out;
}

std::vector<std::string> nuts_codes(const XmlNode& project) {
  std::vector<std::string> out;
  for (const auto* location : project.children_named("RealizedLocation"))
    if (auto code = value_of(at_path(location, {"Address", "CountrySubentityCode"})).text;
        !code.empty() && std::find(out.begin(), out.end(), code) == out.end())
      out.push_back(std::move(code));
  return out;
}

std::optional<EformsAmount> estimated_value(const XmlNode& project) {
  const auto* amount = at_path(&project, {"RequestedTenderTotal", "EstimatedOverallContractAmount"});
  if (!amount) return std::nullopt;
  return EformsAmount{value_of(amount), amount->attribute("currencyID")};
}

EformsDate date_of(const XmlNode* period) {
  if (!period) return {};
  return {value_of(period->child("EndDate")), value_of(period->child("EndTime")).text};
}

EformsDate deadline_of(const XmlNode* process) {
  if (!process) return {};
  for (const char* period :
       {"TenderSubmissionDeadlinePeriod", "ParticipationRequestReceptionPeriod", "InterestExpressionReceptionPeriod"})
    if (auto found = process->descendants(period); !found.empty()) return date_of(found.front());
  return {};
}

std::string reservation_of(const XmlNode* terms) {
  if (!terms) return {};
  for (const auto* code : terms->descendants("TendererRequirementTypeCode"))
    if (code->attribute("listName") == "reserved-procurement") return value_of(code).text;
  return {};
}

EformsProject project_of(const XmlNode* project, const std::string& language) {
  EformsProject p;
  if (!project) return p;
  p.title = text_in(project, "Name", language);
  p.description = text_in(project, "Description", language);
  p.cpv = cpv_codes(*project);
  p.nuts = nuts_codes(*project);
  p.value = estimated_value(*project);
  return p;
}

std::vector<EformsProject> lots_of(const XmlNode& root, const std::string& language) {
  std::vector<EformsProject> out;
  for (const auto* lot : root.children_named("ProcurementProjectLot")) {
    const auto* id = lot->child("ID");
    if (!id || id->attribute("schemeName") == "LotsGroup") continue;
    auto p = project_of(lot->child("ProcurementProject"), language);
    p.id = value_of(id).text;
    p.reserved = reservation_of(lot->child("TenderingTerms"));
    p.deadline = deadline_of(lot->child("TenderingProcess"));
    out.push_back(std::move(p));
  }
  return out;
}

std::string party_id(const XmlNode* party) { return value_of(at_path(party, {"PartyIdentification", "ID"})).text; }

// The TED eSender signs in as a service provider of the buyer (cac:ServiceProviderParty); it may
// also appear as a contracting party of its own, and is never the buyer.
std::set<std::string> esenders(const XmlNode& root) {
  std::set<std::string> out;
  for (const auto* provider : root.descendants("ServiceProviderParty"))
    if (auto id = party_id(provider->child("Party")); !id.empty()) out.insert(id);
  return out;
}

const XmlNode* organization(const XmlNode& root, const std::string& id) {
  for (const auto* org : root.descendants("Organization"))
    if (const auto* company = org->child("Company"); company && party_id(company) == id) return company;
  return nullptr;
}

EformsOrganization organization_of(const XmlNode& company, const std::string& id, const std::string& language) {
  const auto* address = company.child("PostalAddress");
  return {id,
          name_of(company, language),
          value_of(address ? address->child("CityName") : nullptr),
          value_of(address ? address->child("CountrySubentityCode") : nullptr).text,
          value_of(at_path(address, {"Country", "IdentificationCode"})).text,
          value_of(at_path(&company, {"PartyLegalEntity", "CompanyID"})).text};
}

EformsOrganization buyer_of(const XmlNode& root, const std::string& language, const std::string& path) {
  const auto senders = esenders(root);
  for (const auto* party : root.children_named("ContractingParty")) {
    const std::string id = party_id(party->child("Party"));
    if (id.empty() || senders.count(id)) continue;
    const auto* company = organization(root, id);
    if (!company) fail(path, party->line, "ContractingParty", "no organisation with this id in efac:Organizations", id);
    return organization_of(*company, id, language);
  }
  fail(path, root.line, "ContractingParty", "no buyer: every contracting party is the eSender or has no id");
}

// The child `name` of a notice result whose cbc:ID is `id`: results refer to their tenders,
// tendering parties and contracts by id.
const XmlNode* with_id(const XmlNode& result, std::string_view name, const XmlNode* reference) {
  if (!reference) return nullptr;
  const std::string id = reference->child_text("ID");
  for (const auto* c : result.children_named(name))
    if (c->child_text("ID") == id) return c;
  return nullptr;
}

// Lot result → settled contract → winning tender → tendering party → its (first) tenderer.
EformsAward award_of(const XmlNode& root, const XmlNode& result, const XmlNode& lot_result, const XmlNode& settled,
                     const std::string& language, const std::string& path) {
  EformsAward a;
  a.lot = value_of(at_path(&lot_result, {"TenderLot", "ID"})).text;
  a.contract = settled.child_text("ID");
  const auto* contract = with_id(result, "SettledContract", &settled);
  const auto* tender = with_id(result, "LotTender", contract ? contract->child("LotTender") : lot_result.child("LotTender"));
  const auto* party = with_id(result, "TenderingParty", tender ? tender->child("TenderingParty") : nullptr);
  const std::string org = value_of(at_path(party, {"Tenderer", "ID"})).text;
  const auto* company = org.empty() ? nullptr : organization(root, org);
  if (!company) fail(path, lot_result.line, "Tenderer", "no winning organisation in efac:Organizations", a.contract);
  if (contract) a.date = {value_of(contract->child("IssueDate")), ""};
  if (const auto* amount = at_path(tender, {"LegalMonetaryTotal", "PayableAmount"}))
    a.value = EformsAmount{value_of(amount), amount->attribute("currencyID")};
  a.winner = organization_of(*company, org, language);
  return a;
}

std::vector<EformsAward> awards_of(const XmlNode& root, const std::string& language, const std::string& path) {
  std::vector<EformsAward> out;
  for (const auto* result : root.descendants("NoticeResult"))
    for (const auto* lot_result : result->children_named("LotResult"))
      for (const auto* settled : lot_result->children_named("SettledContract"))
        out.push_back(award_of(root, *result, *lot_result, *settled, language, path));
  return out;
}

const XmlNode* publication(const XmlNode& root) {
  const auto found = root.descendants("Publication");
  return found.empty() ? nullptr : found.front();
}

}  // namespace

EformsNotice read_eforms_notice(const std::string& path) {
  const std::string text = read_file(path, kMaxNoticeBytes);
  require_utf8(text, path, 0);
  const XmlNode root = parse_xml(text, path);
  static const std::set<std::string> kForms = {"ContractNotice", "PriorInformationNotice", "ContractAwardNotice"};
  if (!kForms.count(root.name))
    fail(path, root.line, root.name,
         "not an eForms contract, prior information or award notice (expected <ContractNotice>, "
         "<PriorInformationNotice> or <ContractAwardNotice>)");
  EformsNotice n;
  n.form = root.name;
  n.notice_type = root.child_text("NoticeTypeCode");
  n.language = chosen_language(root);
  const auto* published = publication(root);
  n.id = published ? published->child_text("NoticePublicationID") : "";
  if (n.id.empty()) n.id = root.child_text("ID");
  if (n.id.empty()) fail(path, root.line, "ID", "the notice has no identifier (cbc:ID)");
  n.published = published && published->child("PublicationDate")
                    ? EformsDate{value_of(published->child("PublicationDate")), ""}
                    : EformsDate{value_of(root.child("IssueDate")), root.child_text("IssueTime")};
  n.procedure = project_of(root.child("ProcurementProject"), n.language);
  n.lots = lots_of(root, n.language);
  n.buyer = buyer_of(root, n.language, path);
  n.folder = root.child_text("ContractFolderID");
  if (n.form == "ContractAwardNotice") n.awards = awards_of(root, n.language, path);
  return n;
}

}  // namespace pesmatch::detail
