#include "synth/tender_text.hpp"

#include <algorithm>

#include "synth/places.hpp"

namespace pesmatch::synth {
namespace {

std::string cat(std::string_view a, std::string_view b) { return std::string(a) + std::string(b); }

void gmina_buyer(const GminaInfo& g, Rng& rng, Buyer& b) {
  const std::string n(g.name);
  switch (g.type == '2' ? 0 : g.type == '3' ? 1 + rng.below(2) : 3 + rng.below(4)) {
    case 1: b = {cat("Miasto i Gmina ", n), cat("Miasta i Gminy ", n), cat("Miasto i Gminę ", n), cat("Miasta i Gminy ", n),
                 cat("Urzędu Miasta i Gminy ", n), g.code, {g.code}, &g}; break;
    case 3: b = {cat("Gmina Miejska ", n), cat("Gminy Miejskiej ", n), cat("Gminę Miejską ", n), cat("Gminy Miejskiej ", n),
                 cat("Urzędu Miasta ", n), g.code, {g.code}, &g}; break;
    case 4: b = {cat("Gmina Miasto ", n), cat("Gminy Miasto ", n), cat("Gminę Miasto ", n), cat("Gminy Miasto ", n),
                 cat("Urzędu Miasta ", n), g.code, {g.code}, &g}; break;
    case 5: b = {cat("Miasto ", n), cat("Miasta ", n), cat("Miasto ", n), cat("Miasta ", n), cat("Urzędu Miasta ", n), g.code, {g.code}, &g};
      break;
    default: b = {cat("Gmina ", n), cat("Gminy ", n), cat("Gminę ", n), cat("Gminy ", n),
                  cat(g.type == '2' ? "Urzędu Gminy " : "Urzędu Miejskiego w Gminie ", n), g.code, {g.code}, &g};
  }
  if (!g.w_city.empty() && rng.chance(500)) b.obj_gen = cat("Urzędu Miejskiego ", g.w_city);
}

void social_names(const GminaInfo& g, Rng& rng, Buyer& b) {
  static constexpr std::array<std::array<std::string_view, 2>, 4> city_kinds{{
      {"Miejski Ośrodek Pomocy Społecznej ", "Miejskiego Ośrodka Pomocy Społecznej "},
      {"Miejski Ośrodek Pomocy Rodzinie ", "Miejskiego Ośrodka Pomocy Rodzinie "},
      {"Centrum Usług Społecznych ", "Centrum Usług Społecznych "},
      {"Dom Pomocy Społecznej ", "Domu Pomocy Społecznej "}}};
  const std::string n(g.name);
  const std::string area = cat(g.type == '1' ? "Miasta " : "Gminy ", n);
  if (!g.w_city.empty()) {
    const auto& kind = city_kinds[rng.below(city_kinds.size())];
    b = {cat(kind[0], g.w_city), cat(kind[1], g.w_city), cat(kind[0], g.w_city), area, cat(kind[1], g.w_city), g.code, {g.code}, &g};
  } else if (rng.chance(700)) {
    b = {"Ośrodek Pomocy Społecznej " + area, "Ośrodka Pomocy Społecznej " + area, "Ośrodek Pomocy Społecznej " + area, area,
         "Ośrodka Pomocy Społecznej " + area, g.code, {g.code}, &g};
  } else {
    b = {"Centrum Usług Społecznych " + area, "Centrum Usług Społecznych " + area, "Centrum Usług Społecznych " + area, area,
         "Centrum Usług Społecznych " + area, g.code, {g.code}, &g};
  }
}

void social_buyer(const GminaInfo& g, Rng& rng, Buyer& b) {
  social_names(g, rng, b);
  b.social = true;
}

void powiat_buyer(const World& world, const GminaInfo& g, Rng& rng, Buyer& b) {
  const auto& p = world.powiaty[g.powiat];
  static constexpr std::array<std::string_view, 3> premises{"jednostek organizacyjnych ", "placówek ", "Domu Pomocy Społecznej "};
  b = {"Powiat " + p.nom_cap, "Powiatu " + p.gen_cap, "Powiat " + p.nom_cap, "Powiatu " + p.gen_cap,
       cat(premises[rng.below(premises.size())], "Powiatu " + p.gen_cap), p.code, {}, &g};
  b.places.push_back(rng.chance(500) ? p.code : g.code);
}

void region_buyer(const World& world, const GminaInfo& g, Rng& rng, Buyer& b) {
  const auto& w = world.wojewodztwa[world.powiaty[g.powiat].woj];
  const auto area = cat("Województwa ", w.gen_cap);
  if (rng.chance(500)) b = {cat("Województwo ", w.nom_cap), area, cat("Województwo ", w.nom_cap), area, "Urzędu Marszałkowskiego " + area, w.code, {}, &g};
  else b = {cat("Regionalny Ośrodek Polityki Społecznej ", w.capital_w), cat("Regionalnego Ośrodka Polityki Społecznej ", w.capital_w),
            cat("Regionalny Ośrodek Polityki Społecznej ", w.capital_w), area, cat("Regionalnego Ośrodka Polityki Społecznej ", w.capital_w), w.code, {}, &g};
  b.places.push_back(rng.chance(600) ? w.code : g.code);
}

// Up to `n` distinct indices below `size`, in the order drawn.
std::vector<std::size_t> distinct_indices(std::size_t size, std::uint64_t n, Rng& rng) {
  std::vector<std::size_t> out;
  while (out.size() < std::min<std::size_t>(size, n)) {
    const auto i = static_cast<std::size_t>(rng.below(size));
    if (std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
  }
  return out;
}

// Expands a tender template with the buyer's names and the years.
std::string render(std::string_view tpl, const Buyer& b, int year, Rng& rng) {
  std::string out;
  const Voice voice{};
  auto vars = [&](std::string_view key, std::string& o) {
    if (key == "buyer_gen") o += b.gen;
    else if (key == "buyer_acc") o += b.acc;
    else if (key == "area_gen") o += b.area_gen;
    else if (key == "obj_gen") o += b.obj_gen;
    else if (key == "ty") o += std::to_string(year);
    else if (key == "ty2") o += std::to_string(year + 1);
    else if (key == "gmina") o += b.gmina->name;
    else if (key == "n1") o += std::to_string(rng.between(2, 8));
    else if (key == "n3") o += std::to_string(10 * rng.between(5, 60));
  };
  expand(tpl, rng, voice, vars, out);
  return out;
}

}  // namespace

Buyer make_buyer(const World& world, Rng& rng, const GminaInfo* near) {
  const GminaInfo* g = near;
  if (!g) g = &world.gminy[world.gmina_weights.draw(rng)];
  else if (rng.chance(400)) g = &world.gminy[rng.pick(world.powiaty[near->powiat].gminy)];
  Buyer b;
  const auto r = rng.below(100);
  if (r < 20 && !world.powiaty[g->powiat].city) powiat_buyer(world, *g, rng, b);
  else if (r < 45) social_buyer(*g, rng, b);
  else if (r < 49 && !near) region_buyer(world, *g, rng, b);
  else gmina_buyer(*g, rng, b);
  return b;
}

std::string make_title(Trade trade, const Buyer& buyer, int year, Rng& rng) {
  auto title = render(rng.pick(trade_texts()[static_cast<std::size_t>(trade)].titles), buyer, year, rng);
  capitalize_at(title, 0);
  return title;
}

std::string make_tender_description(Trade trade, const Buyer& buyer, int year, Reservation reserved, bool employment,
                                    Rng& rng) {
  const auto& text = trade_texts()[static_cast<std::size_t>(trade)];
  const auto& common = common_text();
  std::string out = "Przedmiotem zamówienia jest " + render(rng.pick(text.subjects), buyer, year, rng) + ".";
  if (rng.chance(900)) {
    std::vector<std::string> items;
    for (const auto i : distinct_indices(text.scopes.size(), 2 + rng.below(3), rng)) items.push_back(render(text.scopes[i], buyer, year, rng));
    out += rng.chance(500) ? " Zakres obejmuje " : " Zakres zamówienia obejmuje m.in. ";
    append_list(out, items, rng);
    out += '.';
  }
  if (rng.chance(800)) {
    const auto period = render(rng.pick(common.periods), buyer, year, rng);
    auto sentence = std::string(rng.pick(common.period_sentences));
    sentence.replace(sentence.find("{period}"), 8, period);
    auto rendered = render(sentence, buyer, year, rng);
    tidy_period(rendered);
    out += ' ' + rendered;
  }
  for (const auto i : distinct_indices(common.tender_extras.size(), rng.below(3), rng))
    out += ' ' + render(common.tender_extras[i], buyer, year, rng);
  if (reserved == Reservation::art94) out += ' ' + std::string(rng.pick(common.art94_clauses));
  if (reserved == Reservation::art361) out += ' ' + std::string(rng.pick(common.art361_clauses));
  if (employment) {
    const int n = rng.between(1, 4);
    out += n == 1 ? " Zamawiający wymaga zatrudnienia przy realizacji zamówienia co najmniej 1 osoby bezrobotnej lub osoby niepełnosprawnej"
                  : " Zamawiający wymaga zatrudnienia przy realizacji zamówienia co najmniej " + std::to_string(n) +
                        " osób bezrobotnych lub niepełnosprawnych";
    out += " w rozumieniu art. 96 ust. 2 pkt 2 ustawy Pzp, na podstawie umowy o pracę.";
  }
  return out;
}

long make_value(Trade trade, Rng& rng) {
  const auto& text = trade_texts()[static_cast<std::size_t>(trade)];
  // A ladder of ranges growing by a factor of 3 makes values roughly log-uniform, integers only.
  std::vector<std::pair<long, long>> ladder;
  for (long lo = text.value_min_k; lo < text.value_max_k; lo *= 3) ladder.emplace_back(lo, std::min<long>(lo * 3, text.value_max_k));
  const auto [lo, hi] = rng.pick(ladder);
  const long thousands = lo + static_cast<long>(rng.below(static_cast<std::uint64_t>(hi - lo + 1)));
  const long value = thousands * 1000 + (rng.chance(300) ? 100 * static_cast<long>(rng.below(10)) : 0);
  return value;
}

long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string iso_date(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2);
  char buf[11];
  buf[0] = static_cast<char>('0' + y / 1000 % 10);
  buf[1] = static_cast<char>('0' + y / 100 % 10);
  buf[2] = static_cast<char>('0' + y / 10 % 10);
  buf[3] = static_cast<char>('0' + y % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + m / 10);
  buf[6] = static_cast<char>('0' + m % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + d / 10);
  buf[9] = static_cast<char>('0' + d % 10);
  buf[10] = '\0';
  return buf;
}

}  // namespace pesmatch::synth
