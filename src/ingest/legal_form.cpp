#include <array>

#include "pesmatch/pes.hpp"
#include "pesmatch/tender.hpp"

namespace pesmatch {
namespace {

constexpr std::array<std::string_view, 13> kLegalForms = {
    "spoldzielnia_socjalna", "fundacja", "stowarzyszenie", "spolka_non_profit", "cis", "kis", "zaz", "wtz",
    "spoldzielnia_pracy", "spoldzielnia_inwalidow", "spoldzielnia_niewidomych", "kgw", "inna"};

}  // namespace

std::string_view to_string(LegalForm form) noexcept { return kLegalForms[static_cast<std::size_t>(form)]; }

std::optional<LegalForm> parse_legal_form(std::string_view text) noexcept {
  for (std::size_t i = 0; i < kLegalForms.size(); ++i)
    if (kLegalForms[i] == text) return static_cast<LegalForm>(i);
  return std::nullopt;
}

std::string_view to_string(Reservation r) noexcept {
  switch (r) {
    case Reservation::art94: return "art94";
    case Reservation::art361: return "art361";
    case Reservation::none: break;
  }
  return "";
}

}  // namespace pesmatch
