// A synthetic PES: legal form by its share among PES, seat by population, 1–2 trades typical of the
// form, and the optional fields of the contract in realistic shares.
#include <algorithm>
#include <cmath>

#include "pesmatch/geo.hpp"
#include "synth/generators.hpp"
#include "synth/pes_text.hpp"
#include "synth/tender_text.hpp"

namespace pesmatch::synth {
namespace {

std::string padded(std::size_t n, std::size_t width) {
  const auto digits = std::to_string(n);
  std::string s(digits.size() < width ? width - digits.size() : 0, '0');
  return s + digits;
}

bool integration_employer(LegalForm f) {
  using enum LegalForm;
  return f == spoldzielnia_socjalna || f == cis || f == kis || f == zaz || f == wtz || f == spoldzielnia_inwalidow ||
         f == spoldzielnia_niewidomych;
}

int status_per_mille(LegalForm f) {
  using enum LegalForm;
  if (f == spoldzielnia_socjalna) return 400;
  if (f == spolka_non_profit) return 350;
  if (f == fundacja || f == stowarzyszenie) return 120;
  return 100;
}

bool registered_in_krs(LegalForm f) {
  using enum LegalForm;
  return f != cis && f != kis && f != zaz && f != wtz && f != kgw;
}

template <typename Code>
void add_distinct(std::vector<Code>& codes, const Code& code) {
  if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
}

Trade any_trade(const PesDraft& d, Rng& rng) { return d.trades.size() > 1 && rng.chance(350) ? d.trades[1] : d.trades[0]; }

void draw_numbers(PesDraft& d, Rng& rng) {
  const auto& f = *d.form;
  d.founded = rng.between(f.founded_min, 2024);
  if (rng.chance(500)) d.founded = std::max(d.founded, rng.between(f.founded_min, 2024));  // younger PES are more
  if (rng.chance(700)) {
    const int mid = (f.employees_min + f.employees_max) / 2;
    d.employees = rng.chance(700) ? rng.between(f.employees_min, mid) : rng.between(mid, f.employees_max);
  }
  if (rng.chance(500)) {
    if (f.form == LegalForm::zaz) d.share_percent = rng.between(70, 95);
    else if (integration_employer(f.form)) d.share_percent = rng.between(30, 95);
    else d.share_percent = rng.between(0, 60);
  }
  d.social_enterprise = rng.chance(status_per_mille(f.form));
}

// `kind` (0–99) chooses: listed powiaty, listed powiaty and a radius, a radius, the województwo.
void draw_area(const World& world, const PesDraft& d, std::uint64_t kind, Rng& rng, Pes& p) {
  const auto& powiat = world.powiaty[d.seat->powiat];
  const auto r = kind;
  if (r < 50 || (r >= 70 && r < 85)) {
    p.service_area.units.push_back(powiat.code);
    for (auto n = rng.below(3); n > 0 && !powiat.neighbours.empty(); --n)
      add_distinct(p.service_area.units, world.powiaty[rng.pick(powiat.neighbours)].code);
  }
  if (r >= 50 && r < 85) p.service_area.radius_km = *d.radius_km;
  if (r >= 85) p.service_area.units.push_back(world.wojewodztwa[powiat.woj].code);
}

void draw_location(const World& world, const GminaInfo& seat, Rng& rng, Pes& p) {
  p.location = world.ref.territory.centroid(seat.code);
  if (!rng.chance(150)) return;
  // Four decimals, as registers give them; a jitter of up to ~4 km around the centroid.
  const LatLon moved{static_cast<double>(std::llround(p.location.lat * 1e4) + rng.between(-400, 400)) / 1e4,
                     static_cast<double>(std::llround(p.location.lon * 1e4) + rng.between(-400, 400)) / 1e4};
  if (inside_poland_box(moved)) p.location = moved;
  p.location_given = true;
}

void draw_codes(const World& world, const PesDraft& d, Rng& rng, Pes& p) {
  if (rng.chance(250))
    for (auto n = 1 + rng.below(4); n > 0; --n) add_distinct(p.cpv, rng.pick(world.codes[static_cast<std::size_t>(any_trade(d, rng))].cpv));
  if (rng.chance(500))
    for (auto n = 1 + rng.below(3); n > 0; --n) add_distinct(p.pkd, rng.pick(world.codes[static_cast<std::size_t>(any_trade(d, rng))].pkd));
}

void draw_references(const World& world, const PesDraft& d, Rng& rng, Pes& p) {
  for (auto n = 1 + rng.below(3); n > 0; --n) {
    const auto trade = any_trade(d, rng);
    const auto buyer = make_buyer(world, rng, d.seat);
    PastContract c;
    c.year = rng.between(std::max(2015, d.founded), 2025);
    c.title = make_title(trade, buyer, *c.year, rng);
    c.buyer = buyer.name;
    if (rng.chance(850)) c.value_pln = static_cast<double>(make_value(trade, rng));
    c.cpv.push_back(rng.pick(world.codes[static_cast<std::size_t>(trade)].cpv));
    p.references.push_back(std::move(c));
  }
}

}  // namespace

Pes make_pes(const World& world, std::size_t index, Rng& rng) {
  const auto form_index = world.form_weights.draw(rng);
  PesDraft d;
  d.world = &world;
  d.form = &form_texts()[form_index];
  d.seat = &world.gminy[world.gmina_weights.draw(rng)];
  for (int i = 0; i < 4 && d.form->form == LegalForm::kgw && d.seat->type == '1'; ++i)
    d.seat = &world.gminy[world.gmina_weights.draw(rng)];  // KGW live in the country
  const auto& trades = world.trades_by_form[form_index];
  d.trades.push_back(static_cast<Trade>(trades.draw(rng)));
  if (rng.chance(300))
    if (const auto second = static_cast<Trade>(trades.draw(rng)); second != d.trades.front()) d.trades.push_back(second);
  draw_numbers(d, rng);
  const bool has_area = rng.chance(400);
  const auto area_kind = rng.below(100);
  if (has_area && area_kind >= 50 && area_kind < 85) d.radius_km = 5 * rng.between(4, 16);
  make_name(d, rng);

  Pes p;
  p.id = "PES" + padded(index + 1, 7);
  p.name = d.name;
  p.legal_form = d.form->form;
  p.social_enterprise = d.social_enterprise;
  p.teryt = d.seat->code;
  draw_location(world, *d.seat, rng, p);
  p.service_area.defaulted = !has_area;
  if (has_area) draw_area(world, d, area_kind, rng, p);
  p.description = make_description(d, rng);
  if (rng.chance(550)) p.services = make_services(d, rng);
  draw_codes(world, d, rng, p);
  p.employees = d.employees;
  if (d.share_percent) p.disadvantaged_share = *d.share_percent / 100.0;
  if (registered_in_krs(p.legal_form) && rng.chance(450)) p.krs = make_krs(rng);
  if (rng.chance(400)) {
    if (rng.chance(750)) p.nip = make_nip(rng);
    if (rng.chance(750)) p.regon = make_regon(rng);
  }
  if (rng.chance(180)) draw_references(world, d, rng, p);
  if (rng.chance(800)) p.contact_json = make_contact_json(d, rng);
  return p;
}

}  // namespace pesmatch::synth
