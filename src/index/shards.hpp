// A catalogue split into shards, one Xapian database per województwo of the seat, searched as one
// through a stub file; and opening an index that may be such a stub, local or remote
// (xapian-tcpsrv), with network failures reported as pesmatch errors naming the shard.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pesmatch/pes.hpp"
#include "pesmatch/reference.hpp"

namespace pesmatch::detail {

/// Writes one database of PES at `path` on writer thread number `writer` (from 0); returns the
/// number written.
using ShardWriter = std::function<std::size_t(const std::string& path, const std::vector<const Pes*>& part, std::size_t writer)>;

/// Writes GENERATION/shards/<TERC of the województwo> for every województwo of the register
/// (empty ones too, so that a stub of remote shards never changes) and GENERATION/pes as a stub
/// listing them, pinned to this generation; each shard keeps the order of `pes`. `writers` shards
/// are written at a time, on as many threads; the first shard (in TERC order) that fails stops
/// the others and its error is rethrown. Returns the number of PES written.
std::size_t write_pes_shards(const std::filesystem::path& generation, const std::vector<const Pes*>& pes,
                             const ReferenceData& ref, const ShardWriter& write, std::size_t writers);

/// Opens `db` (a pesmatch directory, a Xapian database or a stub file). A shard that cannot be
/// reached becomes Error(io) naming `db` and the shard's address; other Xapian errors pass.
Xapian::Database open_index(const std::string& db);

/// The local databases `db` opens as open_index does (itself, or the flattened list of a stub's
/// `auto`/`glass` lines, in Xapian's order); nullopt when any is remote or the stub is unreadable.
std::optional<std::vector<std::string>> local_databases(const std::string& db);

}  // namespace pesmatch::detail
