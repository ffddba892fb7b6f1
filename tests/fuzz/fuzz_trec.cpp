// libFuzzer target: TREC qrels and run files (trec_text's line grammar, grades and scores).
#include "fuzz_support.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/eval.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = pesmatch::fuzz::write_input(data, size, ".trec");
  try {
    pesmatch::read_qrels(path);
  } catch (const pesmatch::Error&) {
  }
  try {
    pesmatch::read_run(path);
  } catch (const pesmatch::Error&) {
  }
  return 0;
}
