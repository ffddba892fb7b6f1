// One synthetic record at a time: the PES or tender number `index`, drawn from `rng`. The records
// are built as the validated structs of pes.hpp / tender.hpp and written out by record_json.
#pragma once

#include <cstddef>

#include "pesmatch/pes.hpp"
#include "pesmatch/tender.hpp"
#include "synth/random.hpp"
#include "synth/world.hpp"

namespace pesmatch::synth {

/// The PES number `index` (0-based; its id is PES + 7 digits of index + 1).
Pes make_pes(const World& world, std::size_t index, Rng& rng);
/// The tender number `index` (0-based; its id looks like a BZP notice number).
Tender make_tender(const World& world, std::size_t index, Rng& rng);

}  // namespace pesmatch::synth
