#include "pesmatch/digest.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "report/html.hpp"
#include "report/result_json.hpp"

namespace pesmatch {
namespace {

std::string flags_of(const RankedTender& t) {
  std::string f;
  if (t.reserved_art94) f += " **[zamówienie zastrzeżone — art. 94 PZP]**";
  if (t.reserved_art361) f += " **[zastrzeżone — art. 361 PZP]**";
  if (t.social_services) f += " *[usługi społeczne — zał. XIV]*";
  return f;
}

std::string strongest_factors(const RankedTender& t) {
  std::vector<const FactorExplanation*> top;
  for (const auto& f : t.factors)
    if (f.contribution > 0) top.push_back(&f);
  std::sort(top.begin(), top.end(), [](auto* a, auto* b) {
    return a->contribution != b->contribution ? a->contribution > b->contribution : a->feature < b->feature;
  });
  std::string out;
  for (std::size_t i = 0; i < top.size() && i < 3; ++i)
    out += std::string(i ? "; " : "") + std::string(feature_name(top[i]->feature)) + ": " + top[i]->detail;
  return out;
}

std::string page_of(const SuggestResult& r, const SuggestOptions& options) {
  std::string md = "# Przetargi dla: " + r.pes_name + "\n\n";
  md += "Otwarte postępowania";
  if (!options.published_since.empty()) md += " opublikowane od " + options.published_since;
  if (!options.today.empty()) md += ", stan na " + options.today;
  md += ".\n\n";
  if (r.ranked.empty()) return md + "Brak dopasowanych postępowań w tym okresie.\n";
  for (std::size_t i = 0; i < r.ranked.size(); ++i) {
    const auto& t = r.ranked[i];
    const auto record = nlohmann::json::parse(t.record_json);
    md += std::to_string(i + 1) + ". **" + t.title + "**" + flags_of(t) + "\n";
    md += "   - zamawiający: " + record.value("buyer", nlohmann::json::object()).value("name", std::string("—"));
    if (record.contains("value_pln")) md += "; wartość szacunkowa: " + detail::zloty(record["value_pln"].get<double>());
    md += "\n   - termin składania ofert: " + (t.deadline.empty() ? std::string("—") : t.deadline) +
          "; odległość: " + detail::fixed(t.distance_km, 0) + " km; dopasowanie: " + detail::fixed(t.score, 2) + "\n";
    md += "   - dlaczego: " + strongest_factors(t) + "\n   - numer: " + t.id + "\n";
  }
  return md;
}

}  // namespace

Digest build_digest(Suggester& suggester, std::vector<std::string> members, const SuggestOptions& options) {
  if (members.empty()) members = suggester.pes_ids();
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  Digest digest;
  nlohmann::ordered_json all;
  all["today"] = options.today;
  all["published_since"] = options.published_since;
  all["members"] = nlohmann::ordered_json::array();
  for (const auto& id : members) {
    const auto result = suggester.suggest(id, options);
    all["members"].push_back(detail::suggest_result_json(result));
    digest.pages.emplace_back(id, page_of(result, options));
  }
  digest.json = all.dump(2) + "\n";
  return digest;
}

}  // namespace pesmatch
