#include "text/tokenizer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace pesmatch::detail {
namespace {

using ::testing::ElementsAre;

TEST(TokenizerTest, LowercasesPolishLetters_WhenCapitalised) {
  EXPECT_THAT(tokenize("ŻYWIENIE Uczniów ŁÓDŹ"), ElementsAre("żywienie", "uczniów", "łódź"));
}

TEST(TokenizerTest, SplitsOnPunctuationAndHyphens_KeepingWords) {
  EXPECT_THAT(tokenize("społeczno-zawodowej (CIS), m.in. sprzątanie;"),
              ElementsAre("społeczno", "zawodowej", "cis", "in", "sprzątanie"));
}

TEST(TokenizerTest, DropsNumbersAndSingleLetters_WhenTheyCarryNoMeaning) {
  EXPECT_THAT(tokenize("w 2026 r. 1 100 uczniów, 30% osób"), ElementsAre("uczniów", "osób"));
}

TEST(TokenizerTest, KeepsAlphanumericCodes_WhenTheyContainLetters) {
  EXPECT_THAT(tokenize("autobus 9-osobowy B2"), ElementsAre("autobus", "osobowy", "b2"));
}

TEST(TokenizerTest, CutsOverlongWords_ToTheByteLimit) {
  const auto words = tokenize(std::string(300, 'a'));
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0].size(), kMaxWordBytes);
}

TEST(TokenizerTest, SkipsInvalidUtf8_AsSeparators) {
  EXPECT_THAT(tokenize("pranie\xFFmaglowanie"), ElementsAre("pranie", "maglowanie"));
}

}  // namespace
}  // namespace pesmatch::detail
