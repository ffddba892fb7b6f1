#include "cli/options.hpp"

#include <unistd.h>

#include <cstdlib>

namespace pesmatch::cli {

void ResourceOptions::add_to(CLI::App& app) {
  app.add_option("--reference", reference_dir,
                 "Reference data directory (default: $PESMATCH_REFERENCE, else ../shared/reference beside the repository, or PREFIX/share/pesmatch/reference once installed)");
  app.add_option("--data", data_dir, "pesmatch data directory with text/ and model.json (default: $PESMATCH_DATA, else the repository's data/, or PREFIX/share/pesmatch/data once installed)");
}

std::string ResourceOptions::data() const {
  return resolve_data_dir(data_dir);
}

ReferenceData ResourceOptions::load_reference() const { return ReferenceData::load(resolve_reference_dir(reference_dir)); }

Analyzer ResourceOptions::load_analyzer() const { return Analyzer(AnalyzerConfig::defaults(data())); }

void ModelOptions::add_to(CLI::App& app) {
  app.add_option("--model", model_path, "Model file with feature weights (default: DATA/model.json)");
}

Model ModelOptions::load(const ResourceOptions& resources) const {
  return Model::load(model_path.empty() ? resources.data() + "/model.json" : model_path);
}

void OutputOptions::add_to(CLI::App& app, const std::vector<std::string>& formats) {
  app.add_option("--top", top_k, "Results per query")->check(CLI::Range(std::size_t{1}, std::size_t{100000}));
  app.add_option("--format", format, "Output format")->check(CLI::IsMember(formats));
}

void LanguageOptions::add_to(CLI::App& app, const std::string& what) {
  app.add_option("--lang", name, "Language of " + what + ": pl (default) or en")->check(CLI::IsMember({"pl", "en"}));
}

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

}  // namespace pesmatch::cli
