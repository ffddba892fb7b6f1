#include "core/utf8.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <utility>

namespace pesmatch::detail {
namespace {

// Polish letters, other Latin accents (NFD base letter), letters without a decomposition (kept),
// and decomposed input (the combining mark dropped).
TEST(Utf8Test, FoldsDiacritics_ByDecompositionAndTheStrokedL) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"zażółć gęślą jaźń", "zazolc gesla jazn"},  {"ŁÓDŹ Ślęża", "LODZ Sleza"},
      {"Müller Dvořák Crème", "Muller Dvorak Creme"}, {"Straße Ærø Đakovo", "Straße Ærø Đakovo"},
      {"sprza\u0328tanie", "sprzatanie"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(fold(in), out) << in;
}

TEST(Utf8Test, ChangesCase_BeyondLatinAndOnlyTheFirstLetterWhenCapitalizing) {
  EXPECT_EQ(lowercase("ŻÓŁW Ωmega КИЇВ"), "żółw ωmega київ");
  EXPECT_EQ(capitalize("łódź"), "Łódź");
}

TEST(Utf8Test, CountsLettersAndDigitsAsWordCharacters_NotUnderscoreOrSuperscripts) {
  EXPECT_TRUE(is_word_char(U'ż'));
  EXPECT_TRUE(is_word_char(U'7'));
  EXPECT_FALSE(is_word_char(U'_'));
  EXPECT_FALSE(is_word_char(U'²'));
  EXPECT_FALSE(is_word_char(U'×'));
}

TEST(Utf8Test, KeysNamesWithoutCaseAccentsOrPunctuation) {
  EXPECT_EQ(name_key(" Jelenia-Góra, ul. Łąkowa "), "jelenia gora ul lakowa");
}

TEST(Utf8Test, FindsTheFirstInvalidSequence_RejectingOverlongsAndSurrogates) {
  EXPECT_EQ(find_invalid_utf8("gęś"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("ab\xC0\xAF"), 2u);        // overlong "/"
  EXPECT_EQ(find_invalid_utf8("a\xED\xA0\x80"), 1u);     // surrogate U+D800
  EXPECT_EQ(find_invalid_utf8("gę\xE2\x82"), 3u);        // truncated sequence
}

TEST(Utf8Test, DecodesABadSequence_AsTheReplacementCharacter) {
  std::size_t pos = 0;
  EXPECT_EQ(decode_utf8("\xFFx", pos), U'\uFFFD');
  EXPECT_EQ(pos, 1u);
  EXPECT_EQ(decode_utf8("\xFFx", pos), U'x');
}

}  // namespace
}  // namespace pesmatch::detail
