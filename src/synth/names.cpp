// Names, contact data and registry identifiers of synthetic PES.
#include <array>

#include "synth/pes_text.hpp"
#include "synth/places.hpp"

namespace pesmatch::synth {
namespace {

std::string digits(Rng& rng, int count) {
  std::string s;
  for (int i = 0; i < count; ++i) s += static_cast<char>('0' + rng.below(10));
  return s;
}

// A proper name: a standalone one, an adjective agreeing with a noun, or a trade-flavoured one.
std::string proper_name(const PesDraft& d, Rng& rng) {
  const auto& common = common_text();
  const auto r = rng.below(100);
  if (r < 35) return std::string(rng.pick(common.standalone_names));
  if (r < 85) {
    const auto gender = rng.below(3);
    const auto& adjective = rng.pick(common.adjectives);
    return std::string(adjective[gender]) + " " + std::string(rng.pick(common.nouns[gender]));
  }
  return std::string(rng.pick(trade_texts()[static_cast<std::size_t>(d.trades.front())].names));
}

void append_phone(const PesDraft& d, Rng& rng, std::string& out) {
  const auto& woj = d.world->wojewodztwa[d.world->powiaty[d.seat->powiat].woj];
  if (rng.chance(300)) out += "+48 ";
  if (rng.chance(550)) {
    (out += rng.pick(woj.phone_areas)) += ' ';
    out += digits(rng, 3) + " " + digits(rng, 2) + " " + digits(rng, 2);
  } else {
    out += static_cast<char>('5' + rng.below(4));
    out += digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3);
  }
}

void append_address(const PesDraft& d, Rng& rng, std::string& out) {
  const auto& seat = *d.seat;
  const auto& woj = d.world->wojewodztwa[d.world->powiaty[seat.powiat].woj];
  const auto number = std::to_string(rng.between(1, 160));
  if (seat.type == '2' && rng.chance(400)) {
    ((out += seat.name) += ' ') += number;
  } else {
    ((((out += "ul. ") += rng.pick(common_text().streets)) += ' ') += number);
    const auto r = rng.below(10);
    if (r < 3) (out += '/') += std::to_string(rng.between(1, 40));
    else if (r < 4) out += static_cast<char>('a' + rng.below(4));
  }
  const int prefix = rng.between(woj.postal_lo, woj.postal_hi);
  out += ", ";
  out += static_cast<char>('0' + prefix / 10);
  out += static_cast<char>('0' + prefix % 10);
  (out += '-') += digits(rng, 3);
  (out += ' ') += seat.name;
}

}  // namespace

void make_name(PesDraft& d, Rng& rng) {
  const auto& common = common_text();
  const Voice voice{};
  auto vars = [&](std::string_view key, std::string& out) {
    if (key == "q" || key == "qt" || key == "kgw") {
      if (key == "q") d.short_name = proper_name(d, rng);
      else if (key == "qt") d.short_name = rng.pick(trade_texts()[static_cast<std::size_t>(d.trades.front())].names);
      else d.short_name = rng.pick(common.kgw_names);
      out += d.short_name;
    } else if (key == "cause") {
      out += rng.pick(common.causes);
    } else if (key == "gmina") {
      out += d.seat->name;
    } else if (key == "of_powiat") {
      append_of_powiat(*d.world, *d.seat, out);
    } else if (key == "w_city") {
      out += d.seat->w_city;
    }
  };
  const bool city = !d.seat->w_city.empty() && rng.chance(750);
  d.name.clear();
  d.short_name.clear();
  expand(rng.pick(city ? d.form->city_names : d.form->names), rng, voice, vars, d.name);
  if (d.short_name.empty()) {
    // No proper name ("Centrum Integracji Społecznej w Gminie Kłodawa"): the form's first word and the place.
    const auto& nom = d.form->nom;
    d.short_name = std::string(nom.substr(0, nom.find(' '))) + " " + std::string(d.seat->name);
  }
}

std::string make_contact_json(const PesDraft& d, Rng& rng) {
  const auto base = slug(d.short_name);
  std::string out = "{";
  auto field = [&](std::string_view key) {
    if (out.size() > 1) out += ", ";
    ((out += '"') += key) += "\": \"";
  };
  if (rng.chance(900)) {
    field("email");
    switch (rng.below(5)) {
      case 0: out += "biuro@" + base + ".pl"; break;
      case 1: out += "kontakt@" + base + ".org.pl"; break;
      case 2: out += base + "@" + std::string(rng.pick(common_text().mail_domains)); break;
      case 3: out += base + "." + slug(d.seat->name, 16) + "@" + std::string(rng.pick(common_text().mail_domains)); break;
      default: out += "sekretariat@" + base + ".pl"; break;
    }
    out += '"';
  }
  if (rng.chance(850)) {
    field("phone");
    append_phone(d, rng, out);
    out += '"';
  }
  if (rng.chance(400)) {
    field("www");
    static constexpr std::array<std::string_view, 4> prefix{"https://", "www.", "", "https://www."};
    static constexpr std::array<std::string_view, 4> suffix{".pl", ".org.pl", ".pl", ".com.pl"};
    (((out += prefix[rng.below(4)]) += base) += suffix[rng.below(4)]) += '"';
  }
  if (rng.chance(750) || out.size() == 1) {
    field("address");
    append_address(d, rng, out);
    out += '"';
  }
  return out + "}";
}

std::string make_nip(Rng& rng) {
  static constexpr std::array<int, 9> weights{6, 5, 7, 2, 3, 4, 5, 6, 7};
  while (true) {
    auto nip = std::to_string(rng.between(101, 999)) + digits(rng, 6);
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) sum += (nip[i] - '0') * weights[i];
    if (sum % 11 == 10) continue;
    return nip + static_cast<char>('0' + sum % 11);
  }
}

std::string make_regon(Rng& rng) {
  static constexpr std::array<int, 8> weights{8, 9, 2, 3, 4, 5, 6, 7};
  auto regon = digits(rng, 8);
  int sum = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) sum += (regon[i] - '0') * weights[i];
  return regon + static_cast<char>('0' + sum % 11 % 10);
}

std::string make_krs(Rng& rng) { return "0000" + std::to_string(rng.between(100000, 999999)); }

}  // namespace pesmatch::synth
