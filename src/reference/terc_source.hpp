// Readers for the two published forms of GUS's TERC register: the CSV and the official XML.
#pragma once

#include <string>
#include <vector>

namespace pesmatch::detail {

/// One row of TERC as published: component codes and names, before validation.
struct TercRow {
  std::size_t line = 0;
  std::string woj, pow, gmi, rodz, name, kind, as_of;
};

/// Reads TERC from `terc_2025.csv`-style CSV or GUS's `TERC_Urzedowy_*.xml`, chosen by extension.
std::vector<TercRow> read_terc(const std::string& path);

}  // namespace pesmatch::detail
