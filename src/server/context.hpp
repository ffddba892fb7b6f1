// What every handler of the server shares: the loaded reference data and model, the lookups for
// the pickers, and the per-thread engines over the index.
#pragma once

#include "pesmatch/lookup.hpp"
#include "pesmatch/model.hpp"
#include "pesmatch/reference.hpp"
#include "server/engines.hpp"
#include "server/server.hpp"

namespace pesmatch::server {

/// Immutable after construction except for the engines, which are per thread.
struct Context {
  ServerConfig config;  ///< as started
  ReferenceData ref;    ///< TERYT, CPV, PKD
  CpvLookup cpv;        ///< the CPV picker's search over ref.cpv
  PlaceLookup places;   ///< the place picker's search over ref.territory
  EnginePool engines;   ///< matchers and suggesters, one per worker thread

  /// Loads the reference data and model named by `config`.
  explicit Context(ServerConfig config);
};

}  // namespace pesmatch::server
