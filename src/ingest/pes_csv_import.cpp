// import_pes_csv: a PES list as officials keep it in Excel → catalogue records. The file's
// encoding and delimiter are detected, its header mapped to columns (pes_csv_columns), each row
// turned into a contract record and checked by parse_pes; what fails is reported per row.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/encoding.hpp"
#include "core/utf8.hpp"
#include "ingest/pes_csv_columns.hpp"
#include "pesmatch/importers.hpp"
#include "pesmatch/ingest.hpp"
#include "reference/csv.hpp"

namespace pesmatch {
namespace {

using detail::CsvRecord;
using detail::CsvTable;
using detail::PesColumn;

constexpr std::size_t kHeaderSearchRows = 10;  // title rows an official may put above the header
// A list of every PES in Poland (~30 000 rows of ~1 kB) fits; a hostile file is refused unread.
constexpr std::size_t kMaxCsvBytes = 32 << 20;

std::string note(const std::string& path, std::size_t line, std::string field, std::optional<std::string> value,
                 std::string text) {
  return Error(ErrorCode::invalid_input, ErrorLocation{path, line, std::move(field), std::move(value)}, std::move(text))
      .what();
}

// Excel saves "CSV UTF-8" (with BOM), plain "CSV" in the system code page (Windows-1250 on
// Polish Windows) and "Unicode text" as UTF-16; CsvTable skips a UTF-8 BOM itself.
std::string to_utf8(std::string raw, const std::string& path, std::vector<std::string>& notes) {
  std::string out;
  if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF")) {
    if (!detail::convert_encoding("UTF-16", "UTF-8", raw, out))
      throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, {}, {}}, "invalid UTF-16 text");
    return out;
  }
  const auto bad = detail::find_invalid_utf8(raw);
  if (!bad) return raw;
  if (!detail::convert_encoding("CP1250", "UTF-8", raw, out)) {
    const auto line =
        1 + static_cast<std::size_t>(std::count(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(*bad), '\n'));
    throw Error(ErrorCode::invalid_input, ErrorLocation{path, line, {}, {}}, "neither UTF-8 nor Windows-1250 text");
  }
  notes.push_back(note(path, 0, {}, {}, "not UTF-8, read as Windows-1250"));
  return out;
}

// The delimiter the first non-empty line uses most, quoted text aside; ',' when it has none.
char detect_delimiter(std::string_view text) {
  const auto start = text.find_first_not_of("\r\n");
  const auto line =
      start == std::string_view::npos ? std::string_view() : text.substr(start, text.find('\n', start) - start);
  std::map<char, std::size_t> counts{{',', 0}, {';', 0}, {'\t', 0}};
  bool quoted = false;
  for (char c : line) {
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && counts.count(c))
      ++counts[c];
  }
  char best = ',';
  for (auto [c, n] : counts)
    if (n > counts[best]) best = c;
  return best;
}

// Which cell of a row holds each column, and the header as the file spells it.
struct Layout {
  std::map<PesColumn, std::size_t> cells;
  std::map<PesColumn, std::string> headers;
  std::size_t header_line = 1;
  std::vector<std::string> unread;  // headers pesmatch does not read

  bool has(PesColumn c) const { return cells.count(c) > 0; }
  std::string_view cell(const CsvRecord& r, PesColumn c) const {
    auto it = cells.find(c);
    return it == cells.end() ? std::string_view() : detail::trim(CsvTable::field(r, it->second));
  }
};

Layout layout_of(const std::vector<std::string>& header, std::size_t line) {
  Layout layout;
  layout.header_line = line;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto column = detail::column_of_header(header[i]);
    if (column && !layout.has(*column)) {
      layout.cells[*column] = i;
      layout.headers[*column] = std::string(detail::trim(header[i]));
    } else if (!detail::trim(header[i]).empty()) {
      layout.unread.emplace_back(detail::trim(header[i]));
    }
  }
  return layout;
}

// The header row: the first row (of the first few) with a name column. Returns the layout and
// the index of the first data record.
std::pair<Layout, std::size_t> find_header(const CsvTable& table) {
  auto layout = layout_of(table.header(), 1);
  for (std::size_t i = 0; !layout.has(PesColumn::name) && i < std::min(kHeaderSearchRows, table.records().size());
       ++i) {
    auto candidate = layout_of(table.records()[i].fields, table.records()[i].line);
    if (candidate.has(PesColumn::name)) return {std::move(candidate), i + 1};
  }
  return {std::move(layout), 0};
}

