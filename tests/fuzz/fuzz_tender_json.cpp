// libFuzzer target: a tender as a request body (parse_tender on the bytes, the path an HTTP
// body takes) and as a .json file (one object or an array, through read_tenders).
#include <string_view>

#include "fuzz_support.hpp"
#include "pesmatch/ingest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& ref = pesmatch::fuzz::reference();
  try {
    pesmatch::parse_tender(std::string_view(reinterpret_cast<const char*>(data), size), ref, "<body>", 1);
  } catch (const pesmatch::Error&) {
  }
  const auto path = pesmatch::fuzz::write_input(data, size, ".json");
  try {
    pesmatch::read_tenders(path, ref, {.skip_invalid = true});
  } catch (const pesmatch::Error&) {
  }
  return 0;
}
