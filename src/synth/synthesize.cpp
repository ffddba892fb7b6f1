// Streaming: records are generated in blocks of fixed size, each block from its own engine seeded by
// (seed, stream, block), so the output is the same for any number of threads. Worker threads fill
// one block each per round while the calling thread writes the previous round in order, so memory
// stays bounded (two rounds of blocks).
#include <algorithm>
#include <exception>
#include <ostream>
#include <thread>
#include <vector>

#include "ingest/record_json.hpp"
#include "pesmatch/error.hpp"
#include "synth/generators.hpp"
#include "synth/synth.hpp"

namespace pesmatch {
namespace {

constexpr std::size_t kBlock = 1024;
constexpr std::uint64_t kPesStream = 1, kTenderStream = 2;

std::uint64_t block_seed(std::uint64_t seed, std::uint64_t stream, std::uint64_t block) {
  return synth::mix64(synth::mix64(seed) ^ synth::mix64((stream << 56) ^ block));
}

void append_pes(const synth::World& world, std::size_t index, synth::Rng& rng, std::string& out) {
  const auto pes = synth::make_pes(world, index, rng);
  auto j = detail::to_json(pes);
  // to_json spells the defaults out; a catalogue as people write it leaves them away.
  if (!pes.location_given) j.erase("location");
  if (!pes.social_enterprise) j.erase("social_enterprise");
  out += j.dump();
  out += '\n';
}

void append_tender(const synth::World& world, std::size_t index, synth::Rng& rng, std::string& out) {
  out += detail::to_json(synth::make_tender(world, index, rng)).dump();
  out += '\n';
}

template <typename Append>
void write_blocks(std::size_t total, std::uint64_t seed, std::uint64_t stream, unsigned threads, Append append,
                  std::ostream& out, const char* what) {
  const std::size_t blocks = (total + kBlock - 1) / kBlock;
  // Two rounds of buffers: the workers fill one round while this thread writes the other.
  std::vector<std::string> buffers(2 * threads);
  std::vector<std::exception_ptr> failures(2 * threads);
  auto generate = [&](std::size_t block, std::size_t slot) {
    try {
      synth::Rng rng(block_seed(seed, stream, block));
      auto& buffer = buffers[slot];
      buffer.clear();
      const std::size_t end = std::min(total, (block + 1) * kBlock);
      for (std::size_t i = block * kBlock; i < end; ++i) append(i, rng, buffer);
    } catch (...) {
      failures[slot] = std::current_exception();
    }
  };
  auto write = [&](std::size_t base, std::size_t count) {
    for (std::size_t k = base; k < base + count; ++k) {
      if (failures[k]) std::rethrow_exception(failures[k]);
      out.write(buffers[k].data(), static_cast<std::streamsize>(buffers[k].size()));
    }
    if (!out) throw Error(ErrorCode::io, std::string("cannot write the synthetic ") + what);
  };
  std::size_t previous_base = 0, previous_count = 0;
  for (std::size_t first = 0, round = 0; first < blocks; first += threads, ++round) {
    const std::size_t count = std::min<std::size_t>(threads, blocks - first);
    const std::size_t base = (round % 2) * threads;
    {
      std::vector<std::jthread> workers;
      for (std::size_t k = 0; k < count; ++k) workers.emplace_back(generate, first + k, base + k);
      write(previous_base, previous_count);
    }
    previous_base = base;
    previous_count = count;
  }
  write(previous_base, previous_count);
  out.flush();
  if (!out) throw Error(ErrorCode::io, std::string("cannot write the synthetic ") + what);
}

}  // namespace

void synthesize(const SynthOptions& options, const ReferenceData& ref, std::ostream& pes_out, std::ostream& tenders_out) {
  const synth::World world(ref);
  const unsigned threads = std::clamp(options.threads ? options.threads : std::thread::hardware_concurrency(), 1u, 16u);
  write_blocks(
      options.pes, options.seed, kPesStream, threads,
      [&](std::size_t i, synth::Rng& rng, std::string& out) { append_pes(world, i, rng, out); }, pes_out, "PES");
  write_blocks(
      options.tenders, options.seed, kTenderStream, threads,
      [&](std::size_t i, synth::Rng& rng, std::string& out) { append_tender(world, i, rng, out); }, tenders_out,
      "tenders");
}

}  // namespace pesmatch
