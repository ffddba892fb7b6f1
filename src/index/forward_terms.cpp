#include "index/forward_terms.hpp"

#include <algorithm>
#include <cstdint>

#include "index/schema.hpp"
#include "pesmatch/error.hpp"

namespace pesmatch::detail {
namespace {

// The first byte of the value: a forward list of another layout is refused, not misread.
constexpr char kLayout = '\x02';
// A term's header byte: how many bytes it shares with the term before (high nibble) and how many
// follow (low nibble); a nibble of 15 means "15 plus a varint that follows". 99.5% of the terms
// share fewer than 15 bytes and their suffixes are short: two bytes with the wdf, not three.
constexpr std::uint32_t kEscape = 15;
constexpr const char* kCorrupt = "corrupt text terms of a PES in the index (rebuild it)";

void put_uint(std::string& out, std::uint32_t n) {
  while (n >= 0x80) {
    out.push_back(static_cast<char>(0x80 | (n & 0x7f)));
    n >>= 7;
  }
  out.push_back(static_cast<char>(n));
}

std::uint32_t get_uint(std::string_view& in) {
  std::uint32_t n = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    if (in.empty()) throw Error(ErrorCode::io, kCorrupt);
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    n |= static_cast<std::uint32_t>(byte & 0x7f) << shift;
    if (byte < 0x80) return n;
  }
  throw Error(ErrorCode::io, kCorrupt);
}

void put_nibble_extra(std::string& out, std::uint32_t n) {
  if (n >= kEscape) put_uint(out, n - kEscape);
}

std::uint32_t get_nibble(std::string_view& in, std::uint32_t nibble) {
  return nibble < kEscape ? nibble : kEscape + get_uint(in);
}

bool is_cpv_term(const std::string& term) { return term.rfind(schema::kCpv, 0) == 0; }

}  // namespace

std::string encode_forward_terms(const Xapian::Document& doc) {
  std::string out(1, kLayout);
  Xapian::termcount length = 0;
  std::string terms, previous;
  // The document's term list is sorted.
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const auto wdf = it.get_wdf();
    length += wdf;
    const std::string term = *it;
    if (wdf == 0 || is_cpv_term(term)) continue;
    const auto shared = std::mismatch(previous.begin(), previous.end(), term.begin(), term.end()).first - previous.begin();
    const auto prefix = static_cast<std::uint32_t>(shared), rest = static_cast<std::uint32_t>(term.size()) - prefix;
    terms.push_back(static_cast<char>(std::min(prefix, kEscape) << 4 | std::min(rest, kEscape)));
    put_nibble_extra(terms, prefix);
    put_nibble_extra(terms, rest);
    terms.append(term, static_cast<std::size_t>(shared));
    put_uint(terms, wdf);
    previous = term;
  }
  put_uint(out, length);
  return out + terms;
}

void ForwardTerms::reset(std::string_view packed) {
  in_ = packed;
  term_.clear();
  if (in_.empty() || in_.front() != kLayout) throw Error(ErrorCode::io, kCorrupt);
  in_.remove_prefix(1);
  length_ = get_uint(in_);
}

bool ForwardTerms::next() {
  if (in_.empty()) return false;
  const auto header = static_cast<unsigned char>(in_.front());
  in_.remove_prefix(1);
  const auto shared = get_nibble(in_, header >> 4u);
  const auto rest = get_nibble(in_, header & 0x0fu);
  if (shared > term_.size() || rest > in_.size()) throw Error(ErrorCode::io, kCorrupt);
  term_.resize(shared);
  term_.append(in_.substr(0, rest));
  in_.remove_prefix(rest);
  wdf_ = get_uint(in_);
  return true;
}

}  // namespace pesmatch::detail
