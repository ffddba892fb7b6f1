// The on-disk layout that makes publishing atomic:
//   DIR/XAPIANDB        stub "auto current/pes" — what Xapian opens for DIR
//   DIR/current         symlink to the live generation, replaced by rename(2)
//   DIR/gen-<N>/pes     the PES database;  DIR/gen-<N>/tenders  the tender database
//   DIR/gen-<N>/contracts  awarded contracts (index --contracts)
//   DIR/.lock           flock(2)-held while a build runs
#pragma once

#include <xapian.h>

#include <filesystem>
#include <functional>
#include <string>

namespace pesmatch::detail {

/// Holds the build lock of a database directory for its lifetime.
class BuildLock {
 public:
  /// Creates `dir` if needed and takes its lock; throws Error(io) when another build holds it
  /// or when `dir` exists and is not a pesmatch index.
  explicit BuildLock(const std::filesystem::path& dir);
  ~BuildLock();
  BuildLock(const BuildLock&) = delete;
  BuildLock& operator=(const BuildLock&) = delete;

 private:
  int fd_ = -1;
};

/// Creates a fresh, empty generation directory and returns its path.
std::filesystem::path new_generation(const std::filesystem::path& dir);

/// Makes `generation` the live one (atomic rename of the `current` link), writes the stub, and
/// removes generations older than the previous one (kept for readers still holding it open).
void publish_generation(const std::filesystem::path& dir, const std::filesystem::path& generation);

/// Removes a generation that failed to build; never throws.
void discard_generation(const std::filesystem::path& generation) noexcept;

/// Path of the live database `name` ("tenders", "contracts") of `dir`, or "" when the index has
/// none. When `dir` is a stub file, the index directory it sits in is searched.
std::string live_database_path(const std::string& dir, const char* name);

/// Path of the live tender database of `dir`, or "" when the index has none. When `dir` is a stub
/// file, the index directory it sits in is searched.
std::string tender_database_path(const std::string& dir);

/// Opens the live tender database of `dir`; throws Error(io) naming `dir` when the index has
/// none (built without `--tenders`).
Xapian::Database open_tender_database(const std::string& dir);

}  // namespace pesmatch::detail