void require_columns(const Layout& layout, const std::string& path) {
  auto require = [&](PesColumn c, const char* what) {
    if (!layout.has(c)) throw_invalid(path, layout.header_line, what, "missing column");
  };
  require(PesColumn::name, "nazwa");
  require(PesColumn::description, "opis działalności");
  if (!layout.has(PesColumn::teryt) && !layout.has(PesColumn::gmina) && !layout.has(PesColumn::town))
    throw_invalid(path, layout.header_line, "miejscowość", "missing column (or gmina, or TERYT)");
}

// Builds one row's record; fails with the column as the file's header names it.
class RowConverter {
 public:
  RowConverter(const Layout& layout, const ReferenceData& ref, const std::string& path, ImportReport& report)
      : layout_(layout), ref_(ref), path_(path), report_(report) {}

  nlohmann::json convert(const CsvRecord& r) const {
    nlohmann::json j{{"id", id_of(r)}, {"name", std::string(cell(r, PesColumn::name))}};
    j["legal_form"] = std::string(to_string(legal_form(r)));
    if (layout_.has(PesColumn::social_enterprise)) j["social_enterprise"] = social_enterprise(r);
    j["teryt"] = teryt(r);
    j["description"] = std::string(cell(r, PesColumn::description));
    add_lists(r, j);
    if (!cell(r, PesColumn::employees).empty()) j["employees"] = employees(r);
    for (auto [column, field] :
         {std::pair{PesColumn::krs, "krs"}, {PesColumn::nip, "nip"}, {PesColumn::regon, "regon"}})
      if (!cell(r, column).empty()) j[field] = detail::identifier(column, cell(r, column));
    nlohmann::json contact = nlohmann::json::object();
    for (auto [column, field] : {std::pair{PesColumn::email, "email"},
                                 {PesColumn::phone, "phone"},
                                 {PesColumn::www, "www"},
                                 {PesColumn::address, "address"}})
      if (!cell(r, column).empty()) contact[field] = std::string(cell(r, column));
    if (!contact.empty()) j["contact"] = contact;
    return j;
  }

  /// True when the row's id is its own (an id column), not one made from its KRS or line.
  bool has_own_id(const CsvRecord& r) const { return !cell(r, PesColumn::id).empty(); }

  /// The column name to report for a contract field, as the file's header spells it.
  std::string header_of(std::string_view field) const {
    const auto column = detail::column_of_field(field);
    if (column == PesColumn::teryt) return place_header();
    auto it = column ? layout_.headers.find(*column) : layout_.headers.end();
    return it == layout_.headers.end() ? std::string(field) : it->second;
  }

 private:
  std::string_view cell(const CsvRecord& r, PesColumn c) const { return layout_.cell(r, c); }

  [[noreturn]] void fail(const CsvRecord& r, PesColumn c, std::string problem) const {
    throw_invalid(path_, r.line, layout_.headers.at(c), std::move(problem), std::string(cell(r, c)));
  }

  std::string id_of(const CsvRecord& r) const {
    if (!cell(r, PesColumn::id).empty()) return std::string(cell(r, PesColumn::id));
    if (!cell(r, PesColumn::krs).empty()) return "krs-" + detail::identifier(PesColumn::krs, cell(r, PesColumn::krs));
    return "csv-" + std::to_string(r.line);
  }

  LegalForm legal_form(const CsvRecord& r) const {
    const auto text = cell(r, PesColumn::legal_form);
    if (auto form = detail::legal_form_of_phrase(text)) return *form;
    if (layout_.has(PesColumn::legal_form))
      report_.notes.push_back(
          note(path_, r.line, layout_.headers.at(PesColumn::legal_form), std::string(text),
               std::string(text.empty() ? "no legal form" : "unknown legal form") + ", written as \"inna\""));
    return LegalForm::inna;
  }

  bool social_enterprise(const CsvRecord& r) const {
    const auto ps = detail::yes_no(cell(r, PesColumn::social_enterprise));
    if (!ps) fail(r, PesColumn::social_enterprise, "expected tak or nie");
    return *ps;
  }

  long long employees(const CsvRecord& r) const {
    const auto n = detail::whole_number(cell(r, PesColumn::employees));
    if (!n) fail(r, PesColumn::employees, "expected a whole number");
    return *n;
  }

