// NIP, REGON and KRS checks (src/ingest/identifiers.hpp). Valid numbers below were computed by
// hand from the weights in the header: NIP 6,5,7,2,3,4,5,6,7 mod 11 (10 = invalid); REGON-9
// 8,9,2,3,4,5,6,7 mod 11 and REGON-14 2,4,8,5,0,9,7,3,6,1,2,4,8 mod 11 (10 → 0).
#include "ingest/identifiers.hpp"

#include <gtest/gtest.h>

namespace pesmatch::detail {
namespace {

TEST(IdentifiersTest, AcceptsValidNip) {
  // 5·6+2·5+6·7+0·2+2·3+5·4+0·5+2·6+7·7 = 169 = 15·11 + 4 → check digit 4.
  EXPECT_EQ(nip_problem("5260250274"), "");
  // 1·6+2·5+3·7+4·2+5·3+6·4+3·5+2·6+1·7 = 118 = 10·11 + 8 → check digit 8.
  EXPECT_EQ(nip_problem("1234563218"), "");
}

TEST(IdentifiersTest, AcceptsNip_WithDashesOrSpaces) {
  EXPECT_EQ(nip_problem("526-025-02-74"), "");
  EXPECT_EQ(nip_problem("526 025 02 74"), "");
}

TEST(IdentifiersTest, RejectsNip_WithWrongCheckDigit) {
  EXPECT_EQ(nip_problem("5260250275"), "bad NIP checksum");
  EXPECT_EQ(nip_problem("5260250270"), "bad NIP checksum");
  EXPECT_EQ(nip_problem("526-025-02-73"), "bad NIP checksum");
}

TEST(IdentifiersTest, RejectsNip_WhoseChecksumIsTen) {
  // 1·6 + 1·6 + 6·7 = 54 = 4·11 + 10: no check digit can make 100000016X valid.
  for (char last = '0'; last <= '9'; ++last)
    EXPECT_EQ(nip_problem(std::string("100000016") + last), "bad NIP checksum") << last;
}

TEST(IdentifiersTest, RejectsNip_WithWrongLengthOrCharacters) {
  EXPECT_EQ(nip_problem("526025027"), "NIP must have 10 digits");
  EXPECT_EQ(nip_problem("52602502741"), "NIP must have 10 digits");
  EXPECT_EQ(nip_problem("PL5260250274"), "NIP must have 10 digits");
  EXPECT_EQ(nip_problem("526.025.02.74"), "NIP must have 10 digits");
  EXPECT_EQ(nip_problem(""), "NIP must have 10 digits");
}

TEST(IdentifiersTest, AcceptsValidNineDigitRegon) {
  // 1·8+2·9+3·2+4·3+5·4+6·5+7·6+8·7 = 192 = 17·11 + 5 → check digit 5.
  EXPECT_EQ(regon_problem("123456785"), "");
  EXPECT_EQ(regon_problem("000000000"), "");
}

TEST(IdentifiersTest, AcceptsNineDigitRegon_WhoseChecksumTenBecomesZero) {
  // 1·8 + 5·7 = 43 = 3·11 + 10 → check digit 0.
  EXPECT_EQ(regon_problem("100000050"), "");
  EXPECT_EQ(regon_problem("100000051"), "bad REGON checksum");
}

TEST(IdentifiersTest, RejectsNineDigitRegon_WithWrongCheckDigit) {
  EXPECT_EQ(regon_problem("123456784"), "bad REGON checksum");
  EXPECT_EQ(regon_problem("123456780"), "bad REGON checksum");
}

TEST(IdentifiersTest, AcceptsValidFourteenDigitRegon) {
  // 1234567850002: weighted sum mod 11 = 7; 1234567850001: mod 11 = 10 → 0.
  EXPECT_EQ(regon_problem("12345678500027"), "");
  EXPECT_EQ(regon_problem("12345678500010"), "");
}

TEST(IdentifiersTest, RejectsFourteenDigitRegon_WithWrongCheckDigit) {
  EXPECT_EQ(regon_problem("12345678500028"), "bad REGON checksum");
  EXPECT_EQ(regon_problem("12345678500011"), "bad REGON checksum");
}

TEST(IdentifiersTest, RejectsRegon_WithWrongLengthOrSeparators) {
  EXPECT_EQ(regon_problem("12345678"), "REGON must have 9 or 14 digits");
  EXPECT_EQ(regon_problem("1234567850"), "REGON must have 9 or 14 digits");
  EXPECT_EQ(regon_problem("123-456-785"), "REGON must have 9 or 14 digits");
  EXPECT_EQ(regon_problem("12345678x"), "REGON must have 9 or 14 digits");
  EXPECT_EQ(regon_problem(""), "REGON must have 9 or 14 digits");
}

TEST(IdentifiersTest, AcceptsTenDigitKrs) {
  EXPECT_EQ(krs_problem("0000123456"), "");
  EXPECT_EQ(krs_problem("0000000001"), "");
}

TEST(IdentifiersTest, RejectsKrs_WithWrongLengthOrCharacters) {
  EXPECT_EQ(krs_problem("123456"), "KRS number must have 10 digits");
  EXPECT_EQ(krs_problem("00001234567"), "KRS number must have 10 digits");
  EXPECT_EQ(krs_problem("KRS0000123456"), "KRS number must have 10 digits");
  EXPECT_EQ(krs_problem("0000-123456"), "KRS number must have 10 digits");
  EXPECT_EQ(krs_problem(""), "KRS number must have 10 digits");
}

}  // namespace
}  // namespace pesmatch::detail
