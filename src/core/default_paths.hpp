// The default data and reference directories, used when neither a flag nor an environment
// variable names one: the source tree's for programs run from the build tree, the installed ones
// otherwise.
#pragma once

#include <string>

namespace pesmatch::detail {

/// The default pesmatch data directory (text/, model.json).
std::string default_data_dir();

/// The default reference directory (TERYT, CPV, PKD).
std::string default_reference_dir();

}  // namespace pesmatch::detail
