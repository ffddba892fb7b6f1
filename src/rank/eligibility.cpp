#include "pesmatch/eligibility.hpp"

#include "core/utf8.hpp"
#include "rank/eligibility_verdict.hpp"

namespace pesmatch {
namespace {

// The reason as messages, and in English for the stable `reason` field.
Eligibility decided(bool eligible, Sentence message) {
  std::string reason = Catalogue::of(Language::en).render(message);
  return {eligible, std::move(reason), std::move(message)};
}

Message form_of(std::string key, const Pes& pes) {
  return Message{std::move(key), {}}.term("form", "legal_form." + std::string(to_string(pes.legal_form)));
}

bool same_buyer(const std::string& a, const std::string& b) {
  return !a.empty() && detail::fold(detail::lowercase(a)) == detail::fold(detail::lowercase(b));
}

using detail::Verdict;

Verdict art361_verdict(const Pes& pes, const Tender& tender, int year) {
  // Art. 361 ust. 2 PZP.
  if (!is_art361_organisation(pes)) return {Verdict::Rule::art361_not_organisation};
  for (const auto& c : pes.references) {
    if (c.art361 && c.year && *c.year >= year - 3 && same_buyer(c.buyer, tender.buyer_name))
      return {Verdict::Rule::art361_recent_win, *c.year};
  }
  return {Verdict::Rule::art361_admitted};
}

Eligibility art94(const Pes& pes, bool admitted) {
  // Art. 94 ust. 1 PZP.
  if (admitted) {
    switch (pes.legal_form) {
      case LegalForm::spoldzielnia_socjalna: case LegalForm::cis: case LegalForm::kis:
      case LegalForm::zaz: case LegalForm::wtz:
        return decided(true, {form_of("eligibility.art94.by_form", pes)});
      default:
        return decided(true, {Message{"eligibility.art94.by_share", {}}.number("percent", *pes.disadvantaged_share * 100)});
    }
  }
  Sentence why;
  if (pes.disadvantaged_share)
    why.push_back(Message{"eligibility.art94.share_too_low", {}}.number("percent", *pes.disadvantaged_share * 100));
  else
    why.push_back({"eligibility.art94.share_unknown", {}});
  if (pes.social_enterprise) why.push_back({"eligibility.art94.ps_status_not_enough", {}});
  return decided(false, std::move(why));
}

Eligibility art361(const Pes& pes, const Tender& tender, const Verdict& verdict) {
  switch (verdict.rule) {
    case Verdict::Rule::art361_not_organisation:
      return decided(false, {form_of("eligibility.art361.not_organisation", pes)});
    case Verdict::Rule::art361_recent_win:
      return decided(false, {Message{"eligibility.art361.recent_win", {}}.text("year", std::to_string(verdict.year))});
    default: break;
  }
  Sentence why{pes.social_enterprise ? Message{"eligibility.art361.ps_status", {}} : form_of("eligibility.art361.by_form", pes)};
  if (!is_art361_cpv(tender.cpv.front())) why.push_back({"eligibility.art361.cpv_outside_list", {}});
  return decided(true, std::move(why));
}

}  // namespace

namespace detail {

Verdict verdict(const Pes& pes, const Tender& tender, int year) {
  switch (tender.reserved) {
    case Reservation::art94: return {is_art94_contractor(pes) ? Verdict::Rule::art94_admitted : Verdict::Rule::art94_refused};
    case Reservation::art361: return art361_verdict(pes, tender, year);
    case Reservation::none: break;
  }
  return {Verdict::Rule::open};
}

}  // namespace detail

Eligibility eligibility(const Pes& pes, const Tender& tender, int year) {
  const auto v = detail::verdict(pes, tender, year);
  switch (tender.reserved) {
    case Reservation::art94: return art94(pes, v.eligible());
    case Reservation::art361: return art361(pes, tender, v);
    case Reservation::none: break;
  }
  return decided(true, Sentence{Message{"eligibility.open", {}}});
}

int order_year(const Tender& tender) {
  for (const auto* date : {&tender.published, &tender.deadline})
    if (date->size() >= 4) return std::stoi(date->substr(0, 4));
  return 0;
}

}  // namespace pesmatch
