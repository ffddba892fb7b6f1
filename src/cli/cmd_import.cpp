// `pesmatch import ted|eforms|bzp|pes-csv`: outside formats → the contract's JSONL. Records go to stdout or
// --out; notes, rejected inputs and a summary go to stderr. Exit 0 when every input converted,
// 3 when some were rejected (the valid ones are still written), 4 when a file could not be read.
#include <functional>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "cli/record_output.hpp"
#include "pesmatch/importers.hpp"

namespace pesmatch::cli {
namespace {

// --results FILE: the past contracts of result and award notices. Written before finish(), which
// may end the command with exit 3 after writing the tenders.
void write_results(const ImportReport& report, const std::string& results) {
  if (results.empty()) return;
  RecordOutput{results}.write(report.contracts);
  std::cerr << "pesmatch: " << report.contracts.size() << " past contracts from " << report.results_converted
            << " result notices written to " << results << "\n";
}

// Prints the report and ends with the exit code it calls for (through an Error, as every command).
void finish(const ImportReport& report, const RecordOutput& output, const char* what) {
  output.write(report.records);
  for (const auto& n : report.notes) std::cerr << "pesmatch: note: " << n << "\n";
  bool io_failure = false;
  for (const auto& e : report.rejected) {
    std::cerr << "pesmatch: not converted: " << e.what() << "\n";
    io_failure = io_failure || e.code() == ErrorCode::io;
  }
  const std::string summary =
      std::to_string(report.records.size() + report.results_converted) + " of " + std::to_string(report.inputs) + " " + what + " converted";
  if (report.rejected.empty()) {
    std::cerr << "pesmatch: " << summary << "\n";
    return;
  }
  // One rejected notice names its file, as the contract asks of invalid input.
  ErrorLocation where;
  if (report.rejected.size() == 1) where.file = report.rejected.front().where().file;
  throw Error(io_failure ? ErrorCode::io : ErrorCode::invalid_input, where,
              summary + ", " + std::to_string(report.rejected.size()) + " rejected (listed above)");
}

// What the notice imports share: the resources, --out, --results (where the format has result
// notices) and the notice files; `convert` turns the files into a report.
struct NoticeImport {
  using Convert = std::function<ImportReport(const NoticeImport&, const ReferenceData&)>;
  ResourceOptions resources;
  RecordOutput output;
  std::string results;
  std::vector<std::string> files;
  Convert convert;
  const char* what = "notices";

  void run() const {
    const auto ref = resources.load_reference();
    const auto report = convert(*this, ref);
    write_results(report, results);
    finish(report, output, what);
  }
};

struct PesCsvCommand {
  ResourceOptions resources;
  RecordOutput output;
  std::string file;

  void run() const {
    const auto ref = resources.load_reference();
    finish(import_pes_csv(file, ref), output, "rows");
  }
};

// `results_help` null: the format has no result notices, so no --results.
// `what` names the inputs in the summary ("notices", "notices and lots").
void register_notices(CLI::App& import, const char* name, const char* help, const char* files_help,
                      const char* results_help, NoticeImport::Convert convert, const char* what = "notices") {
  auto cmd = std::make_shared<NoticeImport>();
  cmd->convert = std::move(convert);
  cmd->what = what;
  auto* sub = import.add_subcommand(name, help);
  cmd->resources.add_to(*sub);
  cmd->output.add_to(*sub);
  if (results_help) sub->add_option("--results", cmd->results, results_help);
  sub->add_option("files", cmd->files, files_help)->required();
  sub->callback([cmd] { cmd->run(); });
}

void register_ted(CLI::App& import) {
  register_notices(import, "ted", "TED notices (R2.0.9 XML export) -> tenders JSONL (contract section 2)",
                   "Notice files, one notice each", nullptr, [](const NoticeImport& cmd, const ReferenceData& ref) {
                     return import_ted(cmd.files, ref, cmd.resources.data() + "/reference/nuts2_teryt.csv");
                   });
}

void register_bzp(CLI::App& import) {
  register_notices(import, "bzp",
                   "e-Zamówienia (BZP) notice API records (JSON array or JSONL) -> tenders JSONL (contract section 2)",
                   "Files of notice records, as the API answers or one record a line",
                   "Also convert result notices (TenderResultNotice) into past contracts, written here (JSONL)",
                   [](const NoticeImport& cmd, const ReferenceData& ref) {
                     return import_bzp(cmd.files, ref, !cmd.results.empty());
                   });
}

void register_eforms(CLI::App& import) {
  register_notices(import, "eforms", "eForms notices (UBL 2.3 XML) -> tenders JSONL (contract section 2)",
                   "Notice files, one notice each",
                   "Also convert award notices (ContractAwardNotice) into past contracts, written here (JSONL)",
                   [](const NoticeImport& cmd, const ReferenceData& ref) {
                     return import_eforms(cmd.files, ref, cmd.resources.data() + "/reference/nuts3_teryt.csv",
                                          !cmd.results.empty());
                   },
                   "notices and lots");
}

void register_pes_csv(CLI::App& import) {
  auto cmd = std::make_shared<PesCsvCommand>();
  auto* sub =
      import.add_subcommand("pes-csv", "A PES list saved from Excel as CSV -> catalogue JSONL (contract section 1)");
  cmd->resources.add_to(*sub);
  cmd->output.add_to(*sub);
  sub->add_option("file", cmd->file, "CSV file: ; , or tab separated, UTF-8 or Windows-1250")->required();
  sub->callback([cmd] { cmd->run(); });
}

}  // namespace

void register_import(CLI::App& app) {
  auto* import = app.add_subcommand(
      "import", "Convert TED (R2.0.9 or eForms) or BZP notices or a PES spreadsheet to the contract's JSONL");
  import->require_subcommand(1);
  register_ted(*import);
  register_eforms(*import);
  register_bzp(*import);
  register_pes_csv(*import);
}

}  // namespace pesmatch::cli
