#include "reference/terc_source.hpp"

#include <string_view>

#include "core/xml.hpp"
#include "pesmatch/error.hpp"
#include "reference/csv.hpp"

namespace pesmatch::detail {
namespace {

bool ends_with_xml(const std::string& path) {
  return path.size() >= 4 && (path.compare(path.size() - 4, 4, ".xml") == 0 ||
                              path.compare(path.size() - 4, 4, ".XML") == 0);
}

std::vector<TercRow> read_csv(const std::string& path) {
  const auto table = CsvTable::read(path);
  const auto woj = table.column("WOJ"), pow = table.column("POW"), gmi = table.column("GMI"),
             rodz = table.column("RODZ"), name = table.column("NAZWA"),
             kind = table.column("NAZWA_DOD"), as_of = table.column("STAN_NA");
  std::vector<TercRow> rows;
  rows.reserve(table.records().size());
  for (const auto& r : table.records()) {
    auto f = [&](std::size_t c) { return std::string(trim(CsvTable::field(r, c))); };
    rows.push_back({r.line, f(woj), f(pow), f(gmi), f(rodz), f(name), f(kind), f(as_of)});
  }
  return rows;
}

// GUS's XML is flat: <teryt><catalog><row><WOJ>02</WOJ><POW/>…</row>…; the shared XML reader
// keeps the reference layer free of an XML library.
std::vector<TercRow> read_xml(const std::string& path) {
  const auto root = parse_xml(read_file(path), path);
  std::vector<TercRow> rows;
  for (const XmlNode* row : root.descendants("row")) {
    auto f = [&](std::string_view tag) { return std::string(trim(row->child_text(tag))); };
    rows.push_back({row->line, f("WOJ"), f("POW"), f("GMI"), f("RODZ"), f("NAZWA"), f("NAZWA_DOD"), f("STAN_NA")});
  }
  if (rows.empty()) throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, {}, {}}, "no <row> in TERC XML");
  return rows;
}

}  // namespace

std::vector<TercRow> read_terc(const std::string& path) {
  return ends_with_xml(path) ? read_xml(path) : read_csv(path);
}

}  // namespace pesmatch::detail
