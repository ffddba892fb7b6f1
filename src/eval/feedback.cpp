// append_feedback: the one gate of the feedback log, shared by the CLI, the HTTP API and imports
// of won contracts; a verdict is about a tender and a PES the index knows, or it is refused.
#include <xapian.h>

#include <filesystem>

#include "eval/feedback_log.hpp"
#include "index/generations.hpp"
#include "index/schema.hpp"
#include "index/shards.hpp"
#include "index/xapian_errors.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/feedback.hpp"

namespace pesmatch {
namespace {

bool has_id(const Xapian::Database& db, const std::string& id) {
  return db.term_exists(detail::schema::kIdTerm + id);
}

void require_known_ids(const std::string& db_dir, const FeedbackEntry& entry) {
  detail::with_xapian_errors(detail::kCannotOpenIndex, db_dir, [&] {
    if (!has_id(detail::open_index(db_dir), entry.pes))
      throw Error(ErrorCode::invalid_input, ErrorLocation{{}, 0, "pes", entry.pes}, "no PES with this id in the index");
    const auto tenders = detail::tender_database_path(db_dir);
    if (tenders.empty() || !has_id(Xapian::Database(tenders), entry.tender))
      throw Error(ErrorCode::invalid_input, ErrorLocation{{}, 0, "tender", entry.tender},
                  "no tender with this id in the index (index it with index --tenders)");
  });
}

}  // namespace

void append_feedback(const std::string& db_dir, FeedbackEntry entry) {
  if (!std::filesystem::is_directory(db_dir))
    throw Error(ErrorCode::io, ErrorLocation{db_dir, 0, {}, {}}, "not an index directory");
  require_known_ids(db_dir, entry);
  if (entry.at.empty()) entry.at = detail::utc_timestamp();
  detail::append_feedback_line(feedback_log_path(db_dir), entry);
}

}  // namespace pesmatch
