#include "pesmatch/cpv.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <unordered_map>

#include "pesmatch/error.hpp"
#include "reference/csv.hpp"

namespace pesmatch {

std::string CpvCode::digits_str() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08u", static_cast<unsigned>(digits_));
  return buf;
}

std::string CpvCode::str() const { return digits_str() + "-" + static_cast<char>('0' + check_); }

int CpvCode::significant_digits() const noexcept {
  int n = 8;
  for (std::uint32_t d = digits_; n > 2 && d % 10 == 0; d /= 10) --n;
  return n;
}

int CpvCode::shared_prefix(const CpvCode& other) const noexcept {
  // Digit by digit from the left; the reranker calls this for every candidate's every code.
  const int limit = std::min(significant_digits(), other.significant_digits());
  int n = 0;
  for (std::uint32_t scale = 10000000; n < limit && digits_ / scale % 10 == other.digits_ / scale % 10; scale /= 10) ++n;
  return n;
}

struct CpvVocabulary::Impl {
  std::vector<CpvEntry> entries;
  std::unordered_map<std::uint32_t, std::size_t> by_digits;
};

namespace {

std::optional<std::uint32_t> parse_digits8(std::string_view s) {
  if (s.size() != 8) return std::nullopt;
  std::uint32_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + 8, v);
  if (ec != std::errc() || ptr != s.data() + 8) return std::nullopt;
  return v;
}

}  // namespace

CpvVocabulary::CpvVocabulary(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CpvVocabulary::CpvVocabulary(CpvVocabulary&&) noexcept = default;
CpvVocabulary& CpvVocabulary::operator=(CpvVocabulary&&) noexcept = default;
CpvVocabulary::~CpvVocabulary() = default;

CpvVocabulary CpvVocabulary::load(const std::string& path) {
  const auto table = detail::CsvTable::read(path);
  const auto code_col = table.column("code"), pl_col = table.column("label_pl"),
             en_col = table.column("label_en"), annex_col = table.column("social_service_annex_xiv");
  auto impl = std::make_unique<Impl>();
  impl->entries.reserve(table.records().size());
  for (const auto& r : table.records()) {
    const auto code = detail::trim(detail::CsvTable::field(r, code_col));
    const auto digits = parse_digits8(code.substr(0, 8));
    if (code.size() != 10 || code[8] != '-' || !digits || code[9] < '0' || code[9] > '9')
      throw_invalid(path, r.line, "code", "not a CPV code", std::string(code));
    impl->by_digits.emplace(*digits, impl->entries.size());
    impl->entries.push_back({CpvCode(*digits, code[9] - '0'),
                             std::string(detail::trim(detail::CsvTable::field(r, pl_col))),
                             std::string(detail::trim(detail::CsvTable::field(r, en_col))),
                             detail::CsvTable::field(r, annex_col) == "1"});
  }
  return CpvVocabulary(std::move(impl));
}

Parsed<CpvCode> CpvVocabulary::parse(std::string_view text) const {
  const auto digits = parse_digits8(text.substr(0, 8));
  if (text.size() != 10 || text[8] != '-' || !digits || text[9] < '0' || text[9] > '9')
    return Parsed<CpvCode>::fail("not a CPV code (expected NNNNNNNN-N)");
  auto it = impl_->by_digits.find(*digits);
  if (it == impl_->by_digits.end()) return Parsed<CpvCode>::fail("unknown CPV code");
  const CpvCode& known = impl_->entries[it->second].code;
  if (known.check_digit() != text[9] - '0') return Parsed<CpvCode>::fail("bad check digit");
  return Parsed<CpvCode>::ok(known);
}

std::optional<CpvCode> CpvVocabulary::find(std::uint32_t digits) const {
  auto it = impl_->by_digits.find(digits);
  if (it == impl_->by_digits.end()) return std::nullopt;
  return impl_->entries[it->second].code;
}

const CpvEntry& CpvVocabulary::entry(const CpvCode& code) const {
  return impl_->entries.at(impl_->by_digits.at(code.digits()));
}

std::vector<CpvCode> CpvVocabulary::ancestors(const CpvCode& code) const {
  // By code prefix, not by the file's parent8 column: the published parents skip levels (the
  // parent of 60130000 is given as 60000000, not the group 60100000).
  std::vector<CpvCode> chain;
  std::uint32_t scale = 1000000;  // keeps 2 leading digits
  for (int digits = 2; digits < code.significant_digits(); ++digits, scale /= 10) {
    const std::uint32_t prefix = code.digits() / scale * scale;
    if (prefix == code.digits()) continue;
    if (auto e = impl_->by_digits.find(prefix); e != impl_->by_digits.end()) {
      if (chain.empty() || !(chain.back() == impl_->entries[e->second].code)) chain.push_back(impl_->entries[e->second].code);
    }
  }
  return chain;
}

const std::vector<CpvEntry>& CpvVocabulary::entries() const noexcept { return impl_->entries; }

}  // namespace pesmatch
