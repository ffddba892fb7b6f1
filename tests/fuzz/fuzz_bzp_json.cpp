// libFuzzer target: BZP notice API records through import_bzp with result notices — the array /
// one-record-a-line reader, the HTML parser and field extractor, CPV, amount, date and place
// conversion, and the final parse_tender / parse_contract checks. Errors come back as rejections.
#include "fuzz_support.hpp"
#include "pesmatch/importers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& ref = pesmatch::fuzz::reference();
  const auto path = pesmatch::fuzz::write_input(data, size, ".json");
  try {
    pesmatch::import_bzp({path}, ref, true);
  } catch (const pesmatch::Error&) {
  }
  return 0;
}
