#include <algorithm>
#include <charconv>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/teryt.hpp"
#include "reference/csv.hpp"
#include "reference/terc_source.hpp"

namespace pesmatch {

namespace {

struct TerritoryData {
  std::vector<TerytUnit> units;
  std::unordered_map<std::string, std::size_t> by_code;
  std::unordered_multimap<std::string, std::size_t> by_name;  // name_key(name) → unit
  std::unordered_map<std::string, LatLon> centroids;  // powiats and województwa
  std::unordered_set<std::string> neighbour_pairs;    // "AAAA BBBB" with AAAA < BBBB
  std::string as_of;
};

double parse_degrees(std::string_view text, const std::string& file, std::size_t line, const char* field) {
  double v = 0;
  const auto t = detail::trim(text);
  auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (ec != std::errc() || ptr != t.data() + t.size()) throw_invalid(file, line, field, "not a number", std::string(t));
  return v;
}

std::string pair_key(const std::string& a, const std::string& b) {
  return a < b ? a + " " + b : b + " " + a;
}

void load_units(TerritoryData& impl, const std::string& terc_path) {
  for (const auto& row : detail::read_terc(terc_path)) {
    const std::string code = row.woj + row.pow + row.gmi + row.rodz;
    auto parsed = TerytCode::parse(code);
    if (!parsed) throw_invalid(terc_path, row.line, "TERC", parsed.problem, code);
    impl.by_code.emplace(code, impl.units.size());
    impl.by_name.emplace(detail::name_key(row.name), impl.units.size());
    impl.units.push_back({*parsed.value, row.name, row.kind});
    if (impl.as_of.empty()) impl.as_of = row.as_of;
  }
}

void load_geography(TerritoryData& impl, const std::string& geo_path) {
  const auto table = detail::CsvTable::read(geo_path);
  const auto code_col = table.column("TERC_POW"), lon_col = table.column("lon"),
             lat_col = table.column("lat"), nb_col = table.column("neighbours_terc");
  std::unordered_map<std::string, std::pair<LatLon, int>> woj_sums;
  for (const auto& r : table.records()) {
    const std::string code(detail::trim(detail::CsvTable::field(r, code_col)));
    const LatLon c{parse_degrees(detail::CsvTable::field(r, lat_col), geo_path, r.line, "lat"),
                   parse_degrees(detail::CsvTable::field(r, lon_col), geo_path, r.line, "lon")};
    impl.centroids[code] = c;
    auto& [sum, n] = woj_sums[code.substr(0, 2)];
    sum.lat += c.lat;
    sum.lon += c.lon;
    ++n;
    std::istringstream nbs{std::string(detail::CsvTable::field(r, nb_col))};
    for (std::string nb; nbs >> nb;) impl.neighbour_pairs.insert(pair_key(code, nb));
  }
  for (const auto& [woj, acc] : woj_sums)
    impl.centroids[woj] = LatLon{acc.first.lat / acc.second, acc.first.lon / acc.second};
}

bool is_whole_gmina(const TerytCode& code) {
  const char type = code.str().back();
  return type == '1' || type == '2' || type == '3';
}

// The gmina a part belongs to: a town (4) or rural area (5) of an urban-rural gmina shares its
// first six digits with the gmina (type 3); a dzielnica (8) or delegatura (9) lies in a city with
// powiat rights, whose only gmina is number 01 of type 1.
std::string whole_gmina_of(const TerytCode& part) {
  const char type = part.str().back();
  if (type == '4' || type == '5') return part.str().substr(0, 6) + "3";
  return part.powiat().str() + "011";
}

}  // namespace

struct Territory::Impl : TerritoryData {};

Territory::Territory(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Territory::Territory(Territory&&) noexcept = default;
Territory& Territory::operator=(Territory&&) noexcept = default;
Territory::~Territory() = default;

Territory Territory::load(const std::string& terc_path, const std::string& powiaty_geo_path) {
  auto impl = std::make_unique<Impl>();
  load_units(*impl, terc_path);
  load_geography(*impl, powiaty_geo_path);
  return Territory(std::move(impl));
}

const TerytUnit* Territory::find(const TerytCode& code) const noexcept {
  auto it = impl_->by_code.find(code.str());
  return it == impl_->by_code.end() ? nullptr : &impl_->units[it->second];
}

Parsed<TerytCode> Territory::resolve(std::string_view text) const {
  auto parsed = TerytCode::parse(text);
  if (parsed && !find(*parsed.value)) return Parsed<TerytCode>::fail("unknown TERC unit");
  return parsed;
}

LatLon Territory::centroid(const TerytCode& code) const {
  const std::string key = code.level() == TerytLevel::wojewodztwo ? code.str() : code.powiat().str();
  auto it = impl_->centroids.find(key);
  if (it == impl_->centroids.end())
    throw Error(ErrorCode::invalid_input, "no centroid for TERC unit " + code.str());
  return it->second;
}

bool Territory::neighbours(const TerytCode& a, const TerytCode& b) const {
  return impl_->neighbour_pairs.count(pair_key(a.powiat().str(), b.powiat().str())) > 0;
}

std::string Territory::describe(const TerytCode& code) const {
  const auto* unit = find(code);
  return unit ? unit->name + " (" + unit->kind + ")" : code.str();
}

const std::vector<TerytUnit>& Territory::units() const noexcept { return impl_->units; }

std::vector<TerytCode> Territory::powiats_within(LatLon centre, double radius_km) const {
  std::vector<TerytCode> out;
  for (const auto& unit : impl_->units) {
    if (unit.code.level() != TerytLevel::powiat) continue;
    auto it = impl_->centroids.find(unit.code.str());
    if (it != impl_->centroids.end() && great_circle_km(centre, it->second) <= radius_km) out.push_back(unit.code);
  }
  return out;
}

const std::string& Territory::as_of() const noexcept { return impl_->as_of; }

std::vector<TerytCode> Territory::find_by_name(std::string_view name, TerytLevel level) const {
  std::vector<TerytCode> whole, parts;
  auto [lo, hi] = impl_->by_name.equal_range(detail::name_key(name));
  for (auto it = lo; it != hi; ++it) {
    const auto& code = impl_->units[it->second].code;
    if (code.level() != level) continue;
    if (level != TerytLevel::gmina || is_whole_gmina(code)) {
      whole.push_back(code);
    } else if (auto gmina = resolve(whole_gmina_of(code))) {
      parts.push_back(*gmina.value);
    }
  }
  auto& out = whole.empty() ? parts : whole;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace pesmatch
