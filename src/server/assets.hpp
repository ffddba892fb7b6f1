// The web page's files, embedded into the binary at build time from web/ (see
// cmake/PesmatchEmbedWeb.cmake), so that `pesmatch serve` needs no files beside it.
#pragma once

#include <span>
#include <string_view>

namespace pesmatch::server {

/// One embedded file.
struct Asset {
  std::string_view name;          ///< file name under web/, e.g. "app.js"
  std::string_view content_type;  ///< MIME type with charset
  std::string_view body;          ///< the bytes
};

/// All embedded files (generated source).
std::span<const Asset> web_assets();

}  // namespace pesmatch::server
