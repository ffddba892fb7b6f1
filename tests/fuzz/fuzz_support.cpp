#include "fuzz_support.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace pesmatch::fuzz {

const ReferenceData& reference() {
  static const ReferenceData ref = ReferenceData::load(resolve_reference_dir(PESMATCH_FUZZ_REFERENCE_DIR));
  return ref;
}

std::string data_dir() { return PESMATCH_FUZZ_DATA_DIR; }

std::string write_input(const std::uint8_t* data, std::size_t size, const std::string& suffix) {
  // /dev/shm keeps a million writes off the disk; fall back to the temp directory.
  static const std::string dir = std::filesystem::is_directory("/dev/shm")
                                     ? std::string("/dev/shm")
                                     : std::filesystem::temp_directory_path().string();
  const std::string path = dir + "/pesmatch-fuzz-" + std::to_string(::getpid()) + suffix;
  // Removed when the fuzzer exits, so that runs leave nothing behind in /dev/shm.
  static const struct Cleanup {
    std::string path;
    ~Cleanup() { std::remove(path.c_str()); }
  } cleanup{path};
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (size && std::fwrite(data, 1, size, f) != size) std::abort();
  std::fclose(f);
  return path;
}

}  // namespace pesmatch::fuzz
