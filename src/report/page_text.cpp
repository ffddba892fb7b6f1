#include "report/page_text.hpp"

#include <nlohmann/json.hpp>

#include "report/html.hpp"

namespace pesmatch::detail {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string escaped(const std::string& text, std::string_view name) {
  if (ends_with(name, ".html")) return html_escape(text);
  if (ends_with(name, ".js")) {
    const std::string quoted = nlohmann::json(text).dump();  // a JSON string is a valid JS string
    return quoted.substr(1, quoted.size() - 2);
  }
  return text;
}

}  // namespace

std::string fill_page(std::string_view source, std::string_view name, const Catalogue& words) {
  std::string out;
  out.reserve(source.size() + source.size() / 4);
  std::size_t at = 0;
  for (auto open = source.find("{{"); open != std::string_view::npos; open = source.find("{{", at)) {
    const auto close = source.find("}}", open);
    if (close == std::string_view::npos) break;
    out.append(source, at, open - at);
    out += escaped(words.text(source.substr(open + 2, close - open - 2)), name);
    at = close + 2;
  }
  out.append(source, at);
  return out;
}

}  // namespace pesmatch::detail
