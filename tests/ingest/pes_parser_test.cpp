// parse_pes: contract section 1 field by field, and the exact error messages of section 5.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "ingest/record_json.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using nlohmann::json;

const json kFull = json::parse(R"({
  "id": "pes-001", "name": "Spółdzielnia Socjalna Czysty Dom", "legal_form": "spoldzielnia_socjalna",
  "social_enterprise": true, "teryt": "0201011", "location": {"lat": 51.26, "lon": 15.57},
  "service_area": {"teryt": ["02", "1465"], "radius_km": 40},
  "description": "Sprzątanie biur, szkół i urzędów; mycie okien.",
  "services": ["sprzątanie biur", "mycie okien"], "cpv": ["90911200-8", "90919200-4"],
  "pkd": ["81.21.Z"], "employees": 12, "disadvantaged_share": 0.5,
  "krs": "0000123456", "nip": "5260250274", "regon": "123456785",
  "references": [{"title": "Sprzątanie urzędu", "buyer": "Gmina Bolesławiec", "year": 2023,
                  "value_pln": 120000, "cpv": ["90911200-8"], "art361": true}],
  "contact": {"email": "biuro@czystydom.pl", "phone": "+48 75 000 00 00"}
})");

const json kMinimal = json::parse(R"({
  "id": "pes-002", "name": "Fundacja Zielony Zakątek", "legal_form": "fundacja", "teryt": "0201011",
  "description": "Pielęgnacja terenów zielonych."
})");

Pes parse(const json& record, std::size_t line = 17) {
  return parse_pes(record.dump(), test::reference(), "pes.jsonl", line);
}

// The message of the Error that parsing `text` raises, or "" when it parses.
std::string error_of_text(const std::string& text, std::size_t line = 17) {
  try {
    (void)parse_pes(text, test::reference(), "pes.jsonl", line);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(e.exit_code(), 3);
    return e.what();
  }
  return "";
}

// The minimal record with `patch` merged in (a null value removes the field).
std::string error_of(const json& patch) {
  json record = kMinimal;
  record.merge_patch(patch);
  return error_of_text(record.dump());
}

TEST(PesParserTest, ParsesFullRecord_EveryField) {
  const Pes p = parse(kFull);
  EXPECT_EQ(p.id, "pes-001");
  EXPECT_EQ(p.name, "Spółdzielnia Socjalna Czysty Dom");
  EXPECT_EQ(p.legal_form, LegalForm::spoldzielnia_socjalna);
  EXPECT_TRUE(p.social_enterprise);
  EXPECT_EQ(p.teryt.str(), "0201011");
  EXPECT_TRUE(p.location_given);
  EXPECT_DOUBLE_EQ(p.location.lat, 51.26);
  EXPECT_DOUBLE_EQ(p.location.lon, 15.57);
  EXPECT_FALSE(p.service_area.defaulted);
  ASSERT_EQ(p.service_area.units.size(), 2u);
  EXPECT_EQ(p.service_area.units[0].str(), "02");
  EXPECT_EQ(p.service_area.units[1].str(), "1465");
  EXPECT_EQ(p.service_area.radius_km, 40.0);
  EXPECT_EQ(p.description, "Sprzątanie biur, szkół i urzędów; mycie okien.");
  EXPECT_EQ(p.services, (std::vector<std::string>{"sprzątanie biur", "mycie okien"}));
  ASSERT_EQ(p.cpv.size(), 2u);
  EXPECT_EQ(p.cpv[0].str(), "90911200-8");
  EXPECT_EQ(p.cpv[1].str(), "90919200-4");
  ASSERT_EQ(p.pkd.size(), 1u);
  EXPECT_EQ(p.pkd[0].str(), "81.21.Z");
  EXPECT_EQ(p.employees, 12);
  EXPECT_EQ(p.disadvantaged_share, 0.5);
  EXPECT_EQ(p.krs, "0000123456");
  EXPECT_EQ(p.nip, "5260250274");
  EXPECT_EQ(p.regon, "123456785");
  ASSERT_EQ(p.references.size(), 1u);
  const PastContract& r = p.references[0];
  EXPECT_EQ(r.title, "Sprzątanie urzędu");
  EXPECT_EQ(r.buyer, "Gmina Bolesławiec");
  EXPECT_EQ(r.year, 2023);
  EXPECT_EQ(r.value_pln, 120000.0);
  ASSERT_EQ(r.cpv.size(), 1u);
  EXPECT_EQ(r.cpv[0].str(), "90911200-8");
  EXPECT_TRUE(r.art361);
  EXPECT_EQ(json::parse(p.contact_json), kFull["contact"]);
}

TEST(PesParserTest, RoundTripsFullRecord_ThroughContractJson) {
  EXPECT_EQ(detail::to_json(parse(kFull)), kFull);
}

