// Territory::resolve_place — the one resolver of hand-typed place names, used by every importer:
// official prefixes ("gmina wiejska", "powiat", "woj."), narrowing by powiat and województwo, and
// the rule for a town that shares its name with the rural gmina around it.
#include <algorithm>
#include <iterator>
#include <span>
#include <utility>

#include "core/utf8.hpp"
#include "pesmatch/teryt.hpp"

namespace pesmatch {
namespace {

// A name as its key, with the gmina types its prefix asks for ("" = any).
struct KeyedName {
  std::string key;
  std::string types;
};

// A written prefix (as a name key) and the gmina types it asks for.
using Prefix = std::pair<std::string_view, std::string_view>;
using Prefixes = std::span<const Prefix>;

KeyedName strip_prefix(std::string_view name, Prefixes prefixes) {
  std::string key = detail::name_key(name);
  for (auto [prefix, types] : prefixes)
    if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0)
      return {key.substr(prefix.size()), std::string(types)};
  return {key, ""};
}

// Longer prefixes first: "gmina miejska x" must not be read as "gmina" + "miejska x".
constexpr Prefix kGminaPrefixes[] = {{"gmina miejsko wiejska ", "3"},
                                     {"gmina miejska ", "1"},
                                     {"gmina wiejska ", "2"},
                                     {"miasto stoleczne ", "1"},
                                     {"m st ", "1"},
                                     {"miasto ", "13"},
                                     {"gmina ", ""},
                                     {"gm ", ""},
                                     {"m ", "13"}};
constexpr Prefix kPowiatPrefixes[] = {{"powiat ", ""}, {"pow ", ""}};
constexpr Prefix kWojewodztwoPrefixes[] = {{"wojewodztwo ", ""}, {"woj ", ""}};

char type_of(const TerytCode& code) { return code.str().back(); }

// Keeps the candidates that `keep` accepts, unless that would leave none: a hint contradicting
// every candidate is more likely a slip (powiat "karkonoski" for the city Jelenia Góra) than
// a reason to reject the place, so it is ignored and noted.
template <typename Keep>
void narrow(std::vector<TerytCode>& candidates, Keep keep, const std::string& hint, std::string& note) {
  std::vector<TerytCode> kept;
  std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(kept), keep);
  if (!kept.empty()) {
    candidates = std::move(kept);
  } else {
    if (!note.empty()) note += "; ";
    note += hint + " ignored: it does not contain the named gmina";
  }
}

void narrow_by_area(const Territory& t, std::vector<TerytCode>& candidates, std::string_view name,
                    const Prefixes& prefixes, TerytLevel level, const char* what, std::string& note) {
  if (detail::name_key(name).empty()) return;
  const auto areas = t.find_by_name(strip_prefix(name, prefixes).key, level);
  const std::string hint = std::string(what) + " \"" + std::string(name) + "\"";
  if (areas.empty()) {
    if (!note.empty()) note += "; ";
    note += hint + " ignored: no such " + what + " in TERYT";
    return;
  }
  narrow(
      candidates,
      [&](const TerytCode& c) {
        return std::any_of(areas.begin(), areas.end(), [&](const TerytCode& a) { return a.contains(c); });
      },
      hint, note);
}

enum class Seat { town, village, unknown };

// Bolesławiec is a gmina miejska (the town) inside a gmina wiejska of the same name. A town of
// that name is the urban gmina; another locality placed in "gmina Bolesławiec" is in the rural one.
void apply_seat_rule(std::vector<TerytCode>& candidates, Seat seat) {
  if (seat == Seat::unknown) return;
  std::vector<TerytCode> drop;
  for (const auto& urban : candidates) {
    if (type_of(urban) != '1') continue;
    for (const auto& rural : candidates)
      if (type_of(rural) == '2' && rural.powiat() == urban.powiat()) drop.push_back(seat == Seat::town ? rural : urban);
  }
  std::erase_if(candidates, [&](const TerytCode& c) { return std::find(drop.begin(), drop.end(), c) != drop.end(); });
}

std::vector<TerytCode> gminy_named(const Territory& t, std::string_view name, std::string& note) {
  const auto keyed = strip_prefix(name, kGminaPrefixes);
  auto candidates = t.find_by_name(keyed.key, TerytLevel::gmina);
  if (!keyed.types.empty())
    narrow(
        candidates, [&](const TerytCode& c) { return keyed.types.find(type_of(c)) != std::string::npos; },
        "the kind in \"" + std::string(name) + "\"", note);
  return candidates;
}

std::string describe_candidate(const Territory& t, const TerytCode& code) {
  std::string out = code.str() + " " + t.describe(code);
  const auto* powiat = t.find(code.powiat());
  const auto* woj = t.find(code.wojewodztwo());
  if (powiat && woj) {
    out.pop_back();  // the ')' closing the kind
    out += ", powiat " + powiat->name + ", woj. " + detail::lowercase(woj->name) + ")";
  }
  return out;
}

}  // namespace

PlaceResolution Territory::resolve_place(const PlaceQuery& query) const {
  PlaceResolution result;
  const std::string gmina_key = strip_prefix(query.gmina, kGminaPrefixes).key;
  const std::string town_key = detail::name_key(query.town);
  std::vector<TerytCode> candidates;
  Seat seat = Seat::town;
  if (!gmina_key.empty()) {
    candidates = gminy_named(*this, query.gmina, result.note);
    seat = town_key.empty() ? Seat::unknown : town_key == gmina_key ? Seat::town : Seat::village;
  }
  if (candidates.empty() && !town_key.empty()) {
    candidates = gminy_named(*this, query.town, result.note);
    seat = Seat::town;
  }
  if (candidates.empty()) {
    result.problem = "no gmina of this name in TERYT (it lists gminy, not villages: give the gmina)";
    return result;
  }
  narrow_by_area(*this, candidates, query.powiat, kPowiatPrefixes, TerytLevel::powiat, "powiat", result.note);
  narrow_by_area(*this, candidates, query.wojewodztwo, kWojewodztwoPrefixes, TerytLevel::wojewodztwo, "województwo",
                 result.note);
  apply_seat_rule(candidates, seat);
  if (candidates.size() == 1) {
    result.gmina = candidates.front();
    return result;
  }
  result.problem = "ambiguous, " + std::to_string(candidates.size()) + " gminy fit: ";
  for (std::size_t i = 0; i < candidates.size(); ++i)
    result.problem += (i ? "; " : "") + describe_candidate(*this, candidates[i]);
  result.problem += "; give the powiat or województwo";
  result.candidates = std::move(candidates);
  return result;
}

}  // namespace pesmatch
