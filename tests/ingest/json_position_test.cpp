// json_line_of: the line of a field in a multi-line JSON text, for errors in .json tender files.
#include "ingest/json_position.hpp"

#include <gtest/gtest.h>

namespace pesmatch::detail {
namespace {

constexpr const char* kTender = R"({
  "id": "T1",
  "title": "Sprz\u0105tanie \"biur\"",
  "buyer": {
    "name": "Gmina X",
    "teryt": "9999"
  },
  "cpv": [
    "90910000-9",
    "90910000-8"
  ],
  "reserved": false
})";

TEST(JsonPositionTest, FindsTopLevelAndNestedFields) {
  EXPECT_EQ(json_line_of(kTender, "id"), 2u);
  EXPECT_EQ(json_line_of(kTender, "title"), 3u);
  EXPECT_EQ(json_line_of(kTender, "buyer"), 4u);
  EXPECT_EQ(json_line_of(kTender, "buyer.teryt"), 6u);
  EXPECT_EQ(json_line_of(kTender, "reserved"), 12u);
}

TEST(JsonPositionTest, FindsArrayElements_ByIndex) {
  EXPECT_EQ(json_line_of(kTender, "cpv"), 8u);
  EXPECT_EQ(json_line_of(kTender, "cpv[0]"), 9u);
  EXPECT_EQ(json_line_of(kTender, "cpv[1]"), 10u);
}

TEST(JsonPositionTest, MissingField_IsPlacedAtItsNearestParent) {
  EXPECT_EQ(json_line_of(kTender, "place_teryt"), 1u);
  EXPECT_EQ(json_line_of(kTender, "buyer.nip"), 4u);
  EXPECT_EQ(json_line_of(kTender, "cpv[7]"), 8u);
}

TEST(JsonPositionTest, FindsFieldsOfTopLevelArrayElements) {
  const char* text = "[\n  {\"id\": \"A\"},\n  {\n    \"id\": \"B\",\n    \"cpv\": [\"x\"]\n  }\n]";
  EXPECT_EQ(json_line_of(text, "[0].id"), 2u);
  EXPECT_EQ(json_line_of(text, "[1]"), 3u);
  EXPECT_EQ(json_line_of(text, "[1].cpv[0]"), 5u);
  EXPECT_EQ(json_line_of(text, "[1].title"), 3u);
}

TEST(JsonPositionTest, KeyLookalikesInsideStrings_AreNotKeys) {
  const char* text = "{\n  \"title\": \"\\\"cpv\\\": [1]\",\n  \"cpv\": [\n 1]\n}";
  EXPECT_EQ(json_line_of(text, "cpv"), 3u);
  EXPECT_EQ(json_line_of(text, "cpv[0]"), 4u);
}

TEST(JsonPositionTest, TextThatIsNotJson_GivesLineOne) {
  EXPECT_EQ(json_line_of("", "id"), 1u);
  EXPECT_EQ(json_line_of("{\n\"id\": \"unterminated", "title"), 1u);
  EXPECT_EQ(json_line_of("]]]\n}}", "id"), 1u);
}

}  // namespace
}  // namespace pesmatch::detail
