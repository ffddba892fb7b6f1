// The only file compiled with absolute paths (src/CMakeLists.txt), so that the rest of the library
// does not depend on where it was built or will be installed.
#include "core/default_paths.hpp"

#include <algorithm>
#include <filesystem>

namespace pesmatch::detail {
namespace {

// build/pesmatch, the tests and the benchmarks run from the build tree and use the source tree's
// data as they always did; a program anywhere else (an installed pesmatch, a program linking the
// installed library) uses the install prefix. The running executable decides, not the library's
// own file, so that a static link behaves as a shared one.
bool running_from_build_tree() {
  static const bool answer = [] {
    std::error_code ec;
    const auto exe = std::filesystem::canonical("/proc/self/exe", ec);
    if (ec) return false;
    const auto build = std::filesystem::weakly_canonical(PESMATCH_BUILD_TREE, ec);
    if (ec) return false;
    const auto mismatch = std::mismatch(build.begin(), build.end(), exe.begin(), exe.end());
    return mismatch.first == build.end();
  }();
  return answer;
}

}  // namespace

std::string default_data_dir() {
  return running_from_build_tree() ? PESMATCH_SOURCE_DATA_DIR : PESMATCH_INSTALLED_DATA_DIR;
}

std::string default_reference_dir() {
  return running_from_build_tree() ? PESMATCH_SOURCE_REFERENCE_DIR : PESMATCH_INSTALLED_REFERENCE_DIR;
}

}  // namespace pesmatch::detail
