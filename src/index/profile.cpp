#include "index/profile.hpp"

#include <cstdint>
#include <cstring>

#include "pesmatch/error.hpp"

namespace pesmatch::detail {
namespace {

class Writer {
 public:
  template <typename T>
  void pod(T v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void str(std::string_view s) {
    pod(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  T pod() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return v;
  }
  std::string str() { return std::string(view()); }
  std::string_view view() {
    const auto n = pod<std::uint32_t>();
    need(n);
    const auto s = in_.substr(0, n);
    in_.remove_prefix(n);
    return s;
  }
  void skip_strings(std::size_t n) {
    for (; n > 0; --n) (void)view();
  }
  [[nodiscard]] std::size_t left() const { return in_.size(); }

 private:
  void need(std::size_t n) const {
    if (in_.size() < n) throw Error(ErrorCode::io, "corrupt PES profile in the index (rebuild it)");
  }
  std::string_view in_;
};

// 4: concepts and titles read in place; titles after the concepts; buyers kept for art. 361 only.
constexpr std::uint8_t kVersion = 4;
constexpr double kAbsent = -1.0;

void put_cpv(Writer& w, const std::vector<CpvCode>& codes) {
  w.pod(static_cast<std::uint16_t>(codes.size()));
  for (const auto& c : codes) w.pod(c.digits());
}

std::vector<CpvCode> get_cpv(Reader& r, const CpvVocabulary& cpv) {
  std::vector<CpvCode> out;
  const auto count = r.pod<std::uint16_t>();
  if (count > 0) out.reserve(count);
  for (auto n = count; n > 0; --n)
    if (auto code = cpv.find(r.pod<std::uint32_t>())) out.push_back(*code);
  return out;
}

TerytCode get_teryt(Reader& r) {
  auto parsed = TerytCode::parse(r.view());
  if (!parsed) throw Error(ErrorCode::io, "corrupt TERYT code in the index profile (rebuild it)");
  return *parsed.value;
}

}  // namespace

std::string encode_profile(const Pes& p, const std::vector<std::string>& concepts) {
  Writer w;
  w.pod(kVersion);
  w.str(p.id);
  w.pod(static_cast<std::uint8_t>(p.legal_form));
  w.pod(static_cast<std::uint8_t>((p.social_enterprise ? 1 : 0) | (p.location_given ? 2 : 0) |
                                  (p.service_area.defaulted ? 4 : 0)));
  w.pod(p.location.lat);
  w.pod(p.location.lon);
  w.pod(static_cast<std::int32_t>(p.employees.value_or(-1)));
  w.pod(p.disadvantaged_share.value_or(kAbsent));
  w.pod(p.service_area.radius_km.value_or(kAbsent));
  w.str(p.teryt.str());
  w.pod(static_cast<std::uint16_t>(p.service_area.units.size()));
  for (const auto& u : p.service_area.units) w.str(u.str());
  put_cpv(w, p.cpv);
  w.pod(static_cast<std::uint16_t>(p.pkd.size()));
  for (const auto& k : p.pkd) w.str(k.str());
  w.pod(static_cast<std::uint16_t>(p.references.size()));
  for (const auto& c : p.references) {
    w.pod(static_cast<std::int16_t>(c.year.value_or(0)));
    w.pod(c.value_pln.value_or(kAbsent));
    w.pod(static_cast<std::uint8_t>(c.art361));
    w.str(c.buyer);
    put_cpv(w, c.cpv);
  }
  w.pod(static_cast<std::uint16_t>(concepts.size()));
  for (const auto& c : concepts) w.str(c);
  for (const auto& c : p.references) w.str(c.title);  // the explanation names the contract
  return w.take();
}

RankingProfile decode_profile(std::string packed, const ReferenceData& ref) {
  RankingProfile profile;
  profile.packed = std::move(packed);
  Reader r(profile.packed);
  if (r.pod<std::uint8_t>() != kVersion) throw Error(ErrorCode::io, "index profile of another pesmatch version (rebuild it)");
  Pes& p = profile.pes;
  p.id = r.str();
  p.legal_form = static_cast<LegalForm>(r.pod<std::uint8_t>());
  const auto flags = r.pod<std::uint8_t>();
  p.social_enterprise = flags & 1;
  p.location_given = flags & 2;
  p.service_area.defaulted = flags & 4;
  p.location.lat = r.pod<double>();
  p.location.lon = r.pod<double>();
  if (auto n = r.pod<std::int32_t>(); n >= 0) p.employees = n;
  if (auto d = r.pod<double>(); d >= 0) p.disadvantaged_share = d;
  if (auto d = r.pod<double>(); d >= 0) p.service_area.radius_km = d;
  p.teryt = get_teryt(r);
  const auto units = r.pod<std::uint16_t>();
  if (units > 0) p.service_area.units.reserve(units);
  for (auto n = units; n > 0; --n) p.service_area.units.push_back(get_teryt(r));
  p.cpv = get_cpv(r, ref.cpv);
  for (auto n = r.pod<std::uint16_t>(); n > 0; --n)
    if (auto code = ref.pkd.parse(r.view())) p.pkd.push_back(*code.value);
  const auto contracts = r.pod<std::uint16_t>();
  if (contracts > 0) p.references.reserve(contracts);
  for (auto n = contracts; n > 0; --n) {
    PastContract& c = p.references.emplace_back();
    if (auto y = r.pod<std::int16_t>(); y != 0) c.year = y;
    if (auto v = r.pod<double>(); v >= 0) c.value_pln = v;
    c.art361 = r.pod<std::uint8_t>() != 0;
    const auto buyer = r.view();
    if (c.art361) c.buyer = buyer;
    c.cpv = get_cpv(r, ref.cpv);
  }
  profile.concept_count = r.pod<std::uint16_t>();
  profile.concepts_at = profile.packed.size() - r.left();
  // Walked once here, so that the accessors need not check bounds.
  r.skip_strings(profile.concept_count);
  r.skip_strings(contracts);
  return profile;
}

std::vector<std::string> RankingProfile::concepts() const {
  std::vector<std::string> out;
  for_each_concept([&](std::string_view c) { out.emplace_back(c); });
  return out;
}

std::string_view RankingProfile::reference_title(std::size_t i) const {
  std::size_t at = concepts_at;
  for (std::size_t k = 0; k < concept_count + i; ++k) at += 4 + read_length(at);
  return std::string_view(packed).substr(at + 4, read_length(at));
}

}  // namespace pesmatch::detail
