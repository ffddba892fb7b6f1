// libFuzzer target: an eForms notice through import_eforms — libxml2 under our bounds, the notice
// reader, lot splitting, CPV, NUTS and date resolution and the final parse_tender check. Errors
// come back as rejections.
#include "fuzz_support.hpp"
#include "pesmatch/importers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string nuts3 = pesmatch::fuzz::data_dir() + "/reference/nuts3_teryt.csv";
  const auto& ref = pesmatch::fuzz::reference();
  const auto path = pesmatch::fuzz::write_input(data, size, ".xml");
  try {
    pesmatch::import_eforms({path}, ref, nuts3, /*with_results=*/true);  // award notices too
  } catch (const pesmatch::Error&) {
  }
  return 0;
}
