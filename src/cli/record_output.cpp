#include "cli/record_output.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "pesmatch/error.hpp"

namespace pesmatch::cli {

CLI::Option* RecordOutput::add_to(CLI::App& app) {
  return app.add_option("--out", out, "Write the JSONL records here instead of stdout");
}

void RecordOutput::write(const std::vector<std::string>& records) const {
  if (out.empty()) {
    for (const auto& r : records) std::cout << r << "\n";
    std::cout.flush();
    return;
  }
  const std::string tmp = out + ".tmp";
  {
    std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
    for (const auto& r : records) file << r << "\n";
    if (!file.flush()) {
      std::error_code ignored;  // a half-written temporary must not outlive the failure
      std::filesystem::remove(tmp, ignored);
      throw Error(ErrorCode::io, ErrorLocation{out, 0, {}, {}}, "cannot write file");
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out, ec);
  if (ec) throw Error(ErrorCode::io, ErrorLocation{out, 0, {}, {}}, "cannot write file: " + ec.message());
}

}  // namespace pesmatch::cli
