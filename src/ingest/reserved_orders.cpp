#include "pesmatch/reserved_orders.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace pesmatch {

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

}  // namespace pesmatch
