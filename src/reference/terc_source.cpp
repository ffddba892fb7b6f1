#include "reference/terc_source.hpp"

#include <string_view>

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

// GUS's XML is flat: <row><WOJ>02</WOJ><POW/>…</row>. A tag scanner is enough and keeps the
// reference layer free of an XML library.
std::string tag_text(std::string_view row, std::string_view tag) {
  std::string open("<");
  open.append(tag).append(">");
  std::string close("</");
  close.append(tag).append(">");
  const auto start = row.find(open);
  if (start == std::string_view::npos) return {};
  const auto from = start + open.size();
  const auto end = row.find(close, from);
  if (end == std::string_view::npos) return {};
  std::string text(trim(row.substr(from, end - from)));
  for (auto [entity, ch] : {std::pair{"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}}) {
    for (auto p = text.find(entity); p != std::string::npos; p = text.find(entity, p + 1))
      text.replace(p, std::string_view(entity).size(), ch);
  }
  return text;
}

std::vector<TercRow> read_xml(const std::string& path) {
  const std::string xml = read_file(path);
  std::vector<TercRow> rows;
  std::size_t line = 1, scanned = 0;
  for (auto pos = xml.find("<row>"); pos != std::string::npos; pos = xml.find("<row>", pos + 1)) {
    const auto end = xml.find("</row>", pos);
    if (end == std::string::npos)
      throw Error(ErrorCode::invalid_input, ErrorLocation{path, line, "row", {}}, "unterminated <row>");
    for (; scanned < pos; ++scanned) line += xml[scanned] == '\n';
    const std::string_view row(xml.data() + pos, end - pos);
    rows.push_back({line, tag_text(row, "WOJ"), tag_text(row, "POW"), tag_text(row, "GMI"),
                    tag_text(row, "RODZ"), tag_text(row, "NAZWA"), tag_text(row, "NAZWA_DOD"),
                    tag_text(row, "STAN_NA")});
  }
  if (rows.empty()) throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, {}, {}}, "no <row> in TERC XML");
  return rows;
}

}  // namespace

std::vector<TercRow> read_terc(const std::string& path) {
  return ends_with_xml(path) ? read_xml(path) : read_csv(path);
}

}  // namespace pesmatch::detail
