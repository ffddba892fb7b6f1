// The status rules of reserved orders on one record or one code (art. 94 ust. 1 and art. 361 PZP),
// which the index stores as terms and rank's eligibility builds on.
#include "pesmatch/reserved_orders.hpp"

#include <gtest/gtest.h>

#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

class ReservedOrdersTest : public ::testing::Test {
 protected:
  const ReferenceData& ref = test::reference();

  Pes pes(const std::string& form, const std::string& extra = "") {
    return parse_pes(R"({"id":"P","name":"N","legal_form":")" + form + R"(","teryt":"1219043","description":"d")" + extra + "}", ref);
  }
};

TEST_F(ReservedOrdersTest, Art94Contractor_ByFormOrByThirtyPercentDisadvantaged) {
  for (const char* form : {"spoldzielnia_socjalna", "cis", "kis", "zaz", "wtz"}) EXPECT_TRUE(is_art94_contractor(pes(form))) << form;
  EXPECT_TRUE(is_art94_contractor(pes("fundacja", R"(,"disadvantaged_share":0.30)")));
  EXPECT_FALSE(is_art94_contractor(pes("fundacja", R"(,"disadvantaged_share":0.29)")));
  EXPECT_FALSE(is_art94_contractor(pes("spoldzielnia_pracy", R"(,"social_enterprise":true)")));
}

TEST_F(ReservedOrdersTest, Art361Organisation_ByFormOrByPsStatus) {
  for (const char* form : {"fundacja", "stowarzyszenie", "spolka_non_profit", "spoldzielnia_socjalna", "cis", "kis", "zaz", "wtz"})
    EXPECT_TRUE(is_art361_organisation(pes(form))) << form;
  EXPECT_FALSE(is_art361_organisation(pes("spoldzielnia_pracy")));
  EXPECT_TRUE(is_art361_organisation(pes("spoldzielnia_pracy", R"(,"social_enterprise":true)")));
}

TEST_F(ReservedOrdersTest, Art361CpvList_CoversTheRangeAndTheListedCodes) {
  EXPECT_TRUE(is_art361_cpv(*ref.cpv.parse("85000000-9").value));
  EXPECT_TRUE(is_art361_cpv(*ref.cpv.parse("85323000-9").value));
  EXPECT_TRUE(is_art361_cpv(*ref.cpv.parse("80110000-8").value));
  EXPECT_TRUE(is_art361_cpv(*ref.cpv.parse("98133110-8").value));
  EXPECT_FALSE(is_art361_cpv(*ref.cpv.parse("90911200-8").value));
  EXPECT_FALSE(is_art361_cpv(*ref.cpv.parse("90600000-3").value));
}

}  // namespace
}  // namespace pesmatch
