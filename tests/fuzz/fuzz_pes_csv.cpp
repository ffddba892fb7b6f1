// libFuzzer target: a PES spreadsheet export through import_pes_csv — encoding and delimiter
// detection, header matching, cell conversion and the final parse_pes check.
#include "fuzz_support.hpp"
#include "pesmatch/importers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& ref = pesmatch::fuzz::reference();
  const auto path = pesmatch::fuzz::write_input(data, size, ".csv");
  try {
    pesmatch::import_pes_csv(path, ref);
  } catch (const pesmatch::Error&) {
  }
  return 0;
}
