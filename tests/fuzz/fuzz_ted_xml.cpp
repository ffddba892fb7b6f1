// libFuzzer target: a TED notice through import_ted — the XML parser, the notice reader, CPV
// and place resolution and the final parse_tender check. Errors come back as rejections.
#include "fuzz_support.hpp"
#include "pesmatch/importers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string nuts2 = pesmatch::fuzz::data_dir() + "/reference/nuts2_teryt.csv";
  const auto& ref = pesmatch::fuzz::reference();
  const auto path = pesmatch::fuzz::write_input(data, size, ".xml");
  try {
    pesmatch::import_ted({path}, ref, nuts2);
  } catch (const pesmatch::Error&) {
  }
  return 0;
}
