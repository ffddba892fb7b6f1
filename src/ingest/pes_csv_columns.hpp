// What the cells of an officials' PES spreadsheet mean: Polish column headers and legal-form
// phrases matched ignoring case, diacritics and punctuation, and cell values as Excel leaves them
// (identifiers that lost their leading zeros, "tak"/"nie", "12,0") brought to contract form.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pesmatch/pes.hpp"

namespace pesmatch::detail {

/// The columns the importer reads.
enum class PesColumn {
  id,
  name,
  legal_form,
  town,
  gmina,
  powiat,
  wojewodztwo,
  teryt,
  description,
  services,
  pkd,
  cpv,
  email,
  phone,
  www,
  address,
  nip,
  regon,
  krs,
  employees,
  social_enterprise,
};

/// The column a header names ("Nazwa podmiotu", "E-mail", "Status PS (tak/nie)"), or nullopt.
std::optional<PesColumn> column_of_header(std::string_view header);

/// The column whose cell fed a field of the contract record ("nip", "pkd[1]", "contact.email").
std::optional<PesColumn> column_of_field(std::string_view field);

/// The legal form a Polish phrase names ("Spółdzielnia Socjalna", "CIS", "sp. z o.o. non-profit"),
/// or nullopt when it names none of the contract's forms.
std::optional<LegalForm> legal_form_of_phrase(std::string_view phrase);

/// "tak"/"nie" and their spreadsheet variants (x, 1, yes, prawda); nullopt for anything else.
std::optional<bool> yes_no(std::string_view cell);

/// A head count written as "12", "12,0" or "12.0"; nullopt for anything else.
std::optional<long long> whole_number(std::string_view cell);

/// NIP, REGON or KRS without spaces and dashes, leading zeros restored where Excel dropped them
/// (KRS to 10 digits, REGON to 9 or 14) and a "PL" VAT prefix removed from a NIP.
std::string identifier(PesColumn column, std::string_view cell);

/// A 7-digit TERC code whose leading zero Excel dropped ("201011" → "0201011"); other text as is.
std::string teryt_code_cell(std::string_view cell);

/// A list cell split at `,`, `;` and line breaks, items trimmed, empty items dropped.
std::vector<std::string> split_list(std::string_view cell);

/// A PKD code as officials write it ("8810Z", "88.10 z") in the contract's `NN.NN.X` form.
std::string pkd_code(std::string_view text);

}  // namespace pesmatch::detail
