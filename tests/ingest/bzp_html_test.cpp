// The numbered fields of real BZP notice HTML (../shared/examples/bzp/html), read through parse_html.
#include "ingest/bzp_html.hpp"

#include <gtest/gtest.h>

#include "reference/csv.hpp"
#include "support/fixtures.hpp"

namespace pesmatch::detail {
namespace {

std::vector<BzpField> fields_of(const std::string& name) {
  const auto path = std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/bzp/html/" + name;
  return bzp_fields(parse_html(read_file(path), path));
}

TEST(BzpHtmlTest, FieldNumber_SeparatorsVary) {
  EXPECT_EQ(field_number("4.2.6.) Główny kod CPV:"), "4.2.6");
  EXPECT_EQ(field_number("1.4) Krajowy Numer Identyfikacyjny:"), "1.4");
  EXPECT_EQ(field_number("7.3.1) Nazwa (firma) wykonawcy"), "7.3.1");
  EXPECT_EQ(field_number("4.2. Informacje szczegółowe"), "");
  EXPECT_EQ(field_number("Część 1"), "");
  EXPECT_EQ(field_number("2026-09-24 09:00"), "");
}

TEST(BzpHtmlTest, Gowarczow_PartFieldsAndValues) {
  const auto f = fields_of("cn_2026-BZP-00035012_gowarczow.html");
  const auto main_cpv = fields_numbered(f, "4.2.6");
  ASSERT_EQ(main_cpv.size(), 1u);
  EXPECT_EQ(main_cpv[0]->part, 1);
  EXPECT_EQ(main_cpv[0]->label, "Główny kod CPV");
  EXPECT_EQ(main_cpv[0]->values, std::vector<std::string>{"45320000-6 - Roboty izolacyjne"});
  const auto extra = fields_numbered(f, "4.2.7");
  ASSERT_EQ(extra.size(), 1u);
  EXPECT_EQ(extra[0]->values.size(), 4u);
  EXPECT_EQ(extra[0]->values[0], "45331210-1 - Instalowanie wentylacji");
  EXPECT_EQ(first_value(f, "8.1"), "2026-02-14 10:00");
  EXPECT_EQ(first_value(f, "1.5.2"), "Gowarczów");
  EXPECT_EQ(fields_numbered(f, "8.1")[0]->part, 0);  // a new section ends the part
}

TEST(BzpHtmlTest, AgreementIntention_OtherNumbering) {
  const auto f = fields_of("agreement-intention_2024-BZP-00097743.html");
  EXPECT_FALSE(first_value(f, "3.10").empty());  // main CPV sits in 3.10 in this notice type
  EXPECT_FALSE(first_value(f, "5.1.1").empty());
}

}  // namespace
}  // namespace pesmatch::detail
