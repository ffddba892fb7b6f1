// The feedback log on disk: one JSON object per line, {"tender", "pes", "verdict", "by", "at"}.
// Appends are serialised with flock(2) so that the CLI and the server never interleave, each line
// is one write(2) on an O_APPEND descriptor followed by fsync(2), and a line cut short by a kill is
// ignored by readers and cut off by the next append.
#include "eval/feedback_log.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "ingest/jsonl_reader.hpp"
#include "pesmatch/error.hpp"

namespace pesmatch {
namespace {

[[noreturn]] void io_fail(const std::string& path, const std::string& what) {
  throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, what + ": " + std::strerror(errno));
}

/// An open descriptor holding a flock for its lifetime.
class LockedFile {
 public:
  LockedFile(const std::string& path, int flags, int lock) : path_(path) {
    fd_ = ::open(path.c_str(), flags | O_CLOEXEC, 0644);
    if (fd_ < 0) io_fail(path, "cannot open the feedback log");
    while (::flock(fd_, lock) != 0)
      if (errno != EINTR) {
        ::close(fd_);
        io_fail(path, "cannot lock the feedback log");
      }
  }
  ~LockedFile() { ::close(fd_); }  // closing releases the lock
  LockedFile(const LockedFile&) = delete;
  LockedFile& operator=(const LockedFile&) = delete;
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;
};

off_t file_size(const LockedFile& f) {
  struct stat st {};
  if (::fstat(f.fd(), &st) != 0) io_fail(f.path(), "cannot stat the feedback log");
  return st.st_size;
}

// Cuts the log back to its last newline. The torn line was never acknowledged to anyone (the
// append that wrote it did not return), so dropping it loses no verdict that was confirmed.
void cut_torn_tail(const LockedFile& f) {
  off_t end = file_size(f);
  char last = '\n';
  if (end == 0 || (::pread(f.fd(), &last, 1, end - 1) == 1 && last == '\n')) return;
  char buf[4096];
  while (end > 0) {
    const off_t n = std::min<off_t>(end, sizeof buf);
    if (::pread(f.fd(), buf, static_cast<std::size_t>(n), end - n) != n) io_fail(f.path(), "cannot read the feedback log");
    for (off_t i = n; i > 0; --i)
      if (buf[i - 1] == '\n') {
        if (::ftruncate(f.fd(), end - n + i) != 0) io_fail(f.path(), "cannot repair the feedback log");
        return;
      }
    end -= n;
  }
  if (::ftruncate(f.fd(), 0) != 0) io_fail(f.path(), "cannot repair the feedback log");
}

void write_line(const LockedFile& f, const std::string& line) {
  std::size_t done = 0;
  while (done < line.size()) {
    const ssize_t n = ::write(f.fd(), line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) io_fail(f.path(), "cannot append to the feedback log");
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(f.fd()) != 0) io_fail(f.path(), "cannot sync the feedback log");
}

std::string json_line(const FeedbackEntry& e) {
  nlohmann::ordered_json j;
  j["tender"] = e.tender;
  j["pes"] = e.pes;
  j["verdict"] = std::string(verdict_name(e.verdict));
  j["by"] = e.by;
  j["at"] = e.at;
  return j.dump() + "\n";
}

std::string required_string(const nlohmann::json& j, const char* field, const std::string& path, std::size_t line) {
  const auto it = j.find(field);
  if (it == j.end() || !it->is_string()) throw_invalid(path, line, field, "missing or not a string");
  return it->get<std::string>();
}

std::string optional_string(const nlohmann::json& j, const char* field, const std::string& path, std::size_t line) {
  const auto it = j.find(field);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_string()) throw_invalid(path, line, field, "not a string");
  return it->get<std::string>();
}

}  // namespace

namespace detail {

std::string utc_timestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void append_feedback_line(const std::string& path, const FeedbackEntry& entry) {
  const LockedFile f(path, O_RDWR | O_CREAT | O_APPEND, LOCK_EX);
  cut_torn_tail(f);
  write_line(f, json_line(entry));
}

}  // namespace detail

Verdict parse_verdict(std::string_view text) {
  if (text == "fit") return Verdict::fit;
  if (text == "unfit") return Verdict::unfit;
  if (text == "won") return Verdict::won;
  throw Error(ErrorCode::invalid_input, ErrorLocation{{}, 0, "verdict", std::string(text)}, "must be fit, unfit or won");
}

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::unfit: return "unfit";
    case Verdict::fit: return "fit";
    case Verdict::won: return "won";
  }
  return "fit";
}

int verdict_grade(Verdict verdict) {
  switch (verdict) {
    case Verdict::unfit: return 0;
    case Verdict::fit: return 2;
    case Verdict::won: return 3;
  }
  return 0;
}

FeedbackEntry parse_feedback_entry(std::string_view text, const std::string& path, std::size_t line) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) throw Error(ErrorCode::invalid_input, ErrorLocation{path, line, {}, {}}, "not a JSON object");
  FeedbackEntry e;
  e.tender = required_string(j, "tender", path, line);
  e.pes = required_string(j, "pes", path, line);
  const auto verdict = required_string(j, "verdict", path, line);
  try {
    e.verdict = parse_verdict(verdict);
  } catch (const Error& err) {
    throw_invalid(path, line, "verdict", err.problem(), verdict);
  }
  e.by = optional_string(j, "by", path, line);
  e.at = optional_string(j, "at", path, line);
  return e;
}

std::string feedback_log_path(const std::string& db_dir) { return db_dir + "/feedback.jsonl"; }

FeedbackLog read_feedback(const std::string& path) {
  FeedbackLog log;
  if (::access(path.c_str(), F_OK) != 0 && errno == ENOENT) return log;
  // The shared lock waits for an append in progress, so only a killed append leaves a torn line.
  const LockedFile f(path, O_RDONLY, LOCK_SH);
  char last = '\n';
  const off_t size = file_size(f);
  if (size > 0 && ::pread(f.fd(), &last, 1, size - 1) != 1) io_fail(path, "cannot read the feedback log");
  std::vector<std::pair<std::size_t, std::string>> lines;
  std::map<std::size_t, Error> unreadable;
  detail::for_each_jsonl_line(
      path, [&](std::size_t line, std::string_view text) { lines.emplace_back(line, std::string(text)); },
      [&](const Error& e) { lines.emplace_back(e.where().line, std::string()), unreadable.emplace(e.where().line, e); });
  if (last != '\n' && !lines.empty()) {
    log.warnings.push_back(path + ":" + std::to_string(lines.back().first) +
                           ": last line is incomplete (an append was interrupted); ignored, the next append removes it");
    lines.pop_back();
  }
  for (const auto& [line, text] : lines) {
    if (const auto it = unreadable.find(line); it != unreadable.end()) throw it->second;
    log.entries.push_back(parse_feedback_entry(text, path, line));
  }
  return log;
}

Qrels feedback_qrels(const std::vector<FeedbackEntry>& entries) {
  Qrels qrels;
  for (const auto& e : entries) qrels.grades[e.tender][e.pes] = verdict_grade(e.verdict);  // later lines overwrite
  return qrels;
}

Qrels merge_qrels(const Qrels& judged, const Qrels& feedback) {
  Qrels merged = judged;
  for (const auto& [tender, grades] : feedback.grades)
    for (const auto& [pes, grade] : grades) merged.grades[tender][pes] = grade;
  return merged;
}

}  // namespace pesmatch
