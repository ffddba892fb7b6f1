#include "index/value_mirror.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <mutex>
#include <tuple>

#include "index/shards.hpp"
#include "pesmatch/error.hpp"

namespace fs = std::filesystem;

namespace pesmatch::detail {
namespace {

// Layout (native byte order; the file never leaves the machine that built the index):
//   header: magic, version, slot count, doccount, last docid, revision, UUID, data size, slots;
//   per slot an offset table of last_docid + 1 uint32 (document d's value is the data bytes
//   [table[d-1], table[d])); then the values' bytes, slot after slot.
constexpr char kMagic[8] = {'P', 'E', 'S', 'V', 'A', 'L', 'S', '\n'};
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kUuidBytes = 40;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t slot_count;
  std::uint32_t doccount;
  std::uint32_t last_docid;
  std::uint64_t revision;
  char uuid[kUuidBytes];
  std::uint64_t data_size;
};

template <typename T>
T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <typename T>
void put(std::ofstream& out, const T& v) {
  out.write(reinterpret_cast<const char*>(&v), sizeof v);
}

Header stamp_of(const Xapian::Database& db) {
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kVersion;
  h.doccount = db.get_doccount();
  h.last_docid = db.get_lastdocid();
  h.revision = db.get_revision();
  const auto uuid = db.get_uuid();
  std::memcpy(h.uuid, uuid.data(), std::min(uuid.size(), kUuidBytes - 1));
  return h;
}

[[noreturn]] void io_error(const fs::path& path, const std::string& message) {
  throw Error(ErrorCode::io, ErrorLocation{path.string(), 0, {}, {}}, message);
}

}  // namespace

std::size_t write_value_mirror(const std::string& db_path, const std::vector<Xapian::valueno>& slots) {
  const Xapian::Database db(db_path);
  Header header = stamp_of(db);
  header.slot_count = static_cast<std::uint32_t>(slots.size());
  const std::size_t entries = std::size_t{header.last_docid} + 1;
  const fs::path path = fs::path(db_path) / kValueMirrorFile;
  const fs::path tmp = path.string() + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) io_error(tmp, "cannot write the value mirror");
  // Values first, behind room left for the header and tables; the tables are known at the end.
  const std::size_t tables_at = sizeof(Header) + slots.size() * sizeof(std::uint32_t);
  const std::size_t data_at = tables_at + slots.size() * entries * sizeof(std::uint32_t);
  out.seekp(static_cast<std::streamoff>(data_at));
  std::vector<std::uint32_t> tables(slots.size() * entries, 0);
  std::uint64_t written = 0;
  for (std::size_t s = 0; s < slots.size(); ++s) {
    std::uint32_t* table = tables.data() + s * entries;
    table[0] = static_cast<std::uint32_t>(written);
    Xapian::docid next = 1;
    for (auto it = db.valuestream_begin(slots[s]); it != db.valuestream_end(slots[s]); ++it) {
      for (; next < it.get_docid(); ++next) table[next] = static_cast<std::uint32_t>(written);
      const std::string value = *it;
      out.write(value.data(), static_cast<std::streamsize>(value.size()));
      written += value.size();
      if (written > std::numeric_limits<std::uint32_t>::max()) io_error(path, "values too large for the value mirror (4 GB)");
      table[next++] = static_cast<std::uint32_t>(written);
    }
    for (; next < entries; ++next) table[next] = static_cast<std::uint32_t>(written);
  }
  header.data_size = written;
  out.seekp(0);
  put(out, header);
  for (const auto slot : slots) put(out, static_cast<std::uint32_t>(slot));
  out.write(reinterpret_cast<const char*>(tables.data()), static_cast<std::streamsize>(tables.size() * sizeof(std::uint32_t)));
  out.close();
  if (!out) io_error(tmp, "cannot write the value mirror");
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) io_error(path, "cannot write file: " + ec.message());
  return data_at + written;
}

// A read-only mapping of a whole file, unmapped with its last user.
struct ValueMirror::Mapping {
  const char* base = nullptr;
  std::size_t size = 0;
  Mapping(const char* b, std::size_t n) : base(b), size(n) {}
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  ~Mapping() { ::munmap(const_cast<char*>(base), size); }
};

