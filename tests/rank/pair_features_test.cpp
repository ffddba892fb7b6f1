// Each feature of a (tender, PES) pair on its own, on the bundled school-meals notice
// (data/examples/tender.json: Gmina Niepołomice, main CPV 55523100-3, art. 94, 1.15 mln zł) and PES
// records parsed by the real validator, with their ranking profile taken from a real index document.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "index/documents.hpp"
#include "index/profile.hpp"
#include "index/schema.hpp"
#include "pesmatch/ingest.hpp"
#include "rank/pair_features.hpp"
#include "support/fixtures.hpp"

namespace pesmatch::detail {
namespace {

// Seats around the place of performance (gmina Niepołomice, powiat wielicki, Małopolska).
constexpr const char* kSeatNiepolomice = R"("teryt": "1219043", "location": {"lat": 50.0397, "lon": 20.2176})";
constexpr const char* kSeatKrakow = R"("teryt": "1261011", "location": {"lat": 50.0614, "lon": 19.9366})";
constexpr const char* kSeatNowySacz = R"("teryt": "1262011", "location": {"lat": 49.6218, "lon": 20.6972})";
constexpr const char* kSeatGdansk = R"("teryt": "2261011", "location": {"lat": 54.3520, "lon": 18.6466})";
constexpr const char* kCooks = R"("description": "Gotujemy obiady dla szkół i przedszkoli.")";

class PairFeaturesTest : public ::testing::Test {
 protected:
  PairFeaturesTest()
      : analyzer_(test::make_analyzer()),
        bridge_(test::reference(), analyzer_, test::data_dir() + "/text/cpv_pkd_bridges.csv"),
        extractor_(test::reference(), bridge_),
        tender_(read_tenders(test::data_dir() + "/examples/tender.json", test::reference()).records.at(0)) {}

  // A PES record of `fields` (a JSON object's members besides id, name and legal form); without
  // a description of its own it says only what it is, naming no trade.
  static Pes pes(const std::string& fields, const std::string& legal_form = "spoldzielnia_socjalna") {
    const std::string description =
        fields.find("\"description\"") == std::string::npos ? R"(, "description": "Podmiot ekonomii społecznej.")" : "";
    return parse_pes(R"({"id": "T1", "name": "Podmiot testowy", "legal_form": ")" + legal_form + "\", " + fields +
                         description + "}",
                     test::reference());
  }

  // The features as `match` computes them: the profile from the PES's index document.
  PairFeatures features(const Pes& p, const Tender& t, double text = 0.5, bool explain = false) {
    const auto doc = pes_document(p, test::reference(), analyzer_);
    const auto profile = decode_profile(doc.get_value(schema::kSlotProfile), test::reference());
    const auto context = make_tender_context(t, test::reference().cpv, analyzer_);
    return extractor_.extract(context, profile, text, eligibility(p, t, 2026), explain);
  }
  PairFeatures features(const Pes& p, double text = 0.5, bool explain = false) { return features(p, tender_, text, explain); }

  static double value(const PairFeatures& f, Feature which) { return f.values[static_cast<std::size_t>(which)]; }

  // A tender parsed from a record of the school-meals notice's kind with `extra` fields.
  Tender tender_with(const std::string& json) { return parse_tender(json, test::reference()); }
  static std::string tender_json(const std::string& extra, const std::string& main_cpv = "55523100-3") {
    return R"({"id": "T-1", "title": "Przygotowanie i dostarczanie posiłków dla uczniów", "cpv": [")" + main_cpv +
           R"(", "55524000-9"], "buyer": {"name": "Gmina Niepołomice", "teryt": "1219043"}, "published": "2026-11-10", "deadline": "2026-12-01", )" +
           extra + "}";
  }

  Analyzer analyzer_;
  PkdBridge bridge_;
  PairFeatureExtractor extractor_;
  Tender tender_;
};