TEST(PesParserTest, AppliesDefaults_ForOptionalFields) {
  const Pes p = parse(kMinimal);
  EXPECT_FALSE(p.social_enterprise);
  EXPECT_FALSE(p.location_given);
  EXPECT_EQ(p.location, test::reference().territory.centroid(*TerytCode::parse("0201").value));
  EXPECT_TRUE(p.service_area.defaulted);
  EXPECT_TRUE(p.service_area.units.empty());
  EXPECT_FALSE(p.service_area.radius_km.has_value());
  EXPECT_TRUE(p.services.empty());
  EXPECT_TRUE(p.cpv.empty());
  EXPECT_TRUE(p.pkd.empty());
  EXPECT_FALSE(p.employees.has_value());
  EXPECT_FALSE(p.disadvantaged_share.has_value());
  EXPECT_TRUE(p.krs.empty() && p.nip.empty() && p.regon.empty());
  EXPECT_TRUE(p.references.empty());
  EXPECT_TRUE(p.contact_json.empty());
}

TEST(PesParserTest, AcceptsRadiusOnlyServiceArea_AndBareClassPkd) {
  const Pes p = parse(json{{"id", "a"}, {"name", "n"}, {"legal_form", "cis"}, {"teryt", "1465011"},
                           {"description", "d"}, {"service_area", {{"radius_km", 25}}}, {"pkd", {"81.21"}}});
  EXPECT_FALSE(p.service_area.defaulted);
  EXPECT_TRUE(p.service_area.units.empty());
  EXPECT_EQ(p.service_area.radius_km, 25.0);
  EXPECT_EQ(p.pkd.at(0).str(), "81.21.Z");
}

TEST(PesParserTest, RejectsMissingId_WithFieldName) {
  EXPECT_EQ(error_of({{"id", nullptr}}), "pes.jsonl:17: id: missing required field");
}

TEST(PesParserTest, RejectsIdWithWhiteSpace_OrTooLong) {
  EXPECT_EQ(error_of({{"id", "pes 1"}}), "pes.jsonl:17: id \"pes 1\": must not contain white space");
  EXPECT_EQ(error_of({{"id", std::string(129, 'x')}}), "pes.jsonl:17: id: longer than 128 characters");
  EXPECT_EQ(error_of({{"id", "  "}}), "pes.jsonl:17: id: must not be empty");
}

TEST(PesParserTest, RejectsNameOfWrongType_NamingTheType) {
  EXPECT_EQ(error_of({{"name", 42}}), "pes.jsonl:17: name: expected a string, got number");
  EXPECT_EQ(error_of({{"name", json::array()}}), "pes.jsonl:17: name: expected a string, got array");
}

TEST(PesParserTest, RejectsUnknownLegalForm_QuotingIt) {
  EXPECT_EQ(error_of({{"legal_form", "spoldzielnia"}}),
            "pes.jsonl:17: legal_form \"spoldzielnia\": unknown legal form");
}

TEST(PesParserTest, RejectsPowiatAsSeat_MustBeGmina) {
  EXPECT_EQ(error_of({{"teryt", "0201"}}), "pes.jsonl:17: teryt \"0201\": must be a 7-digit gmina code");
  EXPECT_EQ(error_of({{"teryt", "02"}}), "pes.jsonl:17: teryt \"02\": must be a 7-digit gmina code");
}

TEST(PesParserTest, RejectsUnknownOrMalformedTerc) {
  EXPECT_EQ(error_of({{"teryt", "0201099"}}), "pes.jsonl:17: teryt \"0201099\": unknown TERC unit");
  EXPECT_EQ(error_of({{"teryt", "020101"}}),
            "pes.jsonl:17: teryt \"020101\": TERYT code must have 2, 4 or 7 digits");
}

TEST(PesParserTest, RejectsBadCheckDigit_WithContractMessage) {
  // cpv2008.csv: 90910000-9; the contract's example uses the wrong digit 8.
  EXPECT_EQ(error_of({{"cpv", {"90911200-8", "90910000-8"}}}), "pes.jsonl:17: cpv[1] \"90910000-8\": bad check digit");
}

TEST(PesParserTest, RejectsUnknownAndMalformedCpv) {
  EXPECT_EQ(error_of({{"cpv", {"90911900-1"}}}), "pes.jsonl:17: cpv[0] \"90911900-1\": unknown CPV code");
  EXPECT_EQ(error_of({{"cpv", {"909112008"}}}),
            "pes.jsonl:17: cpv[0] \"909112008\": not a CPV code (expected NNNNNNNN-N)");
  EXPECT_EQ(error_of({{"cpv", {90911200}}}), "pes.jsonl:17: cpv[0]: expected a string, got number");
  EXPECT_EQ(error_of({{"cpv", "90911200-8"}}), "pes.jsonl:17: cpv: expected an array of strings, got string");
}

