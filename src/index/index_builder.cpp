#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "core/digest.hpp"
#include "index/contract_documents.hpp"
#include "index/documents.hpp"
#include "index/generations.hpp"
#include "index/pipeline.hpp"
#include "index/schema.hpp"
#include "index/shards.hpp"
#include "index/xapian_errors.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/index.hpp"
#include "pesmatch/version.hpp"
#include "reference/csv.hpp"

namespace pesmatch {
namespace {

// Bulk builds commit once at the end: Xapian flushes by itself every XAPIAN_FLUSH_THRESHOLD
// documents, and one final commit is what makes the generation complete.
template <typename Record, typename MakeDoc>
std::size_t write_database(const std::string& path, const std::vector<const Record*>& records, MakeDoc make_doc,
                           const Analyzer& analyzer, const IndexProvenance& provenance, const ReferenceData& ref,
                           const IndexProgress& progress, std::size_t done_before, std::size_t total, int flags = 0) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS | flags);
  db.begin_transaction(false);
  std::size_t n = 0;
  detail::pipelined(records, [&](const Record* r) { return make_doc(*r); }, [&](Xapian::Document doc) {
    db.replace_document(detail::schema::kIdTerm + records[n++]->id, doc);
    if (progress && (n % 1000 == 0 || n == records.size())) progress(done_before + n, total);
  });
  db.set_metadata(detail::schema::kMetaFingerprint, analyzer.fingerprint());
  db.set_metadata(detail::schema::kMetaVersion, version());
  db.set_metadata(detail::schema::kMetaCatalogue, provenance.catalogue_digest);
  db.set_metadata(detail::schema::kMetaReference, ref.territory.as_of());
  db.commit_transaction();
  db.close();
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
std::vector<const Pes*> in_territorial_order(const std::vector<Pes>& pes) {
  auto out = in_given_order(pes);
  std::sort(out.begin(), out.end(), [](const Pes* a, const Pes* b) {
    return a->teryt != b->teryt ? a->teryt < b->teryt : a->id < b->id;
  });
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

IndexStats build_index(const std::string& db_dir, const std::vector<Pes>& pes, const std::vector<Tender>& tenders,
                       const ReferenceData& ref, Analyzer& analyzer, const IndexProvenance& provenance,
                       const IndexProgress& progress, ShardBy shard_by, const std::vector<AwardedContract>& contracts) {
  detail::BuildLock lock(db_dir);
  const auto generation = detail::new_generation(db_dir);
  const std::size_t total = pes.size() + tenders.size();
  try {
    IndexStats stats;
    const auto write_pes = [&](const std::string& path, const std::vector<const Pes*>& part, std::size_t done_before) {
      // A PES database is only ever rebuilt whole, never updated in place, so it needs no termlist
      // table (which is what replacing a document reads): a third less to write and to store.
      // Shards keep it: xapian-tcpsrv 1.4 fetches a document without DOC_ASSUME_VALID, and glass
      // checks that the document exists in the termlist table.
      return write_database(path, part, [&](const Pes& p) { return detail::pes_document(p, ref, analyzer); }, analyzer,
                            provenance, ref, progress, done_before, total,
                            shard_by == ShardBy::none ? Xapian::DB_NO_TERMLIST : 0);
    };
    const auto winners = detail::link_winners(contracts, pes);
    std::unordered_map<std::string, Pes> linked;
    const auto ordered = with_won_contracts(pes, contracts, winners, linked);
    stats.pes = shard_by == ShardBy::none ? write_pes((generation / "pes").string(), ordered, 0)
                                          : detail::write_pes_shards(generation, ordered, ref, write_pes);
    if (!tenders.empty())
      stats.tenders = write_database((generation / "tenders").string(), in_given_order(tenders),
                                     [&](const Tender& t) { return detail::tender_document(t, ref, analyzer); },
                                     analyzer, provenance, ref, progress, pes.size(), total);
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
  detail::Fnv1a digest;
  digest.update(detail::read_file(path));
  return digest.hex();
}

}  // namespace pesmatch
