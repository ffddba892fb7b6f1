#include "ingest/bzp_notice.hpp"

#include <algorithm>
#include <cctype>

namespace pesmatch::detail {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "2026/BZP 00439099" → "BZP-2026-00439099".
std::string notice_id(const RecordFields& rec) {
  const std::string number = rec.required_string("bzpNumber", 64);
  const auto slash = number.find("/BZP ");
  if (slash == 4 && all_digits(std::string_view(number).substr(0, 4)) &&
      all_digits(std::string_view(number).substr(slash + 5)))
    return "BZP-" + number.substr(0, 4) + "-" + number.substr(slash + 5);
  rec.fail("bzpNumber", "expected \"YYYY/BZP NUMBER\"", number);
}

std::vector<BzpContractor> contractors_of(const RecordFields& rec) {
  std::vector<BzpContractor> out;
  const auto* list = rec.raw("contractors");
  if (!list) return out;
  if (!list->is_array()) rec.fail("contractors", "expected an array, got " + json_type_name(*list));
  if (list->size() > kMaxArrayItems) rec.fail("contractors", "more than " + std::to_string(kMaxArrayItems) + " items");
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string path = "contractors[" + std::to_string(i) + "]";
    const auto& item = (*list)[i];
    if (!item.is_object()) rec.fail(path, "expected an object, got " + json_type_name(item));
    const RecordFields c(item, rec.file(), rec.line());
    try {
      out.push_back({c.optional_string("contractorName"), c.optional_string("contractorCity"),
                     c.optional_string("contractorProvince"), c.optional_string("contractorNationalId")});
    } catch (const Error& e) {
      rec.fail(path + "." + e.where().field, e.problem());
    }
  }
  return out;
}

std::vector<BzpField> html_fields(const RecordFields& rec) {
  const std::string body = rec.optional_string("htmlBody");
  if (body.find_first_not_of(" \t\r\n") == std::string::npos) return {};
  try {
    return bzp_fields(parse_html(body, rec.file()));
  } catch (const Error& e) {
    rec.fail("htmlBody", e.problem());
  }
}

}  // namespace

std::string bzp_notice_type(const RecordFields& rec) { return rec.optional_string("noticeType"); }

BzpNotice read_bzp_notice(const RecordFields& rec) {
  BzpNotice n;
  n.type = bzp_notice_type(rec);
  n.id = notice_id(rec);
  n.title = rec.optional_string("orderObject");
  n.cpv_code = rec.optional_string("cpvCode");
  n.published_utc = rec.optional_string("publicationDate");
  n.deadline_utc = rec.optional_string("submittingOffersDate");
  n.buyer_name = rec.optional_string("organizationName");
  n.buyer_city = rec.optional_string("organizationCity");
  n.buyer_province = rec.optional_string("organizationProvince");
  n.buyer_nip = rec.optional_string("organizationNationalId");
  n.tender_ref = rec.optional_string("tenderId");
  n.contractors = contractors_of(rec);
  n.html = html_fields(rec);
  return n;
}

}  // namespace pesmatch::detail
