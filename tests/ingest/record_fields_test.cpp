// Bounds of the record reader (src/ingest/record_fields.*): nesting depth checked before the JSON
// library sees the text (its dump recurses), array items capped, control characters kept out of ids.
#include "ingest/record_fields.hpp"

#include <gtest/gtest.h>

#include <string>

#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

const std::string kHead =
    R"({"id":"P1","name":"N","legal_form":"cis","teryt":"1219043","description":"d")";

// A `contact` object nested `levels` deep below the record (the record itself is level 1).
std::string with_contact_depth(std::size_t levels) {
  std::string contact;
  for (std::size_t i = 0; i < levels; ++i) contact += "{\"a\":";
  contact += "1";
  contact += std::string(levels, '}');
  return kHead + ",\"contact\":" + contact + "}";
}

std::string error_of(const std::string& json) {
  try {
    (void)parse_pes(json, test::reference(), "c.jsonl", 3);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    return e.what();
  }
  return "";
}

TEST(RecordFieldsTest, NestingAtTheLimit_IsAccepted) {
  EXPECT_EQ(error_of(with_contact_depth(detail::kMaxJsonDepth - 1)), "");
}

// Found while hardening: a contact nested 200 000 deep passed the 1 MiB line bound and overflowed
// the stack in json::dump (contact is stored as its dump).
TEST(RecordFieldsTest, NestingBeyondTheLimit_IsRejectedWithTheByte) {
  const std::string json = with_contact_depth(200000);
  const auto byte = kHead.size() + std::string(",\"contact\":").size() + 5 * (detail::kMaxJsonDepth - 1) + 1;
  EXPECT_EQ(error_of(json), "c.jsonl:3: JSON nested deeper than 64 levels at byte " + std::to_string(byte));
}

TEST(RecordFieldsTest, BracketsInsideStrings_DoNotCount) {
  const std::string json = R"({"id":"P1","name":"[[[[{{{{\"[[[[","legal_form":"cis","teryt":"1219043","description":")" +
                           std::string(500, '[') + "\"}";
  EXPECT_EQ(error_of(json), "");
}

// Found while hardening: the JSON parser reads a NUL as the end of the text, so a record followed
// by a NUL and anything at all on the same line was accepted.
TEST(RecordFieldsTest, NulByte_IsRejected_EvenAfterACompleteRecord) {
  const std::string valid = kHead + "}";
  EXPECT_EQ(error_of(valid), "");
  EXPECT_EQ(error_of(valid + std::string(1, '\0') + "garbage"),
            "c.jsonl:3: NUL byte at byte " + std::to_string(valid.size() + 1));
}

// Found by fuzz_tender_json (crash-bf591d8a…: `9.5558888888888888818880E341131`): a number
// beyond double's range escaped as nlohmann's out_of_range, an "internal error" (exit 1).
TEST(RecordFieldsTest, NumberBeyondDoubleRange_IsMalformedJson) {
  EXPECT_EQ(error_of(kHead + ",\"employees\":1E400}"), "c.jsonl:3: malformed JSON: number overflow parsing '1E400'");
  try {
    (void)parse_tender("9.5558888888888888818880E341131", test::reference(), "<body>", 1);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "<body>:1: malformed JSON: number overflow parsing '9.5558888888888888818880E341131'");
  }
}

TEST(RecordFieldsTest, MoreValuesThanTheCap_AreRejectedBeforeParsing) {
  std::string values;
  for (std::size_t i = 0; i < detail::kMaxJsonValues; ++i) values += ",0";
  EXPECT_EQ(error_of(kHead + ",\"extra\":[0" + values + "]}"), "c.jsonl:3: more than 1000000 JSON values");
}

TEST(RecordFieldsTest, ArrayOverTheItemCap_IsRejected) {
  std::string services;
  for (std::size_t i = 0; i <= detail::kMaxArrayItems; ++i) services += std::string(i ? "," : "") + "\"s\"";
  EXPECT_EQ(error_of(kHead + ",\"services\":[" + services + "]}"), "c.jsonl:3: services: more than 10000 items");
}

TEST(RecordFieldsTest, EscapedControlCharacterInId_IsRejected) {
  const std::string json = R"({"id":"P\u00001","name":"N","legal_form":"cis","teryt":"1219043","description":"d"})";
  EXPECT_EQ(error_of(json), "c.jsonl:3: id: must not contain control characters");
  const std::string tender = R"({"id":"T\u001b","title":"t","cpv":["55523100-3"],"place_teryt":["1219043"]})";
  try {
    (void)parse_tender(tender, test::reference(), "t.json", 1);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "t.json:1: id: must not contain control characters");
  }
}

}  // namespace
}  // namespace pesmatch
