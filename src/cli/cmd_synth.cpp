#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "pesmatch/error.hpp"
#include "synth/synth.hpp"

namespace pesmatch::cli {
namespace {

struct SynthCommand {
  ResourceOptions resources;
  SynthOptions options;
  std::string out_dir;

  static std::ofstream open_output(const std::string& path) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(ErrorCode::io, ErrorLocation{path, 0, "", {}}, "cannot open file for writing");
    return out;
  }

  void run() const {
    const auto start = std::chrono::steady_clock::now();
    const auto ref = resources.load_reference();
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (ec || !std::filesystem::is_directory(out_dir))
      throw Error(ErrorCode::io, ErrorLocation{out_dir, 0, "", {}},
                  "cannot create directory" + (ec ? ": " + ec.message() : std::string()));
    const auto pes_path = (std::filesystem::path(out_dir) / "pes.jsonl").string();
    const auto tenders_path = (std::filesystem::path(out_dir) / "tenders.jsonl").string();
    auto pes_out = open_output(pes_path);
    auto tenders_out = open_output(tenders_path);
    synthesize(options, ref, pes_out, tenders_out);
    pes_out.close();
    tenders_out.close();
    if (!pes_out) throw Error(ErrorCode::io, ErrorLocation{pes_path, 0, "", {}}, "cannot write file");
    if (!tenders_out) throw Error(ErrorCode::io, ErrorLocation{tenders_path, 0, "", {}}, "cannot write file");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "pesmatch: wrote " << options.pes << " PES to " << pes_path << " and " << options.tenders
              << " tenders to " << tenders_path << " in " << seconds << " s\n";
  }
};

}  // namespace

void register_synth(CLI::App& app) {
  auto cmd = std::make_shared<SynthCommand>();
  auto* sub = app.add_subcommand("synth", "Write a synthetic PES catalogue and tenders (contract format) for load tests");
  cmd->resources.add_to(*sub);
  sub->add_option("--pes", cmd->options.pes, "Number of PES records (0 allowed)")->required();
  sub->add_option("--tenders", cmd->options.tenders, "Number of tenders (default 0)");
  sub->add_option("--seed", cmd->options.seed, "Random seed; same sizes and seed give byte-identical files (default 1)");
  sub->add_option("--out", cmd->out_dir, "Output directory; DIR/pes.jsonl and DIR/tenders.jsonl are overwritten")->required();
  sub->add_option("--threads", cmd->options.threads, "Worker threads (default: all cores); the output does not depend on it");
  sub->callback([cmd] { cmd->run(); });
}

}  // namespace pesmatch::cli
