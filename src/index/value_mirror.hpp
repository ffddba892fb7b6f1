// Chosen value slots of a PES database copied at index time into one memory-mapped file beside it
// (DB/pesmatch.values), so that rerank reads a candidate's profile from memory instead of one
// B-tree block of Xapian's value table per candidate. Used only when it matches the open database.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pesmatch::detail {

/// The mirror's file name inside a database directory.
inline constexpr const char* kValueMirrorFile = "pesmatch.values";

/// Writes DB_PATH/pesmatch.values: the values of `slots` of every document of the local database
/// at `db_path` (just written, no longer written to), stamped with its UUID, revision and size.
/// Returns the bytes written. A failure is Error(io) at the mirror's path.
std::size_t write_value_mirror(const std::string& db_path, const std::vector<Xapian::valueno>& slots);

/// The mirror of one local database, mapped read-only; the engines of a process (one a thread)
/// share one mapping of a file.
class ValueMirror {
 public:
  /// Maps DB_PATH/pesmatch.values when it was written from `db` as it is now (same UUID, revision
  /// and document count); nullopt when the file is absent, stale, truncated or corrupt (the caller
  /// then reads Xapian's value table, which is always right).
  static std::optional<ValueMirror> open(const Xapian::Database& db, const std::string& db_path);

  ValueMirror(ValueMirror&&) noexcept = default;
  ValueMirror& operator=(ValueMirror&&) noexcept = default;
  ValueMirror(const ValueMirror&) = delete;
  ValueMirror& operator=(const ValueMirror&) = delete;
  ~ValueMirror() = default;

  /// The value of `slot` of document `docid` (empty when it has none or the slot is not mirrored).
  std::string_view value(Xapian::docid docid, Xapian::valueno slot) const;
  /// Whether `slot` is mirrored.
  bool has_slot(Xapian::valueno slot) const;

 private:
  struct Mapping;
  explicit ValueMirror(std::shared_ptr<const Mapping> map) : map_(std::move(map)) {}
  bool parse();

  std::shared_ptr<const Mapping> map_;
  std::vector<Xapian::valueno> slots_;
  std::vector<const char*> tables_;  // per slot: last_docid + 1 uint32 offsets into data_
  const char* data_ = nullptr;
  Xapian::docid last_docid_ = 0;
};

/// The mirrors of every database of an index (one, or each shard of a stub), addressed by the
/// docids of the combined database (n shards number documents round-robin).
class ValueMirrors {
 public:
  /// The mirrors of `index` (what `db` was opened from by open_index); nullopt when any database
  /// of it has no valid mirror, is remote, or the databases are not those of `db`.
  static std::optional<ValueMirrors> open(const Xapian::Database& db, const std::string& index);

  /// The value of `slot` of combined document `docid` (empty when absent).
  std::string_view value(Xapian::docid docid, Xapian::valueno slot) const {
    const auto n = static_cast<Xapian::docid>(shards_.size());
    if (n == 1) return shards_.front().value(docid, slot);
    return shards_[(docid - 1) % n].value((docid - 1) / n + 1, slot);
  }
  /// Whether every mirror holds `slot`.
  bool has_slot(Xapian::valueno slot) const;

 private:
  std::vector<ValueMirror> shards_;
};

}  // namespace pesmatch::detail
