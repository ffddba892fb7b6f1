#include "synth/places.hpp"

namespace pesmatch::synth {
namespace {

std::string_view gmina_word(const GminaInfo& g) { return g.type == '1' ? "miasta " : "gminy "; }

}  // namespace

void append_place(const World& world, const GminaInfo& seat, Rng& rng, std::string& out) {
  const auto& powiat = world.powiaty[seat.powiat];
  const auto r = rng.below(100);
  if (r >= 88) {
    out += "w województwie ";
    out += world.wojewodztwa[powiat.woj].loc;
  } else if (!seat.w_city.empty()) {
    if (r < 45) out += seat.w_city;
    else if (r < 70) (out += seat.w_city) += " i okolicach";
    else (out += "na terenie miasta ") += seat.name;
  } else if (r < 30) {
    ((out += "na terenie ") += gmina_word(seat)) += seat.name;
  } else if (r < 50) {
    (out += "w gminie ") += seat.name;
    if (rng.chance(400)) out += " i okolicach";
  } else if (r < 75) {
    (out += "w powiecie ") += powiat.loc;
  } else {
    (out += "na terenie powiatu ") += powiat.gen;
  }
}

void append_from(const World& world, const GminaInfo& seat, Rng& rng, std::string& out) {
  const auto r = rng.below(100);
  if (!seat.w_city.empty()) {
    if (r < 70) out += seat.w_city;
    else (out += "z terenu miasta ") += seat.name;
    return;
  }
  if (r < 30) (out += "z gminy ") += seat.name;
  else if (r < 60) (out += "z powiatu ") += world.powiaty[seat.powiat].gen;
  else if (r < 80) ((out += "z terenu ") += gmina_word(seat)) += seat.name;
  else (out += "z siedzibą w gminie ") += seat.name;
}

void append_area_nom(const World& world, const GminaInfo& seat, Rng& rng, std::string& out) {
  const auto& powiat = world.powiaty[seat.powiat];
  const auto r = rng.below(100);
  if (!seat.w_city.empty()) {
    out += seat.name;
    out += r < 60 ? " i okolice" : " oraz gminy ościenne";
  } else if (r < 40) {
    (out += "gmina ") += seat.name;
    out += " i gminy sąsiednie";
  } else if (r < 80) {
    (out += "powiat ") += powiat.name;
  } else {
    ((out += "powiat ") += powiat.name) += " i powiaty sąsiednie";
  }
}

void append_of_powiat(const World& world, const GminaInfo& seat, std::string& out) {
  const auto& powiat = world.powiaty[seat.powiat];
  if (powiat.city) (out += "Miasta ") += seat.name;
  else (out += "Powiatu ") += powiat.gen_cap;
}

std::string capitalize_words(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i)
    if (i == 0 || out[i - 1] == ' ' || out[i - 1] == '-') capitalize_at(out, i);
  return out;
}

}  // namespace pesmatch::synth
