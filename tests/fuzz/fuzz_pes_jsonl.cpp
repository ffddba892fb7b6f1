// libFuzzer target: a PES catalogue (JSONL) through read_catalogue — the line reader, UTF-8
// check, JSON parser and every field validator. Only pesmatch::Error may come out.
#include "fuzz_support.hpp"
#include "pesmatch/ingest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& ref = pesmatch::fuzz::reference();
  const auto path = pesmatch::fuzz::write_input(data, size, ".jsonl");
  try {
    pesmatch::read_catalogue(path, ref, {.skip_invalid = true});
  } catch (const pesmatch::Error&) {
  }
  return 0;
}
