// PlaceLookup: the place picker's search. The typed name goes first through the one place-name
// resolver (Territory::resolve_place), so the picker agrees with the importers; prefix matches
// over the keyed unit names then complete what is still being typed.
#include <algorithm>
#include <cctype>
#include <tuple>

#include "core/utf8.hpp"
#include "pesmatch/lookup.hpp"

namespace pesmatch {

struct PlaceLookup::Impl {
  const Territory* territory;
  std::vector<std::string> keys;  // name_key(name), parallel to units()
};

namespace {

// Whole units only: a town part (types 4, 5) or a dzielnica (8, 9) is offered as its gmina by the
// resolver, never on its own, because tenders name gminy.
bool is_whole_unit(const TerytCode& code) {
  if (code.level() != TerytLevel::gmina) return true;
  const char type = code.str().back();
  return type == '1' || type == '2' || type == '3';
}

bool is_code_text(std::string_view s) {
  return !s.empty() && s.size() <= 7 && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

int level_order(TerytLevel level) { return level == TerytLevel::gmina ? 0 : level == TerytLevel::powiat ? 1 : 2; }

}  // namespace

PlaceLookup::PlaceLookup(const Territory& territory) : impl_(std::make_unique<Impl>()) {
  impl_->territory = &territory;
  impl_->keys.reserve(territory.units().size());
  for (const auto& u : territory.units()) impl_->keys.push_back(detail::name_key(u.name));
}
PlaceLookup::PlaceLookup(PlaceLookup&&) noexcept = default;
PlaceLookup& PlaceLookup::operator=(PlaceLookup&&) noexcept = default;
PlaceLookup::~PlaceLookup() = default;

std::vector<PlaceMatch> PlaceLookup::search(std::string_view text, std::size_t limit) const {
  const Territory& t = *impl_->territory;
  const auto& units = t.units();
  std::vector<TerytCode> found;
  auto add = [&](const TerytCode& c) {
    if (std::find(found.begin(), found.end(), c) == found.end()) found.push_back(c);
  };
  const std::string key = detail::name_key(text);
  if (key.empty() || limit == 0) return {};

  if (is_code_text(key)) {
    for (const auto& u : units)
      if (is_whole_unit(u.code) && u.code.str().compare(0, key.size(), key) == 0) add(u.code);
  } else {
    const auto resolved = t.resolve_place(PlaceQuery{.town = text});
    if (resolved.gmina) add(*resolved.gmina);
    for (const auto& c : resolved.candidates) add(c);
    for (auto level : {TerytLevel::powiat, TerytLevel::wojewodztwo})
      for (const auto& c : t.find_by_name(key, level)) add(c);
    std::vector<std::size_t> prefixed;
    for (std::size_t i = 0; i < units.size(); ++i)
      if (is_whole_unit(units[i].code) && impl_->keys[i].compare(0, key.size(), key) == 0) prefixed.push_back(i);
    std::sort(prefixed.begin(), prefixed.end(), [&](std::size_t a, std::size_t b) {
      return std::forward_as_tuple(level_order(units[a].code.level()), impl_->keys[a], a) <
             std::forward_as_tuple(level_order(units[b].code.level()), impl_->keys[b], b);
    });
    for (auto i : prefixed) add(units[i].code);
  }

  std::vector<PlaceMatch> out;
  for (const auto& code : found) {
    if (out.size() == limit) break;
    const auto* unit = t.find(code);
    if (!unit) continue;
    PlaceMatch m{*unit, t.describe(code), {}};
    if (code.level() != TerytLevel::wojewodztwo) {
      if (code.level() == TerytLevel::gmina)
        if (const auto* p = t.find(code.powiat())) m.parents = "powiat " + p->name + ", ";
      if (const auto* w = t.find(code.wojewodztwo())) m.parents += "woj. " + detail::lowercase(w->name);
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace pesmatch
