#include "rank/pair_features.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <span>

namespace pesmatch::detail {
namespace {

constexpr double kProximityScaleKm = 40.0;
// Within this distance a PES counts as within reach even outside its województwo (the officer's
// "who in the region").
constexpr double kRegionKm = 60.0;
// Below this CPV or PKD fit, codes a PES declares name another trade than the tender's.
constexpr double kOtherTradeCodeFit = 0.5;
// The evidence of texts that name the trade of the main CPV code (one line suffices: "Sezonowe
// sprzątanie plaż" for street and beach cleaning), above kReachEvidence.
constexpr double kTradeNamedEvidence = 0.6;
// What the text fit counts for as evidence. It is BM25 relative to the best candidate of the
// query, so some candidate always has 1 and a related one easily 0.4-0.6 (a regional cook's
// pensjonat and bike trips against roadside mowing); alone, it is half the evidence that naming
// the work's group is.
constexpr double kTextEvidenceShare = 0.5;
// What the texts of a PES whose codes name another trade count for: below kReachEvidence, so
// that only its codes could make it a PES that does the work.
constexpr double kOtherTradeTextShare = 0.35;

// Sets a feature; its detail is built only when the pair is being explained, since most
// candidates are scored and dropped and building text is the costly part.
template <typename Detail>
void set(PairFeatures& out, Feature f, double value, Detail&& detail) {
  out.values[static_cast<std::size_t>(f)] = value;
  if (out.explained) out.details[static_cast<std::size_t>(f)] = {detail()};
}

// A message without arguments, for the details that are a fixed sentence.
Message says(std::string key) { return Message{std::move(key), {}}; }

const char* cpv_level_key(int digits) {
  switch (digits) {
    case 2: return "cpv_level.division";
    case 3: return "cpv_level.group";
    case 4: return "cpv_level.class";
    case 5: return "cpv_level.category";
    default: return "cpv_level.subcategory";
  }
}

// How much of `place` the PES serves: 1 when an area unit contains the place, 0.5 when the
// place contains an area unit (the PES serves part of it), 0 otherwise.
double area_cover(const TerytCode& place, std::span<const TerytCode> units) {
  double best = 0;
  for (const auto& u : units) {
    if (u.contains(place)) return 1.0;
    if (place.contains(u)) best = 0.5;
  }
  return best;
}

}  // namespace

namespace {

std::vector<std::string> sorted_unique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

}  // namespace

TenderContext make_tender_context(const Tender& tender, const CpvVocabulary& cpv, Analyzer& analyzer) {
  const std::string& label = cpv.entry(tender.cpv.front()).label_pl;
  auto trade = analyzer.analyze(label).concepts;  // in order of first occurrence
  std::string head = trade.empty() ? std::string() : trade.front();
  static std::atomic<std::uint64_t> serials{0};
  return TenderContext{tender, sorted_unique(analyzer.analyze(tender.title + ". " + label).concepts),
                       sorted_unique(std::move(trade)), std::move(head), ++serials};
}

double cpv_prefix_grade(int shared_digits, bool identical) noexcept {
  if (identical) return 1.0;
  switch (shared_digits) {
    case 0: case 1: return 0.0;
    case 2: return 0.25;
    case 3: return 0.5;
    case 4: return 0.7;
    case 5: return 0.85;
    default: return 0.95;
  }
}

PairFeatures PairFeatureExtractor::extract(const TenderContext& context, const RankingProfile& profile, double text,
                                           const Eligibility& e, bool explain) {
  const Tender& t = context.tender;
  const Pes& p = profile.pes;
  PairFeatures out;
  out.explained = explain;
  set(out, Feature::text, text, [&] { return says("detail.text").number("percent", text * 100); });
  concept_fit(context, profile, out);
  cpv_fit(t, p, out);
  pkd_fit(t, p, out);
  reference_fit(t, profile, out);
  geography(context, p, out);
  gate_geography(p, names_the_trade(context, profile), out);
  social_fit(t, p, e, out);
  capacity(t, p, out);
  return out;
}

namespace {

// Calls `f` for each concept of `sorted` (sorted, unique) that the profile names: a merge of the
// two sorted lists, reading the profile's concepts in place.
template <class F>
void shared_concepts(const std::vector<std::string>& sorted, const RankingProfile& p, F&& f) {
  auto it = sorted.begin();
  p.for_each_concept([&](std::string_view c) {
    while (it != sorted.end() && std::string_view(*it) < c) ++it;
    if (it != sorted.end() && std::string_view(*it) == c) f(*it++);
  });
}

}  // namespace

void PairFeatureExtractor::concept_fit(const TenderContext& t, const RankingProfile& p, PairFeatures& out) {
  std::size_t shared = 0;
  shared_concepts(t.concepts, p, [&](const std::string&) { ++shared; });
  const double value = t.concepts.empty() ? 0.0 : static_cast<double>(shared) / static_cast<double>(t.concepts.size());
  set(out, Feature::concepts, value, [&] {
    if (t.concepts.empty()) return says("detail.concepts.none");
    std::string names;
    shared_concepts(t.concepts, p, [&](const std::string& c) { names += (names.empty() ? "" : ", ") + c; });
    auto m = says(names.empty() ? "detail.concepts.count" : "detail.concepts.named");
    return m.text("shared", std::to_string(shared)).text("total", std::to_string(t.concepts.size())).text("names", names);
  });
}

bool PairFeatureExtractor::names_the_trade(const TenderContext& t, const RankingProfile& p) {
  std::size_t shared = 0;
  bool head = false;
  shared_concepts(t.trade, p, [&](const std::string& c) {
    ++shared;
    head = head || c == t.trade_head;
  });
  // The work itself, or half of what the label names: one object of the work ("biuro", "szkoła",
  // "osoba niepełnosprawna") is named by many PES of other trades.
  if (shared == 0) return false;
  return head || 2 * shared >= t.trade.size();
}

void PairFeatureExtractor::cpv_fit(const Tender& t, const Pes& p, PairFeatures& out) const {
  double best = 0;
  // Messages are built only for an explained pair: most candidates are scored and dropped.
  Message why;
  if (out.explained) why = says(p.cpv.empty() ? "detail.cpv.none_declared" : "detail.cpv.no_branch");
  for (std::size_t i = 0; i < t.cpv.size(); ++i) {
    // The main code (first) states the subject; additional codes count a little less.
    const double main_factor = i == 0 ? 1.0 : 0.8;
    for (const auto& c : p.cpv) {
      const int shared = t.cpv[i].shared_prefix(c);
      const double g = cpv_prefix_grade(shared, t.cpv[i] == c) * main_factor;
      if (i == 0) out.main_cpv = std::max(out.main_cpv, g);
      if (g > best) {
        best = g;
        if (out.explained)
          why = says(t.cpv[i] == c ? "detail.cpv.identical" : "detail.cpv.shared_level")
                    .text("pes_code", c.str()).term("level", cpv_level_key(shared)).text("code", t.cpv[i].str());
      }
    }
  }
  set(out, Feature::cpv, best, [&] { return why; });
}

void PairFeatureExtractor::pkd_fit(const Tender& t, const Pes& p, PairFeatures& out) {
  double best = 0;
  Message why;
  if (out.explained) why = says(p.pkd.empty() ? "detail.pkd.none_declared" : "detail.pkd.unrelated");
  for (const auto& k : p.pkd) {
    const double f = bridge_.fit(k, t.cpv.front());
    if (f > best) {
      best = f;
      if (out.explained)
        why = says("detail.pkd.bridge").text("pkd", k.str()).text("pkd_name", ref_.pkd.name(k)).text("code", t.cpv.front().str());
    }
  }
  set(out, Feature::pkd_bridge, best, [&] { return why; });
}

void PairFeatureExtractor::reference_fit(const Tender& t, const RankingProfile& profile, PairFeatures& out) const {
  const Pes& p = profile.pes;
  for (std::size_t i = 0; i < p.references.size(); ++i)
    for (const auto& code : p.references[i].cpv)
      if (code.shared_prefix(t.cpv.front()) >= 4) {
        const auto& c = p.references[i];
        set(out, Feature::references, 1.0, [&] {
          auto m = says(c.year ? "detail.references.found_year" : "detail.references.found")
                       .text("title", std::string(profile.reference_title(i)));
          return c.year ? m.text("year", std::to_string(*c.year)) : m;
        });
        return;
      }
  set(out, Feature::references, 0.0, [&] {
    return says(p.references.empty() ? "detail.references.none_listed" : "detail.references.none_in_class");
  });
}

void PairFeatureExtractor::prepare(const TenderContext& t) {
  if (t.serial != 0 && t.serial == prepared_) return;
  prepared_ = t.serial;
  places_.clear();
  neighbours_.clear();
  for (const auto& place : t.tender.places) {
    const bool woj = place.level() == TerytLevel::wojewodztwo;
    places_.push_back({ref_.territory.centroid(place), woj, woj ? place : place.powiat(), place.wojewodztwo().str()});
  }
}

bool PairFeatureExtractor::neighbour_of(std::size_t place, const TerytCode& seat_powiat) {
  // Hundreds of candidates share a few seat powiats: remember the answer by (place, powiat).
  std::uint32_t powiat = 0;
  for (char ch : seat_powiat.str()) powiat = powiat * 10 + static_cast<std::uint32_t>(ch - '0');
  const auto key = static_cast<std::uint32_t>(place) << 16 | powiat;
  if (auto it = neighbours_.find(key); it != neighbours_.end()) return it->second;
  const bool yes = ref_.territory.neighbours(places_[place].powiat, seat_powiat);
  neighbours_.emplace(key, yes);
  return yes;
}

void PairFeatureExtractor::geography(const TenderContext& context, const Pes& p, PairFeatures& out) {
  prepare(context);
  const Tender& t = context.tender;
  const auto& territory = ref_.territory;
  double distance = INFINITY, area = 0, gmina = 0, powiat = 0, neighbour = 0, woj = 0;
  std::string nearest;
  const TerytCode seat_powiat = p.teryt.powiat();
  const std::string_view seat_woj = std::string_view(p.teryt.str()).substr(0, 2);
  // A defaulted area is the seat's powiat.
  const auto units = p.service_area.defaulted ? std::span<const TerytCode>(&seat_powiat, 1) : std::span<const TerytCode>(p.service_area.units);
  for (std::size_t i = 0; i < t.places.size(); ++i) {
    const auto& place = t.places[i];
    const Place& facts = places_[i];
    const double to_centroid = great_circle_km(p.location, facts.centroid);
    const double d = facts.wojewodztwo && place.contains(p.teryt) ? 0.0 : to_centroid;
    if (d < distance) {
      distance = d;
      if (out.explained) nearest = territory.describe(place);
    }
    area = std::max(area, area_cover(place, units));
    if (p.service_area.radius_km && to_centroid <= *p.service_area.radius_km)
      area = 1.0;
    // A gmina code's type digit differs between the urban and rural parts of one gmina.
    if (place.level() == TerytLevel::gmina && place.str().compare(0, 6, p.teryt.str(), 0, 6) == 0) gmina = 1.0;
    if (place.contains(seat_powiat) || (!facts.wojewodztwo && facts.powiat == seat_powiat))
      powiat = 1.0;
    else if (!facts.wojewodztwo && neighbour_of(i, seat_powiat))
      neighbour = 1.0;
    if (facts.woj == seat_woj) woj = 1.0;
  }
  if (powiat > 0) neighbour = 0;
  out.distance_km = distance;
  // The tier the officer asks in turn: who serves the place, who is in this or the next powiat,
  // who is in the region. gate_geography keeps it only for a PES that does the work.
  const double tier = area == 1.0 ? 1.0 : (powiat > 0 || neighbour > 0 || area > 0) ? 0.75 : (woj > 0 || distance <= kRegionKm) ? 0.5 : 0.0;
  set(out, Feature::reach, tier, [&] {
    return tier == 1.0    ? says("detail.reach.area")
           : tier == 0.75 ? says("detail.reach.powiat")
           : tier == 0.5  ? says("detail.reach.region")
                          : says("detail.reach.far").number("km", distance);
  });
  set(out, Feature::proximity, std::exp(-distance / kProximityScaleKm),
      [&] { return says("detail.proximity").number("km", distance).text("place", nearest); });
  set(out, Feature::service_area, area, [&] {
    return says(area == 1.0 ? "detail.service_area.inside" : area > 0 ? "detail.service_area.partial" : "detail.service_area.outside");
  });
  set(out, Feature::same_gmina, gmina, [&] { return says(gmina > 0 ? "detail.gmina.same" : "detail.gmina.other"); });
  set(out, Feature::same_powiat, powiat, [&] { return says(powiat > 0 ? "detail.powiat.same" : "detail.powiat.other"); });
  set(out, Feature::neighbour_powiat, neighbour, [&] { return says(neighbour > 0 ? "detail.neighbour.yes" : "detail.neighbour.no"); });
  set(out, Feature::same_wojewodztwo, woj, [&] { return says(woj > 0 ? "detail.wojewodztwo.same" : "detail.wojewodztwo.other"); });
}

void PairFeatureExtractor::capacity(const Tender& t, const Pes& p, PairFeatures& out) const {
  // One person-year of services costs roughly 150,000 zł; an order worth more needs more staff.
  constexpr double kZlotyPerPerson = 150000.0;
  if (!t.value_pln || !p.employees) {
    set(out, Feature::capacity, 0.5, [&] { return says(!p.employees ? "detail.capacity.staff_unknown" : "detail.capacity.value_unknown"); });
    return;
  }
  const double needed = std::max(1.0, *t.value_pln / kZlotyPerPerson);
  set(out, Feature::capacity, std::min(1.0, *p.employees / needed), [&] {
    return says("detail.capacity.ratio").text("employees", std::to_string(*p.employees)).number("needed", std::ceil(needed))
        .number("value", *t.value_pln);
  });
}

void PairFeatureExtractor::gate_geography(const Pes& p, bool names_the_trade, PairFeatures& out) {
  // Nearness is worth something only for a PES that does this kind of work: a local laundry is
  // no answer to a catering order. So the geographic features count in proportion to the
  // evidence that the PES does the work, and the model stays a plain weighted sum. The gate
  // saturates at half the evidence: a PES that clearly does the work counts fully, whoever is
  // nearest. `reach` counts only once the evidence clears kReachEvidence.
  const auto value = [&](Feature f) { return out.values[static_cast<std::size_t>(f)]; };
  // The main code states the work; an additional code names a part of it (the transport of a
  // children's camp, the refuse bins along the streets to clean), so a PES whose codes fit only
  // an additional code does part of the work, not the work.
  const double codes = std::max({out.main_cpv, value(Feature::pkd_bridge), value(Feature::references)});
  // A PES whose own codes name another trade (training, advocacy, another service) and whose
  // texts mention this one most likely trains for it or campaigns about it: its texts count
  // for about a third.
  const bool other_trade = (!p.cpv.empty() || !p.pkd.empty()) && codes < kOtherTradeCodeFit;
  const double said = std::max({value(Feature::text) * kTextEvidenceShare, value(Feature::concepts),
                                names_the_trade ? kTradeNamedEvidence : 0.0});
  const double words = said * (other_trade ? kOtherTradeTextShare : 1.0);
  const double evidence = std::max(codes, words);
  const double fit = std::min(1.0, 2 * evidence);
  for (Feature f : {Feature::proximity, Feature::service_area, Feature::same_gmina, Feature::same_powiat,
                    Feature::neighbour_powiat, Feature::same_wojewodztwo}) {
    out.values[static_cast<std::size_t>(f)] *= fit;
    if (out.explained) out.details[static_cast<std::size_t>(f)].push_back(says("detail.gate").number("fit", fit, 2));
  }
  const bool capable = evidence >= kReachEvidence;
  if (!capable) out.values[static_cast<std::size_t>(Feature::reach)] = 0;
  if (out.explained) {
    const char* source = codes >= words ? "codes" : other_trade ? "discounted" : "texts";
    out.details[static_cast<std::size_t>(Feature::reach)].push_back(
        says(capable ? "detail.reach.evidence" : "detail.reach.weak")
            .number("evidence", evidence, 2)
            .term("source", std::string("detail.reach.source.") + source));
  }
}

void PairFeatureExtractor::social_fit(const Tender& t, const Pes& p, const Eligibility& e, PairFeatures& out) const {
  if (t.reserved != Reservation::none) {
    out.values[static_cast<std::size_t>(Feature::social_fit)] = e.eligible ? 1.0 : 0.0;
    if (out.explained) out.details[static_cast<std::size_t>(Feature::social_fit)] = e.message;
    return;
  }
  const bool employment_clause = std::find(t.social_clauses.begin(), t.social_clauses.end(), "employment") != t.social_clauses.end();
  if (employment_clause && is_art94_contractor(p)) {
    set(out, Feature::social_fit, 1.0, [&] { return says("detail.social.employment_clause_met"); });
    return;
  }
  set(out, Feature::social_fit, 0.0, [&] {
    return says(employment_clause ? "detail.social.employment_clause_unmet" : "detail.social.open");
  });
}

}  // namespace pesmatch::detail
