#include "index/profile.hpp"

#include <gtest/gtest.h>

#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch::detail {
namespace {

const char* kRecord =
    R"({"id":"P1","name":"Spółdzielnia Socjalna Test","legal_form":"spoldzielnia_socjalna","social_enterprise":true,)"
    R"("teryt":"1219043","location":{"lat":50.03,"lon":20.22},"service_area":{"teryt":["1219","12"],"radius_km":35},)"
    R"("description":"Sprzątanie biur.","cpv":["90911200-8"],"pkd":["81.21.Z"],"employees":7,"disadvantaged_share":0.43,)"
    R"("references":[{"title":"Sprzątanie urzędu","buyer":"Gmina Niepołomice","year":2024,"value_pln":120000,"cpv":["90910000-9"],"art361":true}]})";

TEST(ProfileTest, RoundTripsEveryRankingField_WhenEncodedAndDecoded) {
  const auto& ref = test::reference();
  const Pes original = parse_pes(kRecord, ref);
  const auto profile = decode_profile(encode_profile(original, {"catering", "sprzatanie"}), ref);
  const Pes& decoded = profile.pes;
  EXPECT_EQ(profile.concepts(), (std::vector<std::string>{"catering", "sprzatanie"}));
  EXPECT_EQ(profile.reference_title(0), "Sprzątanie urzędu");
  EXPECT_EQ(decoded.id, "P1");
  EXPECT_EQ(decoded.legal_form, LegalForm::spoldzielnia_socjalna);
  EXPECT_TRUE(decoded.social_enterprise);
  EXPECT_TRUE(decoded.location_given);
  EXPECT_EQ(decoded.location, original.location);
  EXPECT_EQ(decoded.teryt, original.teryt);
  EXPECT_EQ(decoded.service_area.units, original.service_area.units);
  EXPECT_EQ(decoded.service_area.radius_km, 35.0);
  EXPECT_FALSE(decoded.service_area.defaulted);
  EXPECT_EQ(decoded.cpv, original.cpv);
  EXPECT_EQ(decoded.pkd, original.pkd);
  EXPECT_EQ(decoded.employees, 7);
  EXPECT_EQ(decoded.disadvantaged_share, 0.43);
  ASSERT_EQ(decoded.references.size(), 1u);
  EXPECT_EQ(decoded.references[0].buyer, "Gmina Niepołomice");
  EXPECT_EQ(decoded.references[0].year, 2024);
  EXPECT_TRUE(decoded.references[0].art361);
  EXPECT_EQ(decoded.references[0].cpv, original.references[0].cpv);
  EXPECT_TRUE(decoded.description.empty());
}

TEST(ProfileTest, KeepsAbsentOptionals_Absent) {
  const auto& ref = test::reference();
  const Pes original = parse_pes(R"({"id":"P2","name":"N","legal_form":"kgw","teryt":"1219043","description":"Ciasta."})", ref);
  const Pes decoded = decode_profile(encode_profile(original, {}), ref).pes;
  EXPECT_FALSE(decoded.employees.has_value());
  EXPECT_FALSE(decoded.disadvantaged_share.has_value());
  EXPECT_FALSE(decoded.service_area.radius_km.has_value());
  EXPECT_TRUE(decoded.service_area.defaulted);
}

TEST(ProfileTest, KeepsBuyerOfArt361ContractsOnly_AndEachTitleForTheExplanation) {
  const auto& ref = test::reference();
  const Pes original = parse_pes(
      R"({"id":"P3","name":"N","legal_form":"fundacja","teryt":"1219043","description":"d","references":[)"
      R"({"title":"Opieka wytchnieniowa","buyer":"Gmina A","year":2023,"cpv":["85312000-9"],"art361":true},)"
      R"({"title":"Catering dla szkoły","buyer":"Gmina B","year":2025,"cpv":["55520000-1"]}]})",
      ref);
  const auto profile = decode_profile(encode_profile(original, {"opieka"}), ref);
  ASSERT_EQ(profile.pes.references.size(), 2u);
  EXPECT_EQ(profile.pes.references[0].buyer, "Gmina A");
  EXPECT_EQ(profile.pes.references[1].buyer, "");  // no rule reads it
  EXPECT_EQ(profile.pes.references[1].cpv, original.references[1].cpv);
  EXPECT_EQ(profile.reference_title(0), "Opieka wytchnieniowa");
  EXPECT_EQ(profile.reference_title(1), "Catering dla szkoły");
  EXPECT_EQ(profile.concepts(), (std::vector<std::string>{"opieka"}));
}

TEST(ProfileTest, RejectsProfileOfAnotherVersion_AskingForARebuild) {
  const auto& ref = test::reference();
  auto packed = encode_profile(parse_pes(kRecord, ref), {"catering"});
  packed[0] = 3;  // the layout before concepts and titles were read in place
  try {
    (void)decode_profile(packed, ref);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_STREQ(e.what(), "index profile of another pesmatch version (rebuild it)");
  }
}

TEST(ProfileTest, RejectsTruncatedValue_WithIoError) {
  const auto& ref = test::reference();
  const auto packed = encode_profile(parse_pes(kRecord, ref), {"catering"});
  try {
    (void)decode_profile(packed.substr(0, packed.size() / 2), ref);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_STREQ(e.what(), "corrupt PES profile in the index (rebuild it)");
  }
}

}  // namespace
}  // namespace pesmatch::detail
