// The web page's files, embedded into the binary at build time from web/ (see
// cmake/PesmatchEmbedWeb.cmake), so that `pesmatch serve` needs no files beside it.
#pragma once

#include <span>

#include "core/embedded.hpp"

namespace pesmatch::server {

/// One embedded file.
using Asset = detail::EmbeddedFile;

/// All embedded files (generated source).
std::span<const Asset> web_assets();

}  // namespace pesmatch::server
