#include "reference/csv.hpp"

#include <fstream>
#include <sstream>

#include "pesmatch/error.hpp"

namespace pesmatch::detail {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, "cannot open file");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, "read failed");
  return std::move(buf).str();
}

std::string read_file(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, "cannot open file");
  std::string out;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    // Counting while reading also bounds what a pipe or a growing file can hand over.
    if (out.size() + static_cast<std::size_t>(in.gcount()) > max_bytes)
      throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, {}, {}},
                  "file larger than " + std::to_string(max_bytes) + " bytes");
    out.append(buf, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, "read failed");
  return out;
}

std::string_view trim(std::string_view s) noexcept {
  auto is_space_at_front = [&](std::string_view v) -> std::size_t {
    if (v.empty()) return 0;
    if (v[0] == ' ' || v[0] == '\t' || v[0] == '\r' || v[0] == '\n') return 1;
    if (v.size() >= 2 && static_cast<unsigned char>(v[0]) == 0xC2 && static_cast<unsigned char>(v[1]) == 0xA0) return 2;
    return 0;
  };
  auto is_space_at_back = [&](std::string_view v) -> std::size_t {
    if (v.empty()) return 0;
    const char c = v.back();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (v.size() >= 2 && static_cast<unsigned char>(v[v.size() - 2]) == 0xC2 &&
        static_cast<unsigned char>(v.back()) == 0xA0)
      return 2;
    return 0;
  };
  while (std::size_t n = is_space_at_front(s)) s.remove_prefix(n);
  while (std::size_t n = is_space_at_back(s)) s.remove_suffix(n);
  return s;
}

CsvTable CsvTable::parse(std::string_view text, std::string origin, char delimiter) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CsvTable table;
  table.origin_ = std::move(origin);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> lines;
  std::vector<std::string> row;
  std::string cell;
  std::size_t line = 1, row_line = 1;
  bool quoted = false, row_started = false;
  std::size_t cells = 0;
  auto end_cell = [&] {
    if (++cells > kMaxCsvCells)
      throw Error(ErrorCode::invalid_input, ErrorLocation{table.origin_, line, {}, {}},
                  "more than " + std::to_string(kMaxCsvCells) + " cells in the file");
    row.push_back(std::move(cell));
    cell.clear();
  };
  auto end_row = [&] {
    end_cell();
    if (!(row.size() == 1 && row[0].empty())) {
      rows.push_back(std::move(row));
      lines.push_back(row_line);
    }
    row.clear();
    row_started = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!row_started) {
      row_line = line;
      row_started = true;
    }
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
    } else if (c == '"' && cell.empty()) {
      quoted = true;
    } else if (c == delimiter) {
      end_cell();
    } else if (c == '\n') {
      ++line;
      end_row();
    } else if (c != '\r') {
      cell += c;
    }
    if (cell.size() > kMaxCsvCellBytes)
      throw Error(ErrorCode::invalid_input, ErrorLocation{table.origin_, row_line, {}, {}},
                  "cell longer than " + std::to_string(kMaxCsvCellBytes) + " bytes");
  }
  if (row_started || !cell.empty()) end_row();
  if (rows.empty())
    throw Error(ErrorCode::invalid_input, ErrorLocation{table.origin_, 0, {}, {}}, "empty CSV file");
  table.header_ = std::move(rows.front());
  for (std::size_t c = 0; c < table.header_.size(); ++c) {
    table.header_[c] = std::string(trim(table.header_[c]));
    table.index_.emplace(table.header_[c], c);
  }
  for (std::size_t r = 1; r < rows.size(); ++r) table.records_.push_back({lines[r], std::move(rows[r])});
  return table;
}

CsvTable CsvTable::read(const std::string& path, char delimiter) {
  return parse(read_file(path), path, delimiter);
}

std::size_t CsvTable::column(std::string_view name) const {
  auto it = index_.find(std::string(name));
  if (it == index_.end())
    throw Error(ErrorCode::invalid_input, ErrorLocation{origin_, 1, std::string(name), {}},
                "missing column");
  return it->second;
}

bool CsvTable::has_column(std::string_view name) const { return index_.count(std::string(name)) > 0; }

std::string_view CsvTable::field(const CsvRecord& r, std::size_t col) noexcept {
  return col < r.fields.size() ? std::string_view(r.fields[col]) : std::string_view();
}

}  // namespace pesmatch::detail
