// The numbered fields of a BZP notice's HTML (`htmlBody`): headings "N.N.) Label: value", their
// values (the heading's own value or the paragraphs below it) and the part (`Część N`) they
// belong to. The numbering is the regulation's notice template; separators vary, so fields are
// matched on their number.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/xml.hpp"

namespace pesmatch::detail {

/// One numbered field of the notice.
struct BzpField {
  std::string number;               ///< "4.2.6" (trailing dots dropped)
  std::string label;                ///< "Główny kod CPV"
  std::vector<std::string> values;  ///< the value in the heading, then each paragraph below it
  int part = 0;                     ///< the `Część N` it sits in, 0 outside parts
};

/// The numbered fields of a parsed notice (parse_html), in document order.
std::vector<BzpField> bzp_fields(const XmlNode& root);

/// The fields numbered `number`, in document order.
std::vector<const BzpField*> fields_numbered(const std::vector<BzpField>& fields, std::string_view number);

/// The first value of the first field numbered `number`, or "".
std::string first_value(const std::vector<BzpField>& fields, std::string_view number);

/// The number at the start of a heading, "4.2.6" for "4.2.6.) Główny…" or "1.4) Krajowy…";
/// "" when the text does not start with one.
std::string field_number(std::string_view heading);

}  // namespace pesmatch::detail
