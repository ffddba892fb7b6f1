// The feedback log: officers' and OWES advisers' verdicts on tender–PES pairs (fit, unfit, won),
// kept beside the index generations in DIR/feedback.jsonl so that re-indexing keeps it, appended
// crash-safely, and read back as TREC qrels for evaluation and training.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/eval.hpp"

namespace pesmatch {

/// A verdict on one tender–PES pair.
enum class Verdict {
  unfit,  ///< the PES cannot do this order (qrels grade 0)
  fit,    ///< the PES can do it (grade 2)
  won,    ///< the PES won the contract, e.g. imported from a result notice (grade 3)
};

/// Parses "fit", "unfit" or "won"; throws Error(invalid_input), field "verdict", otherwise.
Verdict parse_verdict(std::string_view text);

/// The verdict's name as written in the log and the CLI ("fit", "unfit", "won").
std::string_view verdict_name(Verdict verdict);

/// The qrels grade a verdict stands for: unfit 0, fit 2, won 3.
int verdict_grade(Verdict verdict);

/// One line of the feedback log.
struct FeedbackEntry {
  std::string tender;  ///< tender id (a query of the qrels)
  std::string pes;     ///< PES id (a document of the qrels)
  Verdict verdict = Verdict::fit;  ///< the verdict
  std::string by;      ///< who gave it (free text, may be empty)
  std::string at;      ///< UTC time `YYYY-MM-DDTHH:MM:SSZ`; append_feedback fills it when empty
};

/// Parses one verdict as JSON: {"tender", "pes", "verdict"} strings required, "by" and "at"
/// optional. Throws Error(invalid_input) at `file:line` naming the field otherwise.
FeedbackEntry parse_feedback_entry(std::string_view text, const std::string& file, std::size_t line);

/// The log file of an index directory: `DIR/feedback.jsonl`.
std::string feedback_log_path(const std::string& db_dir);

/// Checks that the tender and the PES are in the index of `db_dir` (the PES catalogue, and the
/// tenders indexed with `index --tenders`), then appends `entry` to the log of `db_dir`. This is
/// the one entry point for every source of verdicts: the CLI, POST /v1/feedback and imports of
/// won contracts. Throws Error(invalid_input) `DIR: tender "ID": no tender with this id in the
/// index` (or `pes "ID": no PES ...`), Error(io) when the index or the log cannot be used.
void append_feedback(const std::string& db_dir, FeedbackEntry entry);

/// What a read of the log found.
struct FeedbackLog {
  std::vector<FeedbackEntry> entries;  ///< complete lines, in the order they were appended
  std::vector<std::string> warnings;   ///< e.g. the torn last line of an append killed mid-write
};

/// Reads a feedback log; a missing file is an empty log. A last line without its newline (an
/// append killed mid-write) is skipped with a warning; any other bad line is Error(invalid_input)
/// at FILE:LINE.
FeedbackLog read_feedback(const std::string& path);

/// The log as TREC qrels (contract section 3): query = tender, document = PES, grade by
/// verdict_grade; for a pair judged more than once the latest verdict wins.
Qrels feedback_qrels(const std::vector<FeedbackEntry>& entries);

/// `judged` with `feedback` laid over it: a feedback grade replaces the judged grade of the same
/// pair and adds pairs (and tenders) the judgments lack.
Qrels merge_qrels(const Qrels& judged, const Qrels& feedback);

}  // namespace pesmatch
