#include <xapian.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>

#include "core/digest.hpp"
#include "core/ordered_parallel.hpp"
#include "index/contract_documents.hpp"
#include "index/documents.hpp"
#include "index/generations.hpp"
#include "index/schema.hpp"
#include "index/shards.hpp"
#include "index/value_mirror.hpp"
#include "index/xapian_errors.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/version.hpp"

namespace pesmatch {
namespace {

// Progress of writers that may run side by side, reported as one count that only grows.
class ProgressTally {
 public:
  ProgressTally(const IndexProgress& report, std::size_t total) : report_(report), total_(total) {}
  void add(std::size_t written) {
    if (!report_) return;
    const std::lock_guard lock(mutex_);
    done_ += written;
    report_(done_, total_);
  }

 private:
  const IndexProgress& report_;
  const std::size_t total_;
  std::size_t done_ = 0;
  std::mutex mutex_;
};

// What every database of a build records, and where it reports progress.
struct BuildContext {
  const Analyzer& analyzer;
  const IndexProvenance& provenance;
  const ReferenceData& ref;
  ProgressTally& progress;
};

// Who analyses a database's documents: `workers` threads beside its writer (analyzers 0 to
// workers - 1), or, when `workers` is 0, the writer's own thread with analyzer `own`.
struct Analysts {
  std::size_t workers = 1;
  std::size_t own = 0;
};

// Bulk builds commit once at the end: Xapian flushes by itself every XAPIAN_FLUSH_THRESHOLD
// documents, and one final commit is what makes the generation complete. Documents are added in
// the order of `records` whoever analysed them, so docids and terms do not depend on threads.
template <typename Record, typename MakeDoc>
std::size_t write_database(const std::string& path, const std::vector<const Record*>& records, MakeDoc make_doc,
                           Analysts analysts, const BuildContext& build, int flags = 0) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS | flags);
  db.begin_transaction(false);
  std::size_t unreported = 0;
  const auto add = [&](std::size_t i, Xapian::Document doc) {
    db.replace_document(detail::schema::kIdTerm + records[i]->id, doc);
    if (++unreported == 1000 || i + 1 == records.size()) build.progress.add(std::exchange(unreported, 0));
  };
  if (analysts.workers == 0) {
    for (std::size_t i = 0; i < records.size(); ++i) add(i, make_doc(analysts.own, *records[i]));
  } else {
    // Batches of 64: large enough to keep the hand-over cheap, small enough to bound memory.
    detail::ordered_parallel(
        records.size(), analysts.workers, 64, [&](std::size_t w, std::size_t i) { return make_doc(w, *records[i]); }, add);
  }
  db.set_metadata(detail::schema::kMetaFingerprint, build.analyzer.fingerprint());
  db.set_metadata(detail::schema::kMetaVersion, version());
  db.set_metadata(detail::schema::kMetaCatalogue, build.provenance.catalogue_digest);
  db.set_metadata(detail::schema::kMetaReference, build.ref.territory.as_of());
  db.commit_transaction();
  db.close();
  return records.size();
}

// One database written by `writers` threads side by side: consecutive parts of `records`, each
// analysed and written by one thread, then merged by Xapian's compactor, which numbers each
// part's documents after those of the parts before it. The docids, terms, values and data are
// those one writer gives, in a compacted database (the merge costs a few percent of the build).
template <typename Record, typename MakeDoc>
std::size_t write_database_in_parts(const std::string& path, const std::vector<const Record*>& records, MakeDoc make_doc,
                                    std::size_t writers, const BuildContext& build, int flags) {
  // At least two parts a writer, so that a writer slowed down by the machine delays the merge
  // less, and ~2,000 documents a part: below Xapian's flush threshold (10,000), a part is
  // inverted in memory and written once, never merged into a growing table, and the smaller the
  // inverter's maps, the fewer cache misses (at 100k PES a tenth less CPU and 30 MB less memory
  // than parts of 5,000; the merge of more parts costs little). At most 128 parts, so that the
  // compactor's open files stay far below the usual limit of 1,024 (parts grow past 256k PES).
  constexpr std::size_t kPartSize = 2000, kMaxParts = 128;
  const std::size_t parts =
      std::min({records.size(), kMaxParts, std::max(2 * writers, (records.size() + kPartSize - 1) / kPartSize)});
  if (writers < 2 || parts < 2) return write_database(path, records, make_doc, Analysts{writers, 0}, build, flags);
  std::vector<std::string> written(parts);
  detail::ordered_parallel(
      parts, writers, 1,
      [&](std::size_t writer, std::size_t k) {
        const auto part_path = path + ".part" + std::to_string(k);
        const std::vector<const Record*> part(records.begin() + static_cast<std::ptrdiff_t>(k * records.size() / parts),
                                              records.begin() + static_cast<std::ptrdiff_t>((k + 1) * records.size() / parts));
        // A part lives until the merge: syncing it to disk would only make the build wait.
        write_database(part_path, part, make_doc, Analysts{0, writer}, build, flags | Xapian::DB_NO_SYNC);
        return part_path;
      },
      [&](std::size_t k, std::string part_path) { written[k] = std::move(part_path); });
  Xapian::Database merged;
  for (const auto& part_path : written) merged.add_database(Xapian::Database(part_path));
  merged.compact(path);  // equal metadata in every part: the compactor keeps the first
  merged.close();
  for (const auto& part_path : written) std::filesystem::remove_all(part_path);
  return records.size();
}

