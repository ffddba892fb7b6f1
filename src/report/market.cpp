#include "pesmatch/market.hpp"

#include <algorithm>

namespace pesmatch {
namespace {

double factor(const RankedPes& p, Feature f) { return p.factors[static_cast<std::size_t>(f)].value; }

// The strongest sign that the PES does this kind of work (the same signals that gate geography).
double service_fit(const RankedPes& p) {
  double fit = 0;
  for (Feature f : {Feature::text, Feature::concepts, Feature::cpv, Feature::pkd_bridge, Feature::references})
    fit = std::max(fit, factor(p, f));
  return fit;
}

void count(ReachCounts& c, const RankedPes& p) {
  c.within_10_km += p.distance_km <= 10;
  c.within_30_km += p.distance_km <= 30;
  c.within_60_km += p.distance_km <= 60;
  c.in_powiat += factor(p, Feature::same_powiat) > 0;
  c.in_wojewodztwo += factor(p, Feature::same_wojewodztwo) > 0;
}

void collect_comparable(const RankedPes& p, const Tender& t, std::vector<ComparableContract>& out) {
  const std::string group = t.cpv.front().digits_str().substr(0, 3);
  for (const auto& r : p.record.references) {
    for (const auto& code : r.cpv) {
      if (code.str().compare(0, 3, group) != 0) continue;
      out.push_back({p.id, p.name, r.title, r.buyer, r.year.value_or(0), r.value_pln.value_or(-1.0), code.str(), "", "", "", ""});
      break;
    }
  }
}

ComparableContract comparable_of(const IndexedContract& a, const std::string& group) {
  const auto& c = a.contract;
  std::string code = c.cpv.front().str();
  for (const auto& k : c.cpv)
    if (k.digits_str().compare(0, 3, group) == 0) {
      code = k.str();
      break;
    }
  return {a.winner_pes, a.winner_pes.empty() ? "" : c.winner.name, c.title, c.buyer_name, std::stoi(c.date.substr(0, 4)),
          c.value_pln.value_or(-1.0), code, c.winner.name, c.winner.nip, c.date, c.notice};
}

// Awarded contracts first; a PES reference that is one of them (linked at index time) is not repeated.
void add_awarded(const std::vector<IndexedContract>& awarded, const Tender& t, std::vector<ComparableContract>& out) {
  const std::string group = t.cpv.front().digits_str().substr(0, 3);
  std::vector<ComparableContract> merged;
  for (const auto& a : awarded) merged.push_back(comparable_of(a, group));
  for (auto& r : out) {
    const bool repeated = std::any_of(merged.begin(), merged.end(), [&](const ComparableContract& m) {
      return !m.pes_id.empty() && m.pes_id == r.pes_id && m.title == r.title && m.year == r.year;
    });
    if (!repeated) merged.push_back(std::move(r));
  }
  out = std::move(merged);
}

Message verdict_of(const MarketSurvey& s) {
  return Message{s.art94_viable ? "market.verdict.viable" : "market.verdict.risky", {}}
      .text("count", std::to_string(s.reachable_art94))
      .text("km", std::to_string(static_cast<int>(s.options.reach_km)))
      .text("min", std::to_string(s.options.min_for_art94));
}

}  // namespace

MarketSurvey survey_market(Matcher& matcher, const Tender& tender, const MarketOptions& options, const std::string& today,
                           const std::vector<IndexedContract>& awarded) {
  MarketSurvey s;
  s.tender = tender;
  s.options = options;
  s.snapshot = matcher.snapshot();
  s.today = today;
  // The survey asks "what if we reserve it?", so eligibility is judged under art. 94 whatever
  // the draft says; every PES able to deliver is counted, eligible or not.
  Tender reserved = tender;
  reserved.reserved = Reservation::art94;
  MatchOptions all;
  all.top_k = matcher.size();
  all.show_excluded = true;
  all.deadline = options.deadline;
  const auto everyone = matcher.match(reserved, all);
  for (const auto* list : {&everyone.ranked, &everyone.excluded}) {
    for (const auto& p : *list) {
      collect_comparable(p, tender, s.comparable);
      if (service_fit(p) < options.can_deliver_fit) continue;
      count(s.able, p);
      if (!p.eligibility.eligible) continue;
      count(s.able_art94, p);
      s.reachable_art94 += p.distance_km <= options.reach_km || factor(p, Feature::same_powiat) > 0;
    }
  }
  add_awarded(awarded, tender, s.comparable);
  std::stable_sort(s.comparable.begin(), s.comparable.end(), [](const auto& a, const auto& b) {
    return std::tie(b.year, b.date, a.pes_id, a.title) < std::tie(a.year, a.date, b.pes_id, b.title);
  });
  s.art94_viable = s.reachable_art94 >= options.min_for_art94;
  s.verdict_message = verdict_of(s);
  s.verdict = Catalogue::of(Language::pl).render(s.verdict_message);
  MatchOptions listed;
  listed.top_k = options.top_k;
  listed.deadline = options.deadline;
  s.ranked = matcher.match(tender, listed);
  return s;
}

}  // namespace pesmatch