TEST(PesParserTest, RejectsUnknownPkd_WithIndex) {
  EXPECT_EQ(error_of({{"pkd", {"81.21.Z", "81.28.Z"}}}), "pes.jsonl:17: pkd[1] \"81.28.Z\": unknown PKD 2007 subclass");
}

TEST(PesParserTest, RejectsDisadvantagedShare_OutOfRange) {
  EXPECT_EQ(error_of({{"disadvantaged_share", 1.5}}),
            "pes.jsonl:17: disadvantaged_share \"1.5\": out of range [0.0, 1.0]");
  EXPECT_EQ(error_of({{"disadvantaged_share", -0.1}}),
            "pes.jsonl:17: disadvantaged_share \"-0.1\": out of range [0.0, 1.0]");
  EXPECT_EQ(error_of({{"disadvantaged_share", "30%"}}),
            "pes.jsonl:17: disadvantaged_share: expected a number, got string");
}

TEST(PesParserTest, RejectsEmployees_NotANonNegativeInteger) {
  EXPECT_EQ(error_of({{"employees", -1}}), "pes.jsonl:17: employees \"-1\": out of range [0, 1000000]");
  EXPECT_EQ(error_of({{"employees", 2.5}}), "pes.jsonl:17: employees: expected an integer, got number");
}

TEST(PesParserTest, RejectsBadIdentifiers_WithTheirProblem) {
  EXPECT_EQ(error_of({{"nip", "5260250275"}}), "pes.jsonl:17: nip \"5260250275\": bad NIP checksum");
  EXPECT_EQ(error_of({{"regon", "123456784"}}), "pes.jsonl:17: regon \"123456784\": bad REGON checksum");
  EXPECT_EQ(error_of({{"krs", "123"}}), "pes.jsonl:17: krs \"123\": KRS number must have 10 digits");
}

TEST(PesParserTest, RejectsNestedServiceAreaUnit_WithFullPath) {
  EXPECT_EQ(error_of({{"service_area", {{"teryt", {"9999"}}}}}),
            "pes.jsonl:17: service_area.teryt[0] \"9999\": unknown TERC unit");
  EXPECT_EQ(error_of({{"service_area", {{"radius_km", 5000}}}}),
            "pes.jsonl:17: service_area.radius_km \"5000\": out of range [0.0, 1000.0]");
  EXPECT_EQ(error_of({{"service_area", {{"powiat", "0201"}}}}), "pes.jsonl:17: service_area.powiat: unknown field");
  EXPECT_EQ(error_of({{"service_area", json::object()}}),
            "pes.jsonl:17: service_area.teryt: service_area needs teryt or radius_km");
}

TEST(PesParserTest, RejectsReferenceCpv_WithFullPath) {
  const json refs = json::array({{{"title", "t"}, {"cpv", {"90910000-8"}}}});
  EXPECT_EQ(error_of({{"references", refs}}), "pes.jsonl:17: references[0].cpv[0] \"90910000-8\": bad check digit");
  const json year = json::array({{{"title", "t"}}, {{"year", 1890}}});
  EXPECT_EQ(error_of({{"references", year}}), "pes.jsonl:17: references[1].year \"1890\": out of range [1990, 2100]");
}

TEST(PesParserTest, RejectsLocation_OutsidePolandOrIncomplete) {
  EXPECT_EQ(error_of({{"location", {{"lat", 48.85}, {"lon", 2.35}}}}),
            "pes.jsonl:17: location \"{\"lat\":48.85,\"lon\":2.35}\": outside Poland");
  EXPECT_EQ(error_of({{"location", {{"lat", 52.2}}}}), "pes.jsonl:17: location.lon: missing required field");
}

TEST(PesParserTest, RejectsContact_ThatIsNotAnObject) {
  EXPECT_EQ(error_of({{"contact", "biuro@x.pl"}}), "pes.jsonl:17: contact: expected an object, got string");
}

TEST(PesParserTest, RejectsMalformedJson_WithLineAndByte) {
  const std::string message = error_of_text(R"({"id": "a", "name": })", 3);
  EXPECT_EQ(message.rfind("pes.jsonl:3: malformed JSON at byte ", 0), 0u) << message;
}

TEST(PesParserTest, RejectsNonObjectJson) {
  EXPECT_EQ(error_of_text("[1, 2]", 4), "pes.jsonl:4: expected a JSON object, got array");
}

TEST(PesParserTest, ReportsInvalidInputCode_AndLocationParts) {
  json record = kMinimal;
  record["cpv"] = {"90911200-8", "90910000-8"};
  try {
    (void)parse(record);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(e.where().file, "pes.jsonl");
    EXPECT_EQ(e.where().line, 17u);
    EXPECT_EQ(e.where().field, "cpv[1]");
    EXPECT_EQ(e.where().value, "90910000-8");
    EXPECT_EQ(e.problem(), "bad check digit");
  }
}

}  // namespace
}  // namespace pesmatch
