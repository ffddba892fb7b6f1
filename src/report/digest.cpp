#include "pesmatch/digest.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "report/html.hpp"
#include "report/result_json.hpp"

namespace pesmatch {
namespace {

std::string flags_of(const Catalogue& words, const RankedTender& t) {
  std::string f;
  for (const auto& key : detail::flag_keys(t))
    f += key == "flag.social_services_annex_xiv" ? " *[" + words.text(key) + "]*" : " **[" + words.text(key) + "]**";
  return f;
}

std::string strongest_factors(const Catalogue& words, const RankedTender& t) {
  std::vector<const FactorExplanation*> top;
  for (const auto& f : t.factors)
    if (f.contribution > 0) top.push_back(&f);
  std::sort(top.begin(), top.end(), [](auto* a, auto* b) {
    return a->contribution != b->contribution ? a->contribution > b->contribution : a->feature < b->feature;
  });
  std::string out;
  for (std::size_t i = 0; i < top.size() && i < 3; ++i)
    out += std::string(i ? "; " : "") + feature_label(words, top[i]->feature) + ": " + words.render(top[i]->message);
  return out;
}

std::string tender_entry(const Catalogue& words, const RankedTender& t, std::size_t rank) {
  const auto say = [&](const char* key) { return Message{key, {}}; };
  std::string md = std::to_string(rank) + ". **" + t.title + "**" + flags_of(words, t) + "\n";
  md += "   - " + words.render(say("digest.buyer").text("buyer", t.record.buyer_name.empty() ? std::string("—") : t.record.buyer_name));
  if (t.record.value_pln) md += words.render(say("digest.value").text("value", detail::zloty(*t.record.value_pln)));
  md += "\n   - " + words.render(say("digest.deadline")
                                     .text("date", t.deadline.empty() ? std::string("—") : t.deadline)
                                     .number("km", t.distance_km)
                                     .number("score", t.score, 2));
  md += "\n   - " + words.render(say("digest.why").text("reasons", strongest_factors(words, t)));
  md += "\n   - " + words.render(say("digest.number").text("id", t.id)) + "\n";
  return md;
}

std::string page_of(const SuggestResult& r, const SuggestOptions& options, Language lang) {
  const auto& words = Catalogue::of(lang);
  std::string md = "# " + words.render(Message{"digest.heading", {}}.text("name", r.pes_name)) + "\n\n";
  md += words.text("digest.open");
  if (!options.published_since.empty()) md += words.render(Message{"digest.published_since", {}}.text("date", options.published_since));
  if (!options.today.empty()) md += words.render(Message{"digest.as_of", {}}.text("date", options.today));
  md += ".\n\n";
  if (r.ranked.empty()) return md + words.text("digest.none") + "\n";
  for (std::size_t i = 0; i < r.ranked.size(); ++i) md += tender_entry(words, r.ranked[i], i + 1);
  return md;
}

// The members a digest covers: those given, else every PES of the index; sorted, each once.
std::vector<std::string> member_ids(const Suggester& suggester, std::vector<std::string> members) {
  if (members.empty()) members = suggester.pes_ids();
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  return members;
}

}  // namespace

std::vector<MemberSummary> summarise_members(Suggester& suggester, std::vector<std::string> members, const SuggestOptions& options) {
  std::vector<MemberSummary> out;
  for (const auto& id : member_ids(suggester, std::move(members))) {
    const auto r = suggester.suggest(id, options);
    out.push_back({id, r.pes_name, r.ranked.size(), r.ranked.empty() ? "" : r.ranked.front().id,
                   r.ranked.empty() ? 0.0 : r.ranked.front().score});
  }
  return out;
}

Digest build_digest(Suggester& suggester, std::vector<std::string> members, const SuggestOptions& options, Language lang) {
  members = member_ids(suggester, std::move(members));
  Digest digest;
  nlohmann::ordered_json all;
  all["today"] = options.today;
  all["published_since"] = options.published_since;
  all["members"] = nlohmann::ordered_json::array();
  for (const auto& id : members) {
    const auto result = suggester.suggest(id, options);
    all["members"].push_back(detail::suggest_result_json(result, lang));
    digest.pages.emplace_back(id, page_of(result, options, lang));
  }
  digest.json = all.dump(2) + "\n";
  return digest;
}

}  // namespace pesmatch