TEST_F(PairFeaturesTest, Text_IsTheRelativeBm25GivenByTheCaller) {
  const auto p = pes(std::string(kSeatGdansk) + ", " + kCooks);
  EXPECT_DOUBLE_EQ(value(features(p, 0.37), Feature::text), 0.37);
  EXPECT_DOUBLE_EQ(value(features(p, 0.0), Feature::text), 0.0);
}

TEST_F(PairFeaturesTest, Concepts_ShareOfTheTendersGroupsThatThePesNames) {
  const auto context = make_tender_context(tender_, test::reference().cpv, analyzer_);
  ASSERT_FALSE(context.concepts.empty());
  // "posiłki szkolne" and "dowóz posiłków" name two groups of the title and the main CPV label.
  const auto meals = pes(std::string(kSeatGdansk) + R"(, "description": "Posiłki szkolne i dowóz posiłków.")");
  const double share = value(features(meals), Feature::concepts);
  EXPECT_GT(share, 0.0);
  EXPECT_LE(share, 1.0);
  // The share is a count of groups over the tender's groups.
  const double groups = share * static_cast<double>(context.concepts.size());
  EXPECT_NEAR(groups, std::round(groups), 1e-9);
  const auto bikes = pes(std::string(kSeatGdansk) + R"(, "description": "Naprawiamy rowery i hulajnogi.")");
  EXPECT_EQ(value(features(bikes), Feature::concepts), 0.0);
}

TEST_F(PairFeaturesTest, Cpv_GradesTheDeepestSharedPrefix_AdditionalCodesLess) {
  const auto with = [&](const std::string& code) {
    return features(pes(std::string(kSeatGdansk) + R"(, "cpv": [")" + code + R"("])"));
  };
  EXPECT_DOUBLE_EQ(value(with("55523100-3"), Feature::cpv), 1.0);             // the main code itself
  EXPECT_DOUBLE_EQ(value(with("55520000-1"), Feature::cpv), 0.7);             // its class 5552
  EXPECT_DOUBLE_EQ(value(with("55524000-9"), Feature::cpv), 0.8);             // an additional code, × 0.8
  EXPECT_DOUBLE_EQ(value(with("90911200-8"), Feature::cpv), 0.0);             // cleaning: another division
  // The reach evidence reads the main code alone: the additional code's 0.8 is not the work.
  EXPECT_DOUBLE_EQ(with("55524000-9").main_cpv, cpv_prefix_grade(4, false));  // 5552 shared with the main code
  EXPECT_DOUBLE_EQ(with("55523100-3").main_cpv, 1.0);
}

TEST_F(PairFeaturesTest, CpvPrefixGrade_DeeperPrefixGradesHigher) {
  EXPECT_EQ(cpv_prefix_grade(1, false), 0.0);
  EXPECT_EQ(cpv_prefix_grade(2, false), 0.25);
  EXPECT_EQ(cpv_prefix_grade(3, false), 0.5);
  EXPECT_EQ(cpv_prefix_grade(4, false), 0.7);
  EXPECT_EQ(cpv_prefix_grade(5, false), 0.85);
  EXPECT_EQ(cpv_prefix_grade(6, false), 0.95);
  EXPECT_EQ(cpv_prefix_grade(8, true), 1.0);
}

TEST_F(PairFeaturesTest, PkdBridge_FoodServicePkdFitsTheMealsCode_CleaningDoesNot) {
  const auto catering = pes(std::string(kSeatGdansk) + R"(, "pkd": ["56.29.Z"])");
  const auto cleaning = pes(std::string(kSeatGdansk) + R"(, "pkd": ["81.21.Z"])");
  EXPECT_DOUBLE_EQ(value(features(catering), Feature::pkd_bridge), bridge_.fit(catering.pkd.at(0), tender_.cpv.front()));
  EXPECT_GE(value(features(catering), Feature::pkd_bridge), 0.5);
  EXPECT_EQ(value(features(cleaning), Feature::pkd_bridge), 0.0);
}