template <typename Record>
std::vector<const Record*> in_given_order(const std::vector<Record>& records) {
  std::vector<const Record*> out;
  out.reserve(records.size());
  for (const auto& r : records) out.push_back(&r);
  return out;
}

// Docids follow the seat's TERYT code (then the id, for a build that does not depend on the
// input's order). Most PES serve the area around their seat, so the PES serving one place sit in
// a few runs of docids, and the local candidate query, filtered to them, reads a few stretches of
// each posting list instead of all of it: half the time of that query at 100k PES.
// The keys are sorted as copies side by side: comparing through pointers to the records missed
// the cache on every comparison (~0.4 s at 100k PES, before any writer could start).
std::vector<const Pes*> in_territorial_order(const std::vector<Pes>& pes) {
  struct Key {
    std::string teryt, id;
    const Pes* pes;
  };
  std::vector<Key> keys;
  keys.reserve(pes.size());
  for (const auto& p : pes) keys.push_back(Key{p.teryt.str(), p.id, &p});
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return a.teryt != b.teryt ? a.teryt < b.teryt : a.id < b.id;
  });
  std::vector<const Pes*> out;
  out.reserve(keys.size());
  for (const auto& k : keys) out.push_back(k.pes);
  return out;
}

// The PES in territorial order, those that won a contract replaced by a copy (kept in `linked`)
// with the contract among its references.
std::vector<const Pes*> with_won_contracts(const std::vector<Pes>& pes, const std::vector<AwardedContract>& contracts,
                                           const std::unordered_map<std::string, std::string>& winners,
                                           std::unordered_map<std::string, Pes>& linked) {
  auto ordered = in_territorial_order(pes);
  if (winners.empty()) return ordered;
  std::unordered_map<std::string, const Pes*> by_id;
  for (const auto& p : pes) by_id.emplace(p.id, &p);
  for (const auto& c : contracts)
    if (auto w = winners.find(c.id); w != winners.end()) {
      auto [copy, fresh] = linked.try_emplace(w->second, *by_id.at(w->second));
      copy->second.references.push_back(detail::as_reference(c));
    }
  for (auto& p : ordered)
    if (auto it = linked.find(p->id); it != linked.end()) p = &it->second;
  return ordered;
}

}  // namespace

std::size_t default_threads() noexcept { return std::max(1u, std::thread::hardware_concurrency()); }

