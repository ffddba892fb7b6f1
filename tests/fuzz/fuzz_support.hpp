// Shared by the libFuzzer targets: the reference data loaded once, and the fuzz input written to a
// scratch file, since pesmatch's readers take paths (the file layer is part of what is fuzzed).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "pesmatch/reference.hpp"

namespace pesmatch::fuzz {

/// The reference data of $PESMATCH_REFERENCE or ../shared/reference, loaded on first use.
const ReferenceData& reference();

/// The repository's data/ directory (for data/reference/nuts2_teryt.csv).
std::string data_dir();

/// Writes the input to a per-process scratch file ending in `suffix` and returns its path.
std::string write_input(const std::uint8_t* data, std::size_t size, const std::string& suffix);

}  // namespace pesmatch::fuzz
