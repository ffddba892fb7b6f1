#include "pesmatch/pkd.hpp"

#include <unordered_map>

#include "pesmatch/error.hpp"
#include "reference/csv.hpp"

namespace pesmatch {

struct PkdClassification::Impl {
  std::unordered_map<std::string, std::string> names_2007;     // every symbol, all levels
  std::unordered_map<std::string, std::string> names_2025;
  std::unordered_map<std::string, std::string> descriptions;   // by class NN.NN
  std::unordered_multimap<std::string, std::string> map_2025;  // class 2007 -> symbol 2025
  std::unordered_map<std::string, std::string> sole_subclass;  // class -> its only subclass
};

namespace {

const std::string kEmpty;

void load_names(const std::string& path, std::unordered_map<std::string, std::string>& names,
                std::unordered_map<std::string, std::string>* sole_subclass) {
  const auto table = detail::CsvTable::read(path);
  const auto typ = table.column("typ"), sym = table.column("symbol"), name = table.column("nazwa");
  std::unordered_map<std::string, int> subclasses_per_class;
  for (const auto& r : table.records()) {
    const std::string symbol(detail::trim(detail::CsvTable::field(r, sym)));
    names.emplace(symbol, std::string(detail::trim(detail::CsvTable::field(r, name))));
    if (sole_subclass && detail::CsvTable::field(r, typ) == "PODKLASA" && symbol.size() == 7) {
      const std::string cls = symbol.substr(0, 5);
      if (++subclasses_per_class[cls] == 1) (*sole_subclass)[cls] = symbol;
      else sole_subclass->erase(cls);
    }
  }
}

bool is_subclass_shape(std::string_view t) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return t.size() == 7 && digit(t[0]) && digit(t[1]) && t[2] == '.' && digit(t[3]) && digit(t[4]) &&
         t[5] == '.' && t[6] >= 'A' && t[6] <= 'Z';
}

}  // namespace

PkdClassification::PkdClassification(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PkdClassification::PkdClassification(PkdClassification&&) noexcept = default;
PkdClassification& PkdClassification::operator=(PkdClassification&&) noexcept = default;
PkdClassification::~PkdClassification() = default;

PkdClassification PkdClassification::load(const std::string& dir) {
  auto impl = std::make_unique<Impl>();
  load_names(dir + "/PKD_2007.csv", impl->names_2007, &impl->sole_subclass);
  load_names(dir + "/PKD_2025.csv", impl->names_2025, nullptr);
  const auto map = detail::CsvTable::read(dir + "/MAP_PKD_2007_2025.csv");
  const auto from = map.column("symbol_2007"), to = map.column("symbol_2025");
  for (const auto& r : map.records())
    impl->map_2025.emplace(std::string(detail::CsvTable::field(r, from)), std::string(detail::CsvTable::field(r, to)));
  const auto notes = detail::CsvTable::read(dir + "/pkd2007_descriptions.csv");
  const auto cls = notes.column("klasa"), opis = notes.column("opis");
  for (const auto& r : notes.records())
    impl->descriptions.emplace(std::string(detail::CsvTable::field(r, cls)), std::string(detail::CsvTable::field(r, opis)));
  return PkdClassification(std::move(impl));
}

Parsed<PkdCode> PkdClassification::parse(std::string_view text) const {
  std::string code(text);
  if (code.size() == 5) {  // a bare class "81.21" names its sole subclass
    auto it = impl_->sole_subclass.find(code);
    if (it != impl_->sole_subclass.end()) code = it->second;
  }
  if (!is_subclass_shape(code)) return Parsed<PkdCode>::fail("not a PKD 2007 subclass (expected NN.NN.X)");
  if (!impl_->names_2007.count(code)) return Parsed<PkdCode>::fail("unknown PKD 2007 subclass");
  return Parsed<PkdCode>::ok(PkdCode(code));
}

const std::string& PkdClassification::name(const PkdCode& code) const {
  auto it = impl_->names_2007.find(code.str());
  return it == impl_->names_2007.end() ? kEmpty : it->second;
}

const std::string& PkdClassification::description(const PkdCode& code) const {
  auto it = impl_->descriptions.find(code.pkd_class());
  return it == impl_->descriptions.end() ? kEmpty : it->second;
}

std::vector<std::string> PkdClassification::to_2025(const PkdCode& code) const {
  std::vector<std::string> out;
  auto [lo, hi] = impl_->map_2025.equal_range(code.pkd_class());
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  return out;
}

const std::string& PkdClassification::name_2025(std::string_view symbol) const {
  auto it = impl_->names_2025.find(std::string(symbol));
  return it == impl_->names_2025.end() ? kEmpty : it->second;
}

}  // namespace pesmatch