IndexStats build_index(const std::string& db_dir, const std::vector<Pes>& pes, const std::vector<Tender>& tenders,
                       const ReferenceData& ref, Analyzer& analyzer, const IndexProvenance& provenance,
                       const IndexProgress& progress, ShardBy shard_by, const std::vector<AwardedContract>& contracts,
                       std::size_t threads) {
  detail::BuildLock lock(db_dir);
  const auto generation = detail::new_generation(db_dir);
  const std::size_t total = pes.size() + tenders.size();
  // Another analyzer costs a hunspell handle (~0.1 s to open): worth it from ~1,000 documents.
  threads = std::clamp<std::size_t>(threads == 0 ? default_threads() : threads, 1, 1 + total / 1000);
  std::deque<Analyzer> siblings;
  std::vector<Analyzer*> analyzers{&analyzer};
  try {
    // The siblings' hunspell handles open while this thread puts the PES in docid order.
    auto opened = std::async(std::launch::async, [&] {
      while (analyzers.size() < threads) analyzers.push_back(&siblings.emplace_back(analyzer.sibling()));
    });
    IndexStats stats;
    ProgressTally tally(progress, total);
    const BuildContext build{analyzer, provenance, ref, tally};
    const auto write_pes = [&](const std::string& path, const std::vector<const Pes*>& part, std::size_t writer) {
      // A PES database is only ever rebuilt whole, never updated in place, so it needs no termlist
      // table (which is what replacing a document reads): a third less to write and to store.
      // Shards keep it: xapian-tcpsrv 1.4 fetches a document without DOC_ASSUME_VALID, and glass
      // checks that the document exists in the termlist table.
      const auto make_doc = [&](std::size_t w, const Pes& p) { return detail::pes_document(p, ref, *analyzers[w]); };
      if (shard_by == ShardBy::none) return write_database_in_parts(path, part, make_doc, threads, build, Xapian::DB_NO_TERMLIST);
      // Shards are written side by side, each analysed on its writer's thread.
      return write_database(path, part, make_doc, threads == 1 ? Analysts{1, 0} : Analysts{0, writer}, build);
    };
    // Each PES database (or shard) gets its value mirror before the generation is published.
    const auto write_mirrored_pes = [&](const std::string& path, const std::vector<const Pes*>& part, std::size_t writer) {
      const auto written = write_pes(path, part, writer);
      detail::write_value_mirror(path, {std::begin(detail::schema::kMirroredSlots), std::end(detail::schema::kMirroredSlots)});
      return written;
    };
    const auto winners = detail::link_winners(contracts, pes);
    std::unordered_map<std::string, Pes> linked;
    const auto ordered = with_won_contracts(pes, contracts, winners, linked);
    opened.get();
    stats.pes = shard_by == ShardBy::none ? write_mirrored_pes((generation / "pes").string(), ordered, 0)
                                          : detail::write_pes_shards(generation, ordered, ref, write_mirrored_pes, threads);
    if (!tenders.empty())
      stats.tenders = write_database(
          (generation / "tenders").string(), in_given_order(tenders),
          [&](std::size_t w, const Tender& t) { return detail::tender_document(t, ref, *analyzers[w]); },
          Analysts{threads, 0}, build);
    if (!contracts.empty()) {
      detail::write_contracts((generation / "contracts").string(), contracts, winners, ref);
      stats.contracts = contracts.size();
      stats.contracts_linked = winners.size();
    }
    detail::publish_generation(db_dir, generation);
    stats.generation = generation.filename().string();
    return stats;
  } catch (const Xapian::Error& e) {
    detail::discard_generation(generation);
    throw detail::xapian_error("index write failed", db_dir, e);
  } catch (...) {
    detail::discard_generation(generation);
    throw;
  }
}

namespace {

// Runs `add` on the published generation of `db_dir` under the build lock; "no published index"
// and Xapian failures become Error(io) naming `what` ("tenders", "contracts").
template <typename Add>
std::size_t add_to_published(const std::string& db_dir, const char* what, Add add) {
  detail::BuildLock lock(db_dir);
  const auto current = std::filesystem::path(db_dir) / "current";
  if (!std::filesystem::exists(current))
    throw Error(ErrorCode::io, ErrorLocation{db_dir, 0, {}, {}},
                std::string("no published index to add ") + what + " to (run index first)");
  return detail::with_xapian_errors(std::string("adding ") + what + " failed", db_dir, [&] { return add(current); });
}

}  // namespace

std::size_t add_tenders(const std::string& db_dir, const std::vector<Tender>& tenders, const ReferenceData& ref,
                        Analyzer& analyzer) {
  return add_to_published(db_dir, "tenders", [&](const std::filesystem::path& current) {
    Xapian::WritableDatabase db((current / "tenders").string(), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    db.begin_transaction(true);
    for (const auto& t : tenders) db.replace_document(detail::schema::kIdTerm + t.id, detail::tender_document(t, ref, analyzer));
    db.set_metadata(detail::schema::kMetaFingerprint, analyzer.fingerprint());
    db.commit_transaction();
    return tenders.size();
  });
}

std::size_t add_contracts(const std::string& db_dir, const std::vector<AwardedContract>& contracts,
                          const ReferenceData& ref) {
  return add_to_published(db_dir, "contracts", [&](const std::filesystem::path& current) {
    // The PES database is never updated in place (no termlist), so winners are linked to PES at
    // the next full build only.
    detail::write_contracts((current / "contracts").string(), contracts, {}, ref);
    return contracts.size();
  });
}

std::string file_digest(const std::string& path) {
  // Streamed: a catalogue of 1M PES is ~620 MB, which a build should not hold a second time.
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, "cannot open file");
  detail::Fnv1a digest;
  std::vector<char> buf(1 << 20);
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0)
    digest.update(std::string_view(buf.data(), static_cast<std::size_t>(in.gcount())));
  if (in.bad()) throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, "read failed");
  return digest.hex();
}

}  // namespace pesmatch
