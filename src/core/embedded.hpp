// Files built into the binary (see cmake/PesmatchEmbedWeb.cmake): the web page's files for the
// server, the message catalogues for the library, so neither needs files beside the binary.
#pragma once

#include <span>
#include <string_view>

namespace pesmatch::detail {

/// One embedded file.
struct EmbeddedFile {
  std::string_view name;          ///< file name in its source folder, e.g. "app.js", "pl.json"
  std::string_view content_type;  ///< MIME type with charset
  std::string_view body;          ///< the bytes
};

/// The message catalogues of data/messages/ (generated source).
std::span<const EmbeddedFile> message_catalogues();

}  // namespace pesmatch::detail