TEST_F(PairFeaturesTest, PkdBridge_AGroupNamingAnObjectOfTheWorkDoesNotBridge) {
  // 90919000-2 "Usługi sprzątania biur i szkół oraz czyszczenia urządzeń biurowych": laundering
  // (96.01.Z "Pranie i chemiczne czyszczenie wyrobów włókienniczych i futrzarskich") shares the
  // group "czyszczenie" with it, not the work; building cleaning (81.21.Z) does the work.
  const auto offices = tender_with(tender_json(R"("place_teryt": ["1219043"])", "90919000-2"));
  const auto laundry = pes(std::string(kSeatGdansk) + R"(, "pkd": ["96.01.Z"])");
  const auto cleaning = pes(std::string(kSeatGdansk) + R"(, "pkd": ["81.21.Z"])");
  EXPECT_LT(value(features(laundry, offices), Feature::pkd_bridge), kReachEvidence);
  EXPECT_GE(value(features(cleaning, offices), Feature::pkd_bridge), 0.8);
}

TEST_F(PairFeaturesTest, References_PastContractInTheMainCodesClassCounts) {
  const auto ref = [&](const std::string& code) {
    return pes(std::string(kSeatGdansk) + R"(, "references": [{"title": "Zamówienie", "buyer": "Gmina", "year": 2024, "cpv": [")" +
               code + R"("]}])");
  };
  EXPECT_EQ(value(features(ref("55523000-2")), Feature::references), 1.0);  // class 5552 of 55523100
  EXPECT_EQ(value(features(ref("90911200-8")), Feature::references), 0.0);
  EXPECT_EQ(value(features(pes(kSeatGdansk)), Feature::references), 0.0);
}

TEST_F(PairFeaturesTest, Geography_SeatInTheGminaOfThePlace) {
  // An identical main code: evidence 1, so the gate lets nearness count in full.
  const auto f = features(pes(std::string(kSeatNiepolomice) + R"(, "cpv": ["55523100-3"])"));
  EXPECT_EQ(value(f, Feature::same_gmina), 1.0);
  EXPECT_EQ(value(f, Feature::same_powiat), 1.0);
  EXPECT_EQ(value(f, Feature::neighbour_powiat), 0.0);  // the same powiat is not a neighbour
  EXPECT_EQ(value(f, Feature::same_wojewodztwo), 1.0);
  EXPECT_LT(f.distance_km, 10.0);
  EXPECT_DOUBLE_EQ(value(f, Feature::proximity), std::exp(-f.distance_km / 40.0));
}

TEST_F(PairFeaturesTest, Geography_NeighbourPowiatAndFarSeat) {
  const auto krakow = features(pes(std::string(kSeatKrakow) + R"(, "cpv": ["55523100-3"])"));
  EXPECT_EQ(value(krakow, Feature::same_gmina), 0.0);
  EXPECT_EQ(value(krakow, Feature::same_powiat), 0.0);
  EXPECT_EQ(value(krakow, Feature::neighbour_powiat), 1.0);  // Kraków borders powiat wielicki
  EXPECT_EQ(value(krakow, Feature::same_wojewodztwo), 1.0);
  const auto gdansk = features(pes(std::string(kSeatGdansk) + R"(, "cpv": ["55523100-3"])"));
  EXPECT_GT(gdansk.distance_km, 400.0);
  EXPECT_LT(value(gdansk, Feature::proximity), 1e-4);
  EXPECT_EQ(value(gdansk, Feature::same_wojewodztwo), 0.0);
}

TEST_F(PairFeaturesTest, ServiceArea_InsidePartialOutsideAndRadius) {
  const auto area = [&](const std::string& a, const Tender& t) {
    return value(features(pes(std::string(kSeatGdansk) + R"(, "cpv": ["55523100-3"], "service_area": )" + a), t),
                 Feature::service_area);
  };
  EXPECT_EQ(area(R"({"teryt": ["1219"]})", tender_), 1.0);     // the powiat holds the gmina
  EXPECT_EQ(area(R"({"teryt": ["2261"]})", tender_), 0.0);     // Gdańsk only
  EXPECT_EQ(area(R"({"radius_km": 500})", tender_), 1.0);      // Niepołomice lies within 500 km
  EXPECT_EQ(area(R"({"radius_km": 50})", tender_), 0.0);
  // Whole powiat wielicki to be served, the PES serves one gmina of it: partly.
  const auto powiat_wide = tender_with(tender_json(R"("place_teryt": ["1219"])"));
  EXPECT_EQ(area(R"({"teryt": ["1219043"]})", powiat_wide), 0.5);
}

