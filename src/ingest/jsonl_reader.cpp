#include "ingest/jsonl_reader.hpp"

#include <cstdio>
#include <memory>

#include "core/utf8.hpp"
#include "pesmatch/error.hpp"

namespace pesmatch::detail {
namespace {

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r") == std::string_view::npos;
}

struct FileCloser {
  void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

}  // namespace

void require_utf8(std::string_view text, const std::string& file, std::size_t line) {
  const auto bad = find_invalid_utf8(text);
  if (!bad) return;
  // Windows-1250 puts ą ę ś ź ż ł ó ń ć in 0xB9, 0xEA, 0x9C, 0x9F, 0xBF, 0xB3, 0xF3, 0xF1, 0xE6.
  std::string problem = "invalid UTF-8 at byte " + std::to_string(*bad + 1);
  const auto b = static_cast<unsigned char>(text[*bad]);
  if (b == 0xB9 || b == 0xEA || b == 0x9C || b == 0x9F || b == 0xBF || b == 0xB3 || b == 0xF3 ||
      b == 0xF1 || b == 0xE6 || b == 0xA5 || b == 0xCA || b == 0x8C || b == 0xAF || b == 0xA3)
    problem += " (the file looks like Windows-1250; save it as UTF-8)";
  throw Error(ErrorCode::invalid_input, ErrorLocation{file, line, {}, {}}, problem);
}

std::size_t for_each_jsonl_line(const std::string& path,
                                const std::function<void(std::size_t, std::string_view)>& on_line,
                                const std::function<void(const Error&)>& on_unreadable_line) {
  // A line that cannot be a record goes to the handler when there is one, else it stops the read.
  const auto unreadable = [&](const Error& e) {
    if (!on_unreadable_line) throw e;
    on_unreadable_line(e);
  };
  std::unique_ptr<std::FILE, FileCloser> in(std::fopen(path.c_str(), "rb"));
  if (!in) throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, "cannot open file");
  std::string line;
  std::size_t line_no = 0, handed = 0;
  bool too_long = false, at_eof = false;
  char buf[1 << 16];
  while (!at_eof) {
    const std::size_t n = std::fread(buf, 1, sizeof buf, in.get());
    if (n < sizeof buf) {
      if (std::ferror(in.get())) throw Error(ErrorCode::io, ErrorLocation{path, line_no + 1, {}, {}}, "read failed");
      at_eof = true;
    }
    std::string_view chunk(buf, n);
    while (!chunk.empty() || (at_eof && (!line.empty() || too_long))) {
      const auto nl = chunk.find('\n');
      const auto piece = chunk.substr(0, nl);
      if (!too_long && line.size() + piece.size() > kMaxLineBytes) too_long = true;
      if (!too_long) line.append(piece);
      if (nl == std::string_view::npos && !at_eof) break;
      chunk = nl == std::string_view::npos ? std::string_view() : chunk.substr(nl + 1);
      ++line_no;
      if (too_long) {
        unreadable(Error(ErrorCode::invalid_input, ErrorLocation{path, line_no, {}, {}},
                         "line longer than " + std::to_string(kMaxLineBytes) + " bytes"));
        ++handed;
        too_long = false;
      } else {
        if (line_no == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        if (!is_blank(line)) {
          ++handed;
          try {
            require_utf8(line, path, line_no);
          } catch (const Error& e) {
            unreadable(e);
            line.clear();
            if (nl == std::string_view::npos) break;
            continue;
          }
          on_line(line_no, line);
        }
      }
      line.clear();
      if (nl == std::string_view::npos) break;
    }
  }
  return handed;
}

}  // namespace pesmatch::detail
