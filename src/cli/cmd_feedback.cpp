#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/feedback.hpp"

namespace pesmatch::cli {
namespace {

constexpr const char* kFooter =
    "The log is DIR/feedback.jsonl, beside the index generations: re-indexing keeps it. Each verdict\n"
    "is printed (stdout) as the JSON line appended: {\"tender\", \"pes\", \"verdict\", \"by\", \"at\"}.\n"
    "--export-qrels prints the log as TREC qrels (TENDER_ID 0 PES_ID GRADE): fit 2, won 3, unfit 0;\n"
    "for a pair judged more than once the latest verdict wins.";

struct FeedbackCommand {
  std::string db, tender, pes, verdict, by;
  bool export_qrels = false;

  void run() const {
    if (export_qrels) return print_qrels();
    if (tender.empty() || pes.empty() || verdict.empty())
      throw Error(ErrorCode::usage, "feedback needs --tender, --pes and --verdict (or --export-qrels)");
    FeedbackEntry entry{tender, pes, parse_verdict(verdict), by, {}};
    append_feedback(db, entry);
    nlohmann::ordered_json out{{"tender", tender}, {"pes", pes}, {"verdict", verdict}, {"by", by}};
    std::cout << out.dump() << "\n";
  }

  void print_qrels() const {
    const auto log = read_feedback(feedback_log_path(db));
    for (const auto& w : log.warnings) std::cerr << "pesmatch: warning: " << w << "\n";
    for (const auto& [query, grades] : feedback_qrels(log.entries).grades)
      for (const auto& [doc, grade] : grades) std::cout << query << " 0 " << doc << " " << grade << "\n";
  }
};

}  // namespace

void register_feedback(CLI::App& app) {
  auto cmd = std::make_shared<FeedbackCommand>();
  auto* sub = app.add_subcommand("feedback", "Record a verdict on a tender–PES pair in the index's feedback log");
  sub->add_option("--db", cmd->db, "Index directory (the log is DIR/feedback.jsonl)")->required();
  sub->add_option("--tender", cmd->tender, "Tender id (must be indexed with index --tenders)");
  sub->add_option("--pes", cmd->pes, "PES id (must be in the index)");
  sub->add_option("--verdict", cmd->verdict, "fit, unfit or won")->check(CLI::IsMember({"fit", "unfit", "won"}));
  sub->add_option("--by", cmd->by, "Who gives the verdict (free text)");
  sub->add_flag("--export-qrels", cmd->export_qrels, "Print the log as TREC qrels instead of recording a verdict")
      ->excludes(sub->get_option("--tender"))->excludes(sub->get_option("--pes"))->excludes(sub->get_option("--verdict"));
  sub->footer(kFooter);
  sub->callback([cmd] { cmd->run(); });
}

}  // namespace pesmatch::cli
