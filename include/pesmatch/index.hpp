// Building the Xapian index of a catalogue (and optionally of tenders). A build writes a new
// generation beside the published one and switches to it atomically: a failed or killed run
// leaves the previous index untouched and answering.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/contracts.hpp"
#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch {

/// Facts about the inputs, stored in the index so that results can name their data snapshot.
struct IndexProvenance {
  std::string catalogue_digest;  ///< digest of the catalogue file
};

/// Called as documents are written: (done, total).
using IndexProgress = std::function<void(std::size_t, std::size_t)>;

/// What a build did.
struct IndexStats {
  std::size_t pes = 0;      ///< PES documents written
  std::size_t tenders = 0;  ///< tender documents written
  std::size_t contracts = 0;         ///< awarded contracts written
  std::size_t contracts_linked = 0;  ///< of them, won by a catalogue PES (added to its references)
  std::string generation;   ///< name of the published generation
};

/// How a build lays out the PES documents.
enum class ShardBy {
  none,         ///< one PES database (DIR/current/pes)
  wojewodztwo,  ///< one database per województwo of the seat (DIR/current/shards/<TERC>), all
                ///< 16 always, opened together through the stub DIR/current/pes
};

/// The hardware's concurrency (at least 1): the default number of threads of a build or a batch.
[[nodiscard]] std::size_t default_threads() noexcept;

/// Builds and publishes the index at `db_dir` (created when missing). Throws Error(io) when the
/// directory is locked by another build, is not a pesmatch index, or cannot be written; the
/// previously published index is then unchanged. Sharded or not, DIR opens the same way and
/// ranks the same. `contracts` (awarded contracts, e.g. from `import bzp --results`) go into the
/// generation's `contracts` database; a contract whose winner is a catalogue PES (same NIP, else
/// same normalised name and gmina) is also indexed as one of that PES's references.
/// `threads` (0 = default_threads(), fewer for small inputs) analyse the documents beside one
/// writer, with siblings of `analyzer`, or write the shards side by side; the index written is
/// the same, docid for docid, whatever their number.
IndexStats build_index(const std::string& db_dir, const std::vector<Pes>& pes, const std::vector<Tender>& tenders,
                       const ReferenceData& ref, Analyzer& analyzer, const IndexProvenance& provenance,
                       const IndexProgress& progress = {}, ShardBy shard_by = ShardBy::none,
                       const std::vector<AwardedContract>& contracts = {}, std::size_t threads = 0);

/// The shard databases of the index published at `db_dir`, in stub order (empty when it is not
/// sharded): the paths to serve with xapian-tcpsrv. They pass through DIR/current, so a server
/// that opens them per connection follows newly published generations.
[[nodiscard]] std::vector<std::string> index_shards(const std::string& db_dir);

/// Adds (or replaces, by id) tenders in the published index without rebuilding it, for nightly
/// runs over newly published notices. The tender database is committed in one transaction, so
/// readers see all of the new tenders or none. Throws Error(io) when `db_dir` holds no published
/// index or is locked by a build.
std::size_t add_tenders(const std::string& db_dir, const std::vector<Tender>& tenders, const ReferenceData& ref,
                        Analyzer& analyzer);

/// Adds (or replaces, by id) awarded contracts in the published index's `contracts` database, in
/// one transaction. Their winners are not linked to PES references until the next build_index
/// (the PES database is never updated in place). Errors as add_tenders.
std::size_t add_contracts(const std::string& db_dir, const std::vector<AwardedContract>& contracts,
                          const ReferenceData& ref);

/// A contract as the index holds it, with the catalogue PES its winner was matched to.
struct IndexedContract {
  AwardedContract contract;  ///< the contract
  std::string winner_pes;    ///< id of the catalogue PES that won it, or "" (not in the catalogue, or added since)
};

/// Up to `limit` contracts of the index at `db_dir` comparable to `tender`: a CPV code in the
/// group (first 3 digits) of its main code, the buyer in a województwo of its places; newest first.
/// Empty when the index holds no contracts. Throws Error(io) when the database cannot be read.
std::vector<IndexedContract> comparable_contracts(const std::string& db_dir, const Tender& tender,
                                                  const ReferenceData& ref, std::size_t limit = 50);

/// A short, stable digest (FNV-1a, hex) of a file's bytes; throws Error(io) when unreadable.
[[nodiscard]] std::string file_digest(const std::string& path);

}  // namespace pesmatch
