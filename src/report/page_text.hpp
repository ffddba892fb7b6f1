// The web page's files are templates: each {{key}} is a text of the message catalogue, filled in
// when the server starts, so the page says what the reports say and holds no text of its own.
#pragma once

#include <string>
#include <string_view>

#include "pesmatch/messages.hpp"

namespace pesmatch::detail {

/// `source` with each {{key}} replaced by the catalogue's text, escaped for the file's kind
/// (`name` ending in .html: HTML; .js: inside a "…" string literal; else as is).
std::string fill_page(std::string_view source, std::string_view name, const Catalogue& words);

}  // namespace pesmatch::detail
