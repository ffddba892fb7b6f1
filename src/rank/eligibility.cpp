#include "pesmatch/eligibility.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/utf8.hpp"

namespace pesmatch {
namespace {

std::string percent(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", share * 100);
  return buf;
}

bool same_buyer(const std::string& a, const std::string& b) {
  return !a.empty() && detail::fold(detail::lowercase(a)) == detail::fold(detail::lowercase(b));
}

Eligibility art94(const Pes& pes) {
  // Art. 94 ust. 1 PZP.
  if (is_art94_contractor(pes)) {
    switch (pes.legal_form) {
      case LegalForm::spoldzielnia_socjalna: case LegalForm::cis: case LegalForm::kis:
      case LegalForm::zaz: case LegalForm::wtz:
        return {true, "art. 94 PZP: " + std::string(to_string(pes.legal_form)) + " qualifies by its form"};
      default:
        return {true, "art. 94 PZP: " + percent(*pes.disadvantaged_share) + " of employees from art. 94 groups (≥ 30%)"};
    }
  }
  std::string why = "art. 94 PZP: not an integration employer";
  if (pes.disadvantaged_share) why += " (" + percent(*pes.disadvantaged_share) + " of employees from art. 94 groups, < 30%)";
  else why += " (share of employees from art. 94 groups unknown)";
  if (pes.social_enterprise) why += "; PS status alone does not qualify";
  return {false, why};
}

Eligibility art361(const Pes& pes, const Tender& tender, int year) {
  // Art. 361 ust. 2 PZP.
  if (!is_art361_organisation(pes))
    return {false, "art. 361 PZP: " + std::string(to_string(pes.legal_form)) +
                       " without PS status is not a public-service-mission organisation"};
  for (const auto& c : pes.references) {
    if (c.art361 && c.year && *c.year >= year - 3 && same_buyer(c.buyer, tender.buyer_name))
      return {false, "art. 361 ust. 2 pkt 4 PZP: won an art. 361 order from this buyer in " + std::to_string(*c.year)};
  }
  std::string why = "art. 361 PZP: ";
  why += pes.social_enterprise ? "holds PS status" : std::string(to_string(pes.legal_form)) + " qualifies by its form";
  if (!is_art361_cpv(tender.cpv.front())) why += " (note: main CPV is outside the art. 361 list)";
  return {true, why};
}

}  // namespace

bool is_art94_contractor(const Pes& pes) noexcept {
  switch (pes.legal_form) {
    case LegalForm::spoldzielnia_socjalna: case LegalForm::cis: case LegalForm::kis:
    case LegalForm::zaz: case LegalForm::wtz:
      return true;
    default:
      return pes.disadvantaged_share && *pes.disadvantaged_share >= 0.30;
  }
}

bool is_art361_organisation(const Pes& pes) noexcept {
  if (pes.social_enterprise) return true;
  switch (pes.legal_form) {
    case LegalForm::fundacja: case LegalForm::stowarzyszenie: case LegalForm::spolka_non_profit:
    case LegalForm::spoldzielnia_socjalna: case LegalForm::cis: case LegalForm::kis:
    case LegalForm::zaz: case LegalForm::wtz:
      return true;
    default:
      return false;
  }
}

bool is_art361_cpv(const CpvCode& code) noexcept {
  static constexpr std::array<std::uint32_t, 17> listed = {
      75121000, 75122000, 75123000, 79622000, 79624000, 79625000, 80110000, 80300000, 80420000,
      80430000, 80511000, 80520000, 80590000, 92500000, 92600000, 98133000, 98133110};
  const auto d = code.digits();
  if (d >= 85000000 && d <= 85323000) return true;
  return std::find(listed.begin(), listed.end(), d) != listed.end();
}

Eligibility eligibility(const Pes& pes, const Tender& tender, int year) {
  switch (tender.reserved) {
    case Reservation::art94: return art94(pes);
    case Reservation::art361: return art361(pes, tender, year);
    case Reservation::none: break;
  }
  return {true, "open order"};
}

int order_year(const Tender& tender) {
  for (const auto* date : {&tender.published, &tender.deadline})
    if (date->size() >= 4) return std::stoi(date->substr(0, 4));
  return 0;
}

}  // namespace pesmatch
