// The texts of a synthetic PES: its name, its description composed sentence by sentence from the
// phrase tables, its service tags, and its contact data and identifiers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "synth/phrases.hpp"
#include "synth/random.hpp"
#include "synth/world.hpp"

namespace pesmatch::synth {

/// What has been decided about a PES before its texts are written.
struct PesDraft {
  const World* world = nullptr;               ///< the world it lives in
  const FormText* form = nullptr;             ///< its legal form
  const GminaInfo* seat = nullptr;            ///< its seat
  std::vector<Trade> trades;                  ///< 1–2 trades, main first
  int founded = 2015;                         ///< founding year
  std::optional<int> employees;               ///< head count
  std::optional<int> share_percent;           ///< disadvantaged share in percent
  std::optional<int> radius_km;               ///< service radius
  bool social_enterprise = false;             ///< PS status
  std::string name;                           ///< registered name
  std::string short_name;                     ///< the proper-name part ("Pod Lipami") for addresses
};

/// The registered name, as real PES are named; sets draft.name and draft.short_name.
void make_name(PesDraft& draft, Rng& rng);
/// A description of 1–5 sentences (about 5 % without diacritics).
std::string make_description(const PesDraft& draft, Rng& rng);
/// 2–4 service tags of its trades.
std::vector<std::string> make_services(const PesDraft& draft, Rng& rng);
/// The `contact` object as JSON text: e-mail, phone, www, address (each optional).
std::string make_contact_json(const PesDraft& draft, Rng& rng);
/// A NIP with a valid checksum.
std::string make_nip(Rng& rng);
/// A 9-digit REGON with a valid checksum.
std::string make_regon(Rng& rng);
/// A KRS number.
std::string make_krs(Rng& rng);

}  // namespace pesmatch::synth
