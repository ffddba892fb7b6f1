// A synthetic tender: about 15 % reserved under art. 94, 5 % under art. 361 (only social services
// whose main CPV is on the art. 361 list), some with an employment clause (art. 96).
#include <algorithm>

#include "synth/generators.hpp"
#include "synth/tender_text.hpp"

namespace pesmatch::synth {
namespace {

constexpr int kArt361PerMille = 50, kArt94PerMille = 150, kEmploymentPerMille = 120;

// Publication dates fall within these days (2025-01-02 … 2026-06-30).
const long kFirstDay = days_from_civil(2025, 1, 2);
const long kLastDay = days_from_civil(2026, 6, 30);

// A BZP-like notice number: a bijection of the index modulo 10^8, so numbers never repeat.
std::string notice_number(std::size_t index) {
  constexpr std::uint64_t modulus = 100'000'000, multiplier = 48'271, offset = 3'141'592;
  const auto number = std::to_string((static_cast<std::uint64_t>(index) % modulus * multiplier + offset) % modulus);
  std::string digits(8 - number.size(), '0');
  digits += number;
  if (index >= modulus) (digits += '-') += std::to_string(index / modulus);
  return digits;
}

bool bought_by_social_centres(Trade t) {
  return t != Trade::green && t != Trade::recycling && t != Trade::security && t != Trade::handicraft && t != Trade::printing;
}

}  // namespace

Tender make_tender(const World& world, std::size_t index, Rng& rng) {
  Tender t;
  const auto buyer = make_buyer(world, rng, nullptr);
  const auto r = rng.below(1000);
  Trade trade;
  if (r < kArt361PerMille) {
    t.reserved = Reservation::art361;
    trade = rng.chance(750) ? Trade::care : Trade::education;
  } else {
    if (r < kArt361PerMille + kArt94PerMille) t.reserved = Reservation::art94;
    trade = static_cast<Trade>(world.tender_trades.draw(rng));
    // Social-welfare centres buy services for people, not green areas or waste collection.
    for (int i = 0; i < 3 && buyer.social && !bought_by_social_centres(trade); ++i)
      trade = static_cast<Trade>(world.tender_trades.draw(rng));
  }
  const auto& codes = world.codes[static_cast<std::size_t>(trade)];
  const bool employment = t.reserved == Reservation::none && rng.chance(kEmploymentPerMille);

  const long published = kFirstDay + static_cast<long>(rng.below(static_cast<std::uint64_t>(kLastDay - kFirstDay + 1)));
  t.published = iso_date(published);
  const int year = std::stoi(t.published.substr(0, 4)) + (rng.chance(400) ? 1 : 0);

  t.id = "BZP-";
  ((t.id += t.published.substr(0, 4)) += '-') += notice_number(index);
  t.title = make_title(trade, buyer, year, rng);
  if (t.reserved == Reservation::art94 && rng.chance(250)) t.title += " – zamówienie zastrzeżone";
  if (rng.chance(950)) t.description = make_tender_description(trade, buyer, year, t.reserved, employment, rng);
  t.cpv.push_back(t.reserved == Reservation::art361 ? rng.pick(codes.art361) : rng.pick(codes.cpv));
  for (auto n = rng.below(3); n > 0; --n) {
    const auto code = rng.pick(codes.cpv);
    if (std::find(t.cpv.begin(), t.cpv.end(), code) == t.cpv.end()) t.cpv.push_back(code);
  }
  t.buyer_name = buyer.name;
  t.buyer_teryt = buyer.teryt;
  t.places = buyer.places;
  if (trade == Trade::transport && rng.chance(300)) {
    const auto& gminy = world.powiaty[buyer.gmina->powiat].gminy;
    for (auto n = 1 + rng.below(3); n > 0; --n) {
      const auto& code = world.gminy[rng.pick(gminy)].code;
      if (std::find(t.places.begin(), t.places.end(), code) == t.places.end()) t.places.push_back(code);
    }
  }
  if (employment) t.social_clauses.emplace_back("employment");
  if (rng.chance(920)) t.value_pln = static_cast<double>(make_value(trade, rng));
  if (rng.chance(950)) t.deadline = iso_date(published + rng.between(7, 35));
  return t;
}

}  // namespace pesmatch::synth
