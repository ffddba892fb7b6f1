#include "pesmatch/eligibility.hpp"

#include <gtest/gtest.h>

#include "pesmatch/ingest.hpp"
#include "rank/eligibility_verdict.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

class EligibilityTest : public ::testing::Test {
 protected:
  const ReferenceData& ref = test::reference();

  Pes pes(const std::string& form, const std::string& extra = "") {
    return parse_pes(R"({"id":"P","name":"N","legal_form":")" + form + R"(","teryt":"1219043","description":"d")" + extra + "}", ref);
  }
  Tender tender(const std::string& reserved, const std::string& cpv = "90911200-8") {
    return parse_tender(R"({"id":"T","title":"t","cpv":[")" + cpv + R"("],"place_teryt":["1219043"],"buyer":{"name":"Gmina Niepołomice"},"reserved":")" +
                            reserved + R"("})", ref);
  }
};

TEST_F(EligibilityTest, Art94AdmitsSocialCooperative_ByItsFormAlone) {
  const auto e = eligibility(pes("spoldzielnia_socjalna"), tender("art94"), 2026);
  EXPECT_TRUE(e.eligible);
  EXPECT_EQ(e.reason, "art. 94 PZP: spoldzielnia_socjalna qualifies by its form");
}

TEST_F(EligibilityTest, Art94AdmitsIntegrationUnits_CisKisZazWtz) {
  for (const char* form : {"cis", "kis", "zaz", "wtz"}) EXPECT_TRUE(eligibility(pes(form), tender("art94"), 2026).eligible) << form;
}

TEST_F(EligibilityTest, Art94AdmitsFoundation_WithThirtyPercentDisadvantaged) {
  const auto e = eligibility(pes("fundacja", R"(,"disadvantaged_share":0.30)"), tender("art94"), 2026);
  EXPECT_TRUE(e.eligible);
  EXPECT_EQ(e.reason, "art. 94 PZP: 30% of employees from art. 94 groups (≥ 30%)");
}

TEST_F(EligibilityTest, Art94RejectsFoundation_JustBelowThirtyPercent) {
  const auto e = eligibility(pes("fundacja", R"(,"disadvantaged_share":0.29)"), tender("art94"), 2026);
  EXPECT_FALSE(e.eligible);
  EXPECT_EQ(e.reason, "art. 94 PZP: not an integration employer (29% of employees from art. 94 groups, < 30%)");
}

TEST_F(EligibilityTest, Art94RejectsSocialEnterpriseStatusAlone) {
  const auto e = eligibility(pes("spolka_non_profit", R"(,"social_enterprise":true)"), tender("art94"), 2026);
  EXPECT_FALSE(e.eligible);
  EXPECT_EQ(e.reason,
            "art. 94 PZP: not an integration employer (share of employees from art. 94 groups unknown); PS status alone does not qualify");
}

TEST_F(EligibilityTest, Art361AdmitsAssociation_ForSocialServices) {
  const auto e = eligibility(pes("stowarzyszenie"), tender("art361", "85312000-9"), 2026);
  EXPECT_TRUE(e.eligible);
  EXPECT_EQ(e.reason, "art. 361 PZP: stowarzyszenie qualifies by its form");
}

TEST_F(EligibilityTest, Art361RejectsWorkersCooperative_WithoutPsStatus) {
  EXPECT_FALSE(eligibility(pes("spoldzielnia_pracy"), tender("art361", "85312000-9"), 2026).eligible);
  EXPECT_TRUE(eligibility(pes("spoldzielnia_pracy", R"(,"social_enterprise":true)"), tender("art361", "85312000-9"), 2026).eligible);
}

TEST_F(EligibilityTest, Art361RejectsRecentWinner_FromTheSameBuyerWithinThreeYears) {
  const std::string won = R"(,"references":[{"title":"Usługi opiekuńcze","buyer":"GMINA NIEPOŁOMICE","year":2024,"cpv":["85312000-9"],"art361":true}])";
  const auto e = eligibility(pes("fundacja", won), tender("art361", "85312000-9"), 2026);
  EXPECT_FALSE(e.eligible);
  EXPECT_EQ(e.reason, "art. 361 ust. 2 pkt 4 PZP: won an art. 361 order from this buyer in 2024");
  EXPECT_TRUE(eligibility(pes("fundacja", won), tender("art361", "85312000-9"), 2028).eligible);
}

TEST_F(EligibilityTest, OpenOrderAdmitsEveryone) {
  EXPECT_TRUE(eligibility(pes("inna"), tender(""), 2026).eligible);
}

// The reranker decides every candidate by the verdict alone and renders the reason only for the
// results it shows: both must agree, rule by rule.
TEST_F(EligibilityTest, Verdict_AgreesWithEligibility_UnderEveryRule) {
  const std::string won = R"(,"references":[{"title":"t","buyer":"Gmina Niepołomice","year":2024,"cpv":["85312000-9"],"art361":true}])";
  const std::vector<Pes> entities = {pes("spoldzielnia_socjalna"), pes("fundacja", R"(,"disadvantaged_share":0.30)"),
                                     pes("fundacja", R"(,"disadvantaged_share":0.29)"), pes("spolka_non_profit", R"(,"social_enterprise":true)"),
                                     pes("stowarzyszenie"), pes("spoldzielnia_pracy"), pes("fundacja", won), pes("inna")};
  const std::vector<Tender> tenders = {tender(""), tender("art94"), tender("art361", "85312000-9")};
  std::size_t refused = 0;
  for (const auto& p : entities)
    for (const auto& t : tenders)
      for (int year : {2026, 2028}) {
        const bool eligible = eligibility(p, t, year).eligible;
        EXPECT_EQ(detail::verdict(p, t, year).eligible(), eligible) << to_string(p.legal_form) << " " << static_cast<int>(t.reserved) << " " << year;
        refused += eligible ? 0 : 1;
      }
  EXPECT_GT(refused, 0u);
}

}  // namespace
}  // namespace pesmatch
