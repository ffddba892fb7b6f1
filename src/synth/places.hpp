// How Polish texts name a place, built from the real unit's name: "na terenie gminy Kłodawa",
// "w powiecie kłodzkim", "we Wrocławiu", "z powiatu kłodzkiego", "Powiatu Kłodzkiego".
#pragma once

#include <string>

#include "synth/random.hpp"
#include "synth/world.hpp"

namespace pesmatch::synth {

/// Where something happens, locative: "na terenie gminy X", "w powiecie Y", "we Wrocławiu", …
void append_place(const World& world, const GminaInfo& seat, Rng& rng, std::string& out);
/// Where a PES comes from: "z gminy X", "z powiatu Y", "we Wrocławiu", …
void append_from(const World& world, const GminaInfo& seat, Rng& rng, std::string& out);
/// An area in the nominative: "powiat kłodzki", "gmina X i okolice", "Wrocław i okolice".
void append_area_nom(const World& world, const GminaInfo& seat, Rng& rng, std::string& out);
/// The seat's powiat as a name part: "Powiatu Kłodzkiego", or "Miasta Wrocław" for a city.
void append_of_powiat(const World& world, const GminaInfo& seat, std::string& out);
/// Capitalizes every word's first letter ("łódzki wschodni" → "Łódzki Wschodni").
std::string capitalize_words(std::string_view text);

}  // namespace pesmatch::synth