TEST_F(PairFeaturesTest, Reach_TiersForACapablePes) {
  const std::string caterer = R"(, "cpv": ["55523100-3"])";
  EXPECT_EQ(value(features(pes(std::string(kSeatNiepolomice) + caterer + R"(, "service_area": {"teryt": ["1219"]})")), Feature::reach), 1.0);
  EXPECT_EQ(value(features(pes(std::string(kSeatKrakow) + caterer + R"(, "service_area": {"teryt": ["1261"]})")), Feature::reach), 0.75);
  EXPECT_EQ(value(features(pes(std::string(kSeatNowySacz) + caterer + R"(, "service_area": {"teryt": ["1262"]})")), Feature::reach), 0.5);
  EXPECT_EQ(value(features(pes(std::string(kSeatGdansk) + caterer)), Feature::reach), 0.0);
}

TEST_F(PairFeaturesTest, Reach_NeedsEvidenceOfDoingTheWork) {
  // In the gmina of the place but repairing bikes: no evidence, no reach, nearness gated to 0.
  const auto bikes = features(pes(std::string(kSeatNiepolomice) + R"(, "description": "Naprawiamy rowery i hulajnogi.")"), 0.0);
  EXPECT_EQ(value(bikes, Feature::reach), 0.0);
  EXPECT_EQ(value(bikes, Feature::same_gmina), 0.0);
  EXPECT_EQ(value(bikes, Feature::proximity), 0.0);
  // A terse text without codes naming the trade of the main CPV label (school meals) clears it.
  const auto terse = features(pes(std::string(kSeatNiepolomice) + R"(, "description": "Posiłki szkolne.")"), 0.1);
  EXPECT_EQ(value(terse, Feature::reach), 1.0);
  EXPECT_EQ(value(terse, Feature::same_gmina), 1.0);  // evidence 0.6: gate min(1, 1.2)
}

TEST_F(PairFeaturesTest, Reach_AnObjectOfTheWorkIsNotTheTrade) {
  // "Usługi sprzątania biur i szkół oraz czyszczenia urządzeń biurowych": the work is cleaning;
  // a school day room in the gmina names "szkoła", one of the label's four groups, not the work.
  const auto offices = tender_with(tender_json(R"("place_teryt": ["1219043"])", "90919000-2"));
  ASSERT_EQ(offices.cpv.front().str(), "90919000-2");
  const auto day_room = features(pes(std::string(kSeatNiepolomice) + R"(, "description": "Prowadzimy świetlicę dla dzieci w szkole.")"),
                                 offices, 0.1);
  const auto cleaners = features(pes(std::string(kSeatNiepolomice) + R"(, "description": "Sprzątamy klatki schodowe.")"), offices, 0.1);
  EXPECT_EQ(value(day_room, Feature::reach), 0.0);
  EXPECT_EQ(value(cleaners, Feature::reach), 1.0);
}

TEST_F(PairFeaturesTest, Gate_GeographyScalesWithHalfTheEvidence) {
  // A text fit of 0.4 alone (no codes, no named group) is evidence 0.2, half of it: the gate is 0.4.
  const auto weak = features(pes(std::string(kSeatNiepolomice) + R"(, "description": "Naprawiamy rowery i hulajnogi.")"), 0.4);
  EXPECT_DOUBLE_EQ(value(weak, Feature::same_gmina), 0.4);
  EXPECT_DOUBLE_EQ(value(weak, Feature::same_wojewodztwo), 0.4);
  EXPECT_EQ(value(weak, Feature::reach), 0.0);  // below kReachEvidence
  // The best text fit of the query alone is evidence 0.5: capable.
  const auto best = features(pes(std::string(kSeatNiepolomice) + R"(, "description": "Naprawiamy rowery i hulajnogi.")"), 1.0);
  EXPECT_EQ(value(best, Feature::reach), 1.0);
}