std::optional<ValueMirror> ValueMirror::open(const Xapian::Database& db, const std::string& db_path) {
  const fs::path path = fs::path(db_path) / kValueMirrorFile;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof(Header))) {
    ::close(fd);
    return std::nullopt;
  }
  // One mapping a file (device, inode, size, time) per process: the engines of a batch or a
  // server, one a thread, would otherwise each count the same pages in the process's RSS.
  static std::mutex mutex;
  static std::map<std::tuple<dev_t, ino_t, off_t, std::int64_t>, std::weak_ptr<const Mapping>> mapped;
  const auto key = std::make_tuple(st.st_dev, st.st_ino, st.st_size, std::int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec);
  std::shared_ptr<const Mapping> map;
  {
    const std::lock_guard lock(mutex);
    map = mapped[key].lock();
    if (!map) {
      void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      if (p != MAP_FAILED) {
        map = std::make_shared<const Mapping>(static_cast<const char*>(p), static_cast<std::size_t>(st.st_size));
        mapped[key] = map;
      }
    }
  }
  ::close(fd);
  if (!map) return std::nullopt;
  ValueMirror mirror(std::move(map));
  if (!mirror.parse()) return std::nullopt;
  // A database written to since the mirror (another revision, other documents) is never read
  // through it.
  const Header now = stamp_of(db);
  const Header was = load<Header>(mirror.map_->base);
  if (now.doccount != was.doccount || now.last_docid != was.last_docid || now.revision != was.revision ||
      std::memcmp(now.uuid, was.uuid, kUuidBytes) != 0)
    return std::nullopt;
  return mirror;
}

// Checks the whole layout once, so that value() needs no bounds checks.
bool ValueMirror::parse() {
  const char* base = map_->base;
  const std::size_t size = map_->size;
  const Header h = load<Header>(base);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kVersion) return false;
  const std::size_t entries = std::size_t{h.last_docid} + 1;
  const std::size_t tables_at = sizeof(Header) + std::size_t{h.slot_count} * sizeof(std::uint32_t);
  const std::size_t data_at = tables_at + std::size_t{h.slot_count} * entries * sizeof(std::uint32_t);
  if (h.slot_count > 256 || data_at > size || size - data_at != h.data_size) return false;
  last_docid_ = h.last_docid;
  data_ = base + data_at;
  for (std::uint32_t s = 0; s < h.slot_count; ++s) {
    slots_.push_back(load<std::uint32_t>(base + sizeof(Header) + s * sizeof(std::uint32_t)));
    const char* table = base + tables_at + s * entries * sizeof(std::uint32_t);
    std::uint32_t previous = load<std::uint32_t>(table);
    for (std::size_t d = 1; d < entries; ++d) {
      const auto offset = load<std::uint32_t>(table + d * sizeof(std::uint32_t));
      if (offset < previous) return false;
      previous = offset;
    }
    if (previous > h.data_size) return false;
    tables_.push_back(table);
  }
  return true;
}

bool ValueMirror::has_slot(Xapian::valueno slot) const {
  return std::find(slots_.begin(), slots_.end(), slot) != slots_.end();
}

std::string_view ValueMirror::value(Xapian::docid docid, Xapian::valueno slot) const {
  if (docid == 0 || docid > last_docid_) return {};
  const auto s = static_cast<std::size_t>(std::find(slots_.begin(), slots_.end(), slot) - slots_.begin());
  if (s == slots_.size()) return {};
  const auto begin = load<std::uint32_t>(tables_[s] + (docid - 1) * sizeof(std::uint32_t));
  const auto end = load<std::uint32_t>(tables_[s] + docid * sizeof(std::uint32_t));
  return {data_ + begin, end - begin};
}

std::optional<ValueMirrors> ValueMirrors::open(const Xapian::Database& db, const std::string& index) {
  const auto paths = local_databases(index);
  if (!paths || paths->empty() || paths->size() != db.size()) return std::nullopt;
  ValueMirrors out;
  if (paths->size() == 1) {
    auto mirror = ValueMirror::open(db, paths->front());
    if (!mirror) return std::nullopt;
    out.shards_.push_back(std::move(*mirror));
    return out;
  }
  // Each shard is checked against itself, and all of them against the open combined database
  // (Xapian joins the shards' UUIDs with ':'), so that a stub re-pointed since is never mixed in.
  std::string uuids;
  for (const auto& path : *paths) {
    const Xapian::Database shard(path);
    auto mirror = ValueMirror::open(shard, path);
    if (!mirror) return std::nullopt;
    out.shards_.push_back(std::move(*mirror));
    if (!uuids.empty()) uuids += ':';
    uuids += shard.get_uuid();
  }
  if (uuids != db.get_uuid()) return std::nullopt;
  return out;
}

bool ValueMirrors::has_slot(Xapian::valueno slot) const {
  return std::all_of(shards_.begin(), shards_.end(), [&](const ValueMirror& m) { return m.has_slot(slot); });
}

}  // namespace pesmatch::detail
