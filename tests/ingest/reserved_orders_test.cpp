// The status rules of reserved orders on one record or one code (art. 94 ust. 1 and art. 361 PZP),
// which the index stores as terms and rank's eligibility builds on.
#include "pesmatch/reserved_orders.hpp"

#include <gtest/gtest.h>

#include <optional>

#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

// A PES record that says only what the rules read: its form, its art. 94 share and PS status.
Pes pes_of(LegalForm form, std::optional<double> disadvantaged_share = std::nullopt, bool social_enterprise = false) {
  Pes pes;
  pes.legal_form = form;
  pes.disadvantaged_share = disadvantaged_share;
  pes.social_enterprise = social_enterprise;
  return pes;
}

TEST(ReservedOrdersTest, Art94Contractor_ByFormOrByThirtyPercentDisadvantaged) {
  for (const auto form : {LegalForm::spoldzielnia_socjalna, LegalForm::cis, LegalForm::kis, LegalForm::zaz, LegalForm::wtz})
    EXPECT_TRUE(is_art94_contractor(pes_of(form))) << to_string(form);
  EXPECT_TRUE(is_art94_contractor(pes_of(LegalForm::fundacja, 0.30)));
  EXPECT_FALSE(is_art94_contractor(pes_of(LegalForm::fundacja, 0.29)));
  EXPECT_FALSE(is_art94_contractor(pes_of(LegalForm::spoldzielnia_pracy, std::nullopt, true)));
}

TEST(ReservedOrdersTest, Art361Organisation_ByFormOrByPsStatus) {
  for (const auto form : {LegalForm::fundacja, LegalForm::stowarzyszenie, LegalForm::spolka_non_profit,
                          LegalForm::spoldzielnia_socjalna, LegalForm::cis, LegalForm::kis, LegalForm::zaz, LegalForm::wtz})
    EXPECT_TRUE(is_art361_organisation(pes_of(form))) << to_string(form);
  EXPECT_FALSE(is_art361_organisation(pes_of(LegalForm::spoldzielnia_pracy)));
  EXPECT_TRUE(is_art361_organisation(pes_of(LegalForm::spoldzielnia_pracy, std::nullopt, true)));
}

TEST(ReservedOrdersTest, Art361CpvList_CoversTheRangeAndTheListedCodes) {
  const auto& cpv = test::reference().cpv;
  EXPECT_TRUE(is_art361_cpv(*cpv.parse("85000000-9").value));
  EXPECT_TRUE(is_art361_cpv(*cpv.parse("85323000-9").value));
  EXPECT_TRUE(is_art361_cpv(*cpv.parse("80110000-8").value));
  EXPECT_TRUE(is_art361_cpv(*cpv.parse("98133110-8").value));
  EXPECT_FALSE(is_art361_cpv(*cpv.parse("90911200-8").value));
  EXPECT_FALSE(is_art361_cpv(*cpv.parse("90600000-3").value));
}

}  // namespace
}  // namespace pesmatch
