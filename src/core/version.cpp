#include "pesmatch/version.hpp"

namespace pesmatch {

const char* version() noexcept { return PESMATCH_VERSION_STRING; }

}  // namespace pesmatch
