#include "index/generations.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <vector>

#include "pesmatch/error.hpp"

namespace fs = std::filesystem;

namespace pesmatch::detail {
namespace {

constexpr const char* kStub = "XAPIANDB";
constexpr const char* kCurrent = "current";
constexpr const char* kGenerationPrefix = "gen-";

[[noreturn]] void io_error(const fs::path& where, const std::string& problem) {
  throw Error(ErrorCode::io, ErrorLocation{where.string(), 0, {}, {}}, problem);
}

bool is_generation(const fs::path& p) {
  return p.filename().string().rfind(kGenerationPrefix, 0) == 0 && fs::is_directory(p);
}

void fsync_path(const fs::path& p) {
  const int fd = ::open(p.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

BuildLock::BuildLock(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) io_error(dir, "cannot create index directory: " + ec.message());
  const bool foreign = fs::exists(dir / "iamglass") || fs::exists(dir / "iamchert") ||
                       (fs::exists(dir / kStub) && !fs::exists(dir / kCurrent));
  if (foreign) io_error(dir, "not a pesmatch index directory (a plain Xapian database?); choose another --db");
  fd_ = ::open((dir / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) io_error(dir, "cannot create lock file");
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd_);
    io_error(dir, "index is locked by another running build");
  }
}

BuildLock::~BuildLock() {
  ::flock(fd_, LOCK_UN);
  ::close(fd_);
}

fs::path new_generation(const fs::path& dir) {
  const auto stamp = std::chrono::duration_cast<std::chrono::microseconds>(
                         std::chrono::system_clock::now().time_since_epoch()).count();
  const fs::path gen = dir / (kGenerationPrefix + std::to_string(stamp) + "-" + std::to_string(::getpid()));
  std::error_code ec;
  if (!fs::create_directory(gen, ec)) io_error(gen, "cannot create generation directory: " + ec.message());
  return gen;
}

void publish_generation(const fs::path& dir, const fs::path& generation) {
  fsync_path(generation);
  std::error_code ec;
  const fs::path previous = fs::is_symlink(dir / kCurrent, ec) ? fs::read_symlink(dir / kCurrent, ec) : fs::path();
  const fs::path link_tmp = dir / "current.tmp";
  fs::remove(link_tmp, ec);
  fs::create_directory_symlink(generation.filename(), link_tmp, ec);
  if (ec) io_error(link_tmp, "cannot create link: " + ec.message());
  if (::rename(link_tmp.c_str(), (dir / kCurrent).c_str()) != 0) io_error(dir / kCurrent, "cannot publish the new index");
  // The stub comes after the link: a build killed in between leaves `current` without a stub,
  // which the next build completes, never a stub without `current` (a foreign database to BuildLock).
  const fs::path stub = dir / kStub;
  if (!fs::exists(stub, ec)) {
    const fs::path tmp = dir / "XAPIANDB.tmp";
    std::ofstream(tmp) << "auto " << kCurrent << "/pes\n";
    if (fs::file_size(tmp, ec) == 0 || ec) io_error(tmp, "cannot write file");
    fs::rename(tmp, stub, ec);
    if (ec) io_error(stub, "cannot write file: " + ec.message());
  }
  fsync_path(dir);
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const auto name = entry.path().filename();
    if (is_generation(entry.path()) && name != generation.filename() && name != previous.filename())
      fs::remove_all(entry.path(), ec);  // best effort: an old generation left behind is harmless
  }
}

void discard_generation(const fs::path& generation) noexcept {
  std::error_code ec;
  fs::remove_all(generation, ec);
}

std::string live_database_path(const std::string& dir, const char* name) {
  // A stub file (of remote shards, say) kept in an index directory reads that directory's databases.
  const fs::path base = fs::is_regular_file(dir) ? fs::path(dir).parent_path() : fs::path(dir);
  const fs::path p = base / kCurrent / name;
  return fs::exists(p) ? p.string() : std::string();
}

std::string tender_database_path(const std::string& dir) { return live_database_path(dir, "tenders"); }

Xapian::Database open_tender_database(const std::string& dir) {
  const auto path = tender_database_path(dir);
  if (path.empty())
    throw Error(ErrorCode::io, ErrorLocation{dir, 0, {}, {}}, "index has no tenders (build it with index --tenders)");
  return Xapian::Database(path);
}

}  // namespace pesmatch::detail
