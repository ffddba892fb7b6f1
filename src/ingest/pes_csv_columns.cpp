#include "ingest/pes_csv_columns.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/utf8.hpp"
#include "reference/csv.hpp"

namespace pesmatch::detail {
namespace {

// clang-format off
// Headers as name keys (lowercase, no diacritics, punctuation as spaces), synonyms included.
constexpr std::pair<std::string_view, PesColumn> kHeaders[] = {
    {"id", PesColumn::id}, {"identyfikator", PesColumn::id},
    {"nazwa", PesColumn::name}, {"nazwa podmiotu", PesColumn::name}, {"nazwa pes", PesColumn::name},
    {"nazwa organizacji", PesColumn::name}, {"pelna nazwa", PesColumn::name},
    {"forma prawna", PesColumn::legal_form}, {"forma organizacyjno prawna", PesColumn::legal_form},
    {"forma", PesColumn::legal_form},
    {"miejscowosc", PesColumn::town}, {"miasto", PesColumn::town}, {"siedziba", PesColumn::town},
    {"gmina", PesColumn::gmina}, {"powiat", PesColumn::powiat},
    {"wojewodztwo", PesColumn::wojewodztwo}, {"woj", PesColumn::wojewodztwo},
    {"teryt", PesColumn::teryt}, {"kod teryt", PesColumn::teryt}, {"terc", PesColumn::teryt},
    {"opis dzialalnosci", PesColumn::description}, {"opis", PesColumn::description},
    {"zakres dzialalnosci", PesColumn::description}, {"przedmiot dzialalnosci", PesColumn::description},
    {"uslugi", PesColumn::services}, {"oferta", PesColumn::services},
    {"pkd", PesColumn::pkd}, {"kody pkd", PesColumn::pkd}, {"cpv", PesColumn::cpv}, {"kody cpv", PesColumn::cpv},
    {"e mail", PesColumn::email}, {"email", PesColumn::email}, {"adres e mail", PesColumn::email},
    {"mail", PesColumn::email},
    {"telefon", PesColumn::phone}, {"tel", PesColumn::phone}, {"nr telefonu", PesColumn::phone},
    {"www", PesColumn::www}, {"strona www", PesColumn::www}, {"strona internetowa", PesColumn::www},
    {"adres", PesColumn::address}, {"ulica", PesColumn::address},
    {"nip", PesColumn::nip}, {"regon", PesColumn::regon}, {"krs", PesColumn::krs}, {"nr krs", PesColumn::krs},
    {"numer krs", PesColumn::krs},
    {"liczba pracownikow", PesColumn::employees}, {"liczba zatrudnionych", PesColumn::employees},
    {"zatrudnienie", PesColumn::employees},
    {"status ps", PesColumn::social_enterprise}, {"ps", PesColumn::social_enterprise},
    {"przedsiebiorstwo spoleczne", PesColumn::social_enterprise},
    {"status przedsiebiorstwa spolecznego", PesColumn::social_enterprise},
};

// Contract fields (the part before any `[` or `.`) and the column that feeds each.
constexpr std::pair<std::string_view, PesColumn> kFields[] = {
    {"id", PesColumn::id}, {"name", PesColumn::name}, {"legal_form", PesColumn::legal_form},
    {"teryt", PesColumn::teryt}, {"description", PesColumn::description}, {"services", PesColumn::services},
    {"pkd", PesColumn::pkd}, {"cpv", PesColumn::cpv}, {"nip", PesColumn::nip}, {"regon", PesColumn::regon},
    {"krs", PesColumn::krs}, {"employees", PesColumn::employees}, {"social_enterprise", PesColumn::social_enterprise},
    {"contact.email", PesColumn::email}, {"contact.phone", PesColumn::phone}, {"contact.www", PesColumn::www},
    {"contact.address", PesColumn::address},
};

// Phrases as name keys; the contract spellings ("spoldzielnia_socjalna") key to the same words.
constexpr std::pair<std::string_view, LegalForm> kForms[] = {
    {"spoldzielnia socjalna", LegalForm::spoldzielnia_socjalna}, {"fundacja", LegalForm::fundacja},
    {"stowarzyszenie", LegalForm::stowarzyszenie}, {"stowarzyszenie zwykle", LegalForm::stowarzyszenie},
    {"centrum integracji spolecznej", LegalForm::cis}, {"cis", LegalForm::cis},
    {"klub integracji spolecznej", LegalForm::kis}, {"kis", LegalForm::kis},
    {"zaklad aktywnosci zawodowej", LegalForm::zaz}, {"zaz", LegalForm::zaz},
    {"warsztat terapii zajeciowej", LegalForm::wtz}, {"warsztaty terapii zajeciowej", LegalForm::wtz},
    {"wtz", LegalForm::wtz}, {"spolka non profit", LegalForm::spolka_non_profit},
    {"spoldzielnia pracy", LegalForm::spoldzielnia_pracy}, {"spoldzielnia inwalidow", LegalForm::spoldzielnia_inwalidow},
    {"spoldzielnia niewidomych", LegalForm::spoldzielnia_niewidomych},
    {"kolo gospodyn wiejskich", LegalForm::kgw}, {"kgw", LegalForm::kgw}, {"inna", LegalForm::inna},
};
// clang-format on

std::string digits_only(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '-' && c != '.') out += c;
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<PesColumn> column_of_header(std::string_view header) {
  const std::string key = name_key(header.substr(0, header.find('(')));  // "Status PS (tak/nie)"
  for (auto [name, column] : kHeaders)
    if (key == name) return column;
  return std::nullopt;
}

std::optional<PesColumn> column_of_field(std::string_view field) {
  const auto root = field.substr(0, field.find('['));
  for (auto [name, column] : kFields)
    if (root == name || (root.size() > name.size() && root.starts_with(name) && root[name.size()] == '.'))
      return column;
  return std::nullopt;
}

std::optional<LegalForm> legal_form_of_phrase(std::string_view phrase) {
  const std::string key = name_key(phrase);
  for (auto [name, form] : kForms)
    if (key == name) return form;
  // "Spółka z o.o. non-profit", "sp. z o.o. non profit", "spółka non-profit": the non-profit
  // status is what makes a company a PES, however the company form is abbreviated.
  if (key.find("non profit") != std::string::npos || key.find("nonprofit") != std::string::npos)
    return LegalForm::spolka_non_profit;
  return std::nullopt;
}

std::optional<bool> yes_no(std::string_view cell) {
  const std::string key = name_key(cell);
  for (std::string_view yes : {"tak", "t", "x", "1", "yes", "y", "prawda", "true", "ps"})
    if (key == yes) return true;
  for (std::string_view no : {"nie", "n", "0", "no", "falsz", "false", ""})
    if (key == no) return false;
  return std::nullopt;
}

std::optional<long long> whole_number(std::string_view cell) {
  std::string text(trim(cell));
  if (const auto sep = text.find_first_of(",."); sep != std::string::npos) {
    if (text.find_first_not_of('0', sep + 1) != std::string::npos) return std::nullopt;  // "12,5"
    text.erase(sep);
  }
  text = digits_only(text);  // "1 200"
  if (!all_digits(text) || text.size() > 9) return std::nullopt;
  return std::stoll(text);
}

std::string identifier(PesColumn column, std::string_view cell) {
  std::string id = digits_only(trim(cell));
  if (column == PesColumn::nip && id.size() > 2 && (id.starts_with("PL") || id.starts_with("pl"))) id.erase(0, 2);
  if (!all_digits(id)) return id;
  // Excel stores these as numbers and drops their leading zeros; the checksums still verify
  // the padded value, so padding cannot turn a wrong number into an accepted one.
  std::size_t width = 0;
  if (column == PesColumn::krs) width = 10;
  if (column == PesColumn::regon) width = id.size() <= 9 ? 9 : 14;
  if (id.size() < width) id.insert(0, width - id.size(), '0');
  return id;
}

std::string teryt_code_cell(std::string_view cell) {
  std::string code(trim(cell));
  if (!all_digits(code) || (code.size() != 1 && code.size() != 3 && code.size() != 6)) return code;
  std::string padded(1, '0');
  return padded.append(code);
}

std::vector<std::string> split_list(std::string_view cell) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= cell.size()) {
    auto end = cell.find_first_of(",;\n", start);
    if (end == std::string_view::npos) end = cell.size();
    if (auto item = trim(cell.substr(start, end - start)); !item.empty()) out.emplace_back(item);
    start = end + 1;
  }
  return out;
}

std::string pkd_code(std::string_view text) {
  std::string compact;
  for (char c : text)
    if (std::isalnum(static_cast<unsigned char>(c)))
      compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const bool shaped =
      compact.size() >= 4 && all_digits(std::string_view(compact).substr(0, 4)) &&
      (compact.size() == 4 || (compact.size() == 5 && std::isalpha(static_cast<unsigned char>(compact[4]))));
  if (!shaped) return std::string(trim(text));
  std::string code = compact.substr(0, 2);
  code.append(1, '.').append(compact, 2, 2);
  if (compact.size() == 5) code.append(1, '.').append(1, compact[4]);
  return code;
}

}  // namespace pesmatch::detail