  void add_lists(const CsvRecord& r, nlohmann::json& j) const {
    if (auto items = detail::split_list(cell(r, PesColumn::services)); !items.empty()) j["services"] = items;
    if (auto items = detail::split_list(cell(r, PesColumn::cpv)); !items.empty()) j["cpv"] = items;
    if (auto items = detail::split_list(cell(r, PesColumn::pkd)); !items.empty()) {
      for (auto& item : items) item = detail::pkd_code(item);
      j["pkd"] = items;
    }
  }

  std::string place_header() const {
    for (auto c : {PesColumn::teryt, PesColumn::gmina, PesColumn::town})
      if (layout_.has(c)) return layout_.headers.at(c);
    return "teryt";
  }

  std::string teryt(const CsvRecord& r) const {
    if (!cell(r, PesColumn::teryt).empty()) return detail::teryt_code_cell(cell(r, PesColumn::teryt));
    const PesColumn named = !cell(r, PesColumn::gmina).empty() ? PesColumn::gmina : PesColumn::town;
    if (!layout_.has(named) || cell(r, named).empty())
      throw_invalid(path_, r.line, place_header(), "missing value: the seat's gmina or town is needed");
    const auto place = ref_.territory.resolve_place(PlaceQuery{.town = cell(r, PesColumn::town),
                                                               .gmina = cell(r, PesColumn::gmina),
                                                               .powiat = cell(r, PesColumn::powiat),
                                                               .wojewodztwo = cell(r, PesColumn::wojewodztwo)});
    if (!place) fail(r, named, place.problem);
    if (!place.note.empty())
      report_.notes.push_back(note(path_, r.line, layout_.headers.at(named), std::string(cell(r, named)), place.note));
    return place.gmina->str();
  }

  const Layout& layout_;
  const ReferenceData& ref_;
  const std::string& path_;
  ImportReport& report_;
};

// A row's record validated by parse_pes, with its errors renamed to the file's columns.
std::string checked_record(const RowConverter& rows, const nlohmann::json& record, const CsvRecord& r,
                           const ReferenceData& ref, const std::string& path) {
  const std::string line = record.dump();
  try {
    parse_pes(line, ref, path, r.line);
  } catch (const Error& e) {
    throw Error(e.code(), ErrorLocation{path, r.line, rows.header_of(e.where().field), e.where().value}, e.problem());
  }
  return line;
}

bool blank_row(const CsvRecord& r) {
  return std::all_of(r.fields.begin(), r.fields.end(), [](const std::string& f) { return detail::trim(f).empty(); });
}

}  // namespace

ImportReport import_pes_csv(const std::string& path, const ReferenceData& ref) {
  ImportReport report;
  const std::string text = to_utf8(detail::read_file(path, kMaxCsvBytes), path, report.notes);
  const auto table = CsvTable::parse(text, path, detect_delimiter(text));
  const auto [layout, first] = find_header(table);
  require_columns(layout, path);
  for (const auto& h : layout.unread) report.notes.push_back(note(path, layout.header_line, h, {}, "column not read"));
  if (!layout.has(PesColumn::legal_form))
    report.notes.push_back(
        note(path, layout.header_line, "forma prawna", {}, "no such column: every PES written as \"inna\""));
  const RowConverter rows(layout, ref, path, report);
  std::unordered_map<std::string, std::size_t> first_line;
  for (std::size_t i = first; i < table.records().size(); ++i) {
    const auto& r = table.records()[i];
    if (blank_row(r)) continue;
    ++report.inputs;
    try {
      auto record = rows.convert(r);
      const std::string id = record["id"].get<std::string>();
      if (auto [it, fresh] = first_line.emplace(id, r.line); !fresh) {
        // Two rows may share a KRS (a WTZ run by the association listed above it): only an id
        // the file gives itself must be unique.
        if (rows.has_own_id(r))
          throw_invalid(path, r.line, rows.header_of("id"),
                        "duplicate id (first on line " + std::to_string(it->second) + ")", id);
        record["id"] = "csv-" + std::to_string(r.line);
        report.notes.push_back(note(
            path, r.line, "id", id,
            "already used on line " + std::to_string(it->second) + ", written as " + record["id"].get<std::string>()));
      }
      report.records.push_back(checked_record(rows, record, r, ref, path));
    } catch (const Error& e) {
      if (e.code() != ErrorCode::invalid_input) throw;
      report.rejected.push_back(e);
    }
  }
  return report;
}

}  // namespace pesmatch