TEST_F(PairFeaturesTest, Gate_TextsOfAPesWhoseCodesNameAnotherTradeCountLess) {
  // A foundation training cooks (PKD 85.59.B) that writes about school meals: its words count 0.35.
  const std::string texts = R"(, "description": "Szkolimy kucharzy: posiłki szkolne, żywienie dzieci.")";
  const auto trainer = features(pes(std::string(kSeatNiepolomice) + texts + R"(, "pkd": ["85.59.B"])", "fundacja"), 0.9);
  const auto cook = features(pes(std::string(kSeatNiepolomice) + texts, "fundacja"), 0.9);
  EXPECT_EQ(value(trainer, Feature::reach), 0.0);
  EXPECT_EQ(value(cook, Feature::reach), 1.0);
  EXPECT_LT(value(trainer, Feature::same_gmina), value(cook, Feature::same_gmina));
}

TEST_F(PairFeaturesTest, SocialFit_ReservedTenderFollowsEligibility) {
  // The notice is reserved under art. 94: a spółdzielnia socjalna may bid, a foundation with no
  // disadvantaged staff may not.
  ASSERT_EQ(tender_.reserved, Reservation::art94);
  EXPECT_EQ(value(features(pes(kSeatGdansk)), Feature::social_fit), 1.0);
  EXPECT_EQ(value(features(pes(std::string(kSeatGdansk) + R"(, "disadvantaged_share": 0.0)", "fundacja")), Feature::social_fit), 0.0);
}

TEST_F(PairFeaturesTest, SocialFit_OpenTenderWithEmploymentClause) {
  const auto open_with_clause = tender_with(tender_json(R"("place_teryt": ["1219043"], "social_clauses": ["employment"])"));
  const auto open_plain = tender_with(tender_json(R"("place_teryt": ["1219043"])"));
  const auto cooperative = pes(kSeatGdansk);
  EXPECT_EQ(value(features(cooperative, open_with_clause), Feature::social_fit), 1.0);
  EXPECT_EQ(value(features(cooperative, open_plain), Feature::social_fit), 0.0);
  EXPECT_EQ(value(features(pes(std::string(kSeatGdansk) + R"(, "disadvantaged_share": 0.0)", "fundacja"), open_with_clause),
                  Feature::social_fit),
            0.0);
}

TEST_F(PairFeaturesTest, Capacity_StaffAgainstTheOrdersValue) {
  // 1,150,000 zł needs 1,150,000 / 150,000 = 7.67 people.
  EXPECT_DOUBLE_EQ(value(features(pes(std::string(kSeatGdansk) + R"(, "employees": 14)")), Feature::capacity), 1.0);
  EXPECT_DOUBLE_EQ(value(features(pes(std::string(kSeatGdansk) + R"(, "employees": 3)")), Feature::capacity),
                   3.0 / (1150000.0 / 150000.0));
  EXPECT_DOUBLE_EQ(value(features(pes(kSeatGdansk)), Feature::capacity), 0.5);  // head count unknown
}

TEST_F(PairFeaturesTest, Explain_DetailsOnlyWhenAsked) {
  const auto p = pes(std::string(kSeatKrakow) + R"(, "cpv": ["55523100-3"], "employees": 5)");
  const auto quiet = features(p, 0.5, false);
  const auto told = features(p, 0.5, true);
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    EXPECT_TRUE(quiet.details[i].empty()) << feature_name(static_cast<Feature>(i));
    EXPECT_FALSE(told.details[i].empty()) << feature_name(static_cast<Feature>(i));
    EXPECT_EQ(quiet.values[i], told.values[i]) << feature_name(static_cast<Feature>(i));
  }
}

}  // namespace
}  // namespace pesmatch::detail
