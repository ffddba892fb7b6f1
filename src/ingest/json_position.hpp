// Where a field sits in a JSON document that spans several lines (a tender file written by hand
// or pretty-printed): nlohmann's DOM keeps no positions, so errors found on the parsed record are
// placed by scanning the text once more.
#pragma once

#include <cstddef>
#include <string_view>

namespace pesmatch::detail {

/// The 1-based line where the value at `path` starts in `json`, a path as the ingest layer names
/// fields (`title`, `buyer.teryt`, `cpv[1]`; `[3].cpv[1]` inside a top-level array). When the
/// path is absent (a missing field), the line of its nearest present parent. 1 when nothing of
/// it is found or the text is not JSON.
std::size_t json_line_of(std::string_view json, std::string_view path);

}  // namespace pesmatch::detail
