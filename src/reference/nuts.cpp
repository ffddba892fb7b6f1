#include "reference/nuts.hpp"

#include <algorithm>

#include "pesmatch/error.hpp"
#include "reference/csv.hpp"

namespace pesmatch::detail {
namespace {

// Comment lines are blanked rather than removed so that CSV line numbers stay those of the file.
std::string blank_comments(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (text[start] != '#') out.append(text, start, end - start);
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

// Calls `add(code, unit)` for each row of a `<code_column>,teryt` table.
template <typename Add>
void read_table(const std::string& path, const char* code_column, const Territory& territory, Add&& add) {
  const auto table = CsvTable::parse(blank_comments(read_file(path)), path);
  const auto code_col = table.column(code_column), teryt_col = table.column("teryt");
  for (const auto& r : table.records()) {
    const std::string teryt(trim(CsvTable::field(r, teryt_col)));
    auto unit = territory.resolve(teryt);
    if (!unit) throw_invalid(path, r.line, "teryt", unit.problem, teryt);
    add(std::string(trim(CsvTable::field(r, code_col))), *unit.value);
  }
}

}  // namespace

void NutsAreas::add(const std::string& code, const TerytCode& unit) {
  auto& units = regions_[code];
  if (std::find(units.begin(), units.end(), unit) == units.end()) units.push_back(unit);
}

NutsAreas NutsAreas::from_nuts2(const std::string& path, const Territory& territory) {
  NutsAreas out;
  read_table(path, "nuts2", territory, [&](const std::string& code, const TerytCode& unit) { out.add(code, unit); });
  return out;
}

NutsAreas NutsAreas::from_nuts3(const std::string& path, const Territory& territory) {
  NutsAreas out;
  read_table(path, "nuts3", territory, [&](const std::string& code, const TerytCode& powiat) {
    out.add(code, powiat);
    for (std::size_t parent : {4, 3})
      if (code.size() > parent) out.add(code.substr(0, parent), powiat.wojewodztwo());
  });
  return out;
}

std::vector<TerytCode> NutsAreas::areas(std::string_view nuts) const {
  if (nuts.size() < 3 || nuts.substr(0, 2) != "PL") return {};
  for (auto code : {nuts, nuts.substr(0, 4)})
    if (auto it = regions_.find(std::string(code)); it != regions_.end()) return it->second;
  return {};
}

}  // namespace pesmatch::detail
