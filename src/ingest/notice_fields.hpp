// What the notice importers (TED R2.0.9, eForms) share: values with the line they come from, the
// text clean-up of XML notices, and the steps from a notice's codes and towns to a tender's CPV
// codes and TERYT places.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/xml.hpp"
#include "pesmatch/importers.hpp"
#include "pesmatch/reference.hpp"

namespace pesmatch::detail {

/// A value as written in the notice, with the line it is on (for messages).
struct NoticeValue {
  std::string text;
  std::size_t line = 0;
};

/// The element at a path of child names, or nullptr when any step is missing.
const XmlNode* at_path(const XmlNode* node, std::initializer_list<std::string_view> names);
/// White space runs (line breaks and tab stops of the form typed into) made one space, trimmed.
std::string squeeze_spaces(std::string_view text);
/// The squeezed text of an element with its line; empty for nullptr.
NoticeValue value_of(const XmlNode* node);
/// Appends `v` unless it is empty or `out` holds its text already.
void add_unique(std::vector<NoticeValue>& out, NoticeValue v);
/// The parts joined by `separator`.
std::string join(const std::vector<std::string>& parts, const char* separator);

/// A note in the contract's message form, `FILE:LINE: FIELD "VALUE": text`.
std::string note(const std::string& path, std::size_t line, std::string field, std::string value, std::string text);
/// A town as typed into the notice form ("Warszawa 00-950", "Kraków, Rzym") cut to its name.
std::string town_name(std::string_view town);
/// The gmina of the buyer's town when the buyer is in Poland (`country` "PL", "POL" or empty); of
/// gminy of one name, the one inside `areas` (the units of the buyer's NUTS code). A town that
/// does not resolve leaves a note and nullopt.
std::optional<TerytCode> buyer_gmina(const NoticeValue& town, std::string_view country,
                                     const std::vector<TerytCode>& areas, const Territory& territory,
                                     ImportReport& report, const std::string& path);
/// The codes found in the vocabulary, in order, without duplicates: eight bare digits get their
/// check digit from it; others are skipped with a note.
std::vector<CpvCode> known_cpv(const std::vector<NoticeValue>& codes, const CpvVocabulary& vocabulary,
                               ImportReport& report, const std::string& path);
/// Places of performance from the regions a notice names (each NUTS code's TERC units): the
/// buyer's gmina stands for the regions that contain it (or for none named), the other regions'
/// units follow; failing both, the units of the buyer's own address.
std::vector<TerytCode> places_of(const std::vector<std::vector<TerytCode>>& regions,
                                 const std::optional<TerytCode>& buyer, const std::vector<TerytCode>& buyer_areas);

}  // namespace pesmatch::detail
