#include "pesmatch/analyzer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "pesmatch/error.hpp"
#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

class AnalyzerTest : public ::testing::Test {
 protected:
  Analyzer analyzer = test::make_analyzer();

  std::vector<std::string> concepts(const std::string& text) { return analyzer.analyze(text).concepts; }
  bool shares_lemma(const std::string& a, const std::string& b) {
    const auto la = analyzer.lemmas(a), lb = analyzer.lemmas(b);
    for (const auto& x : la)
      for (const auto& y : lb)
        if (x == y) return true;
    return false;
  }
};

TEST_F(AnalyzerTest, LemmatizesInflectedForms_ToFoldedDictionaryForms) {
  EXPECT_THAT(analyzer.lemmas("sprzątania"), ElementsAre("sprzatac"));
  EXPECT_THAT(analyzer.lemmas("opiekuńczych"), ElementsAre("opiekunczy"));
  EXPECT_THAT(analyzer.lemmas("spółdzielni"), ElementsAre("spoldzielnia"));
  EXPECT_THAT(analyzer.lemmas("socjalnej"), ElementsAre("socjalny"));
}

TEST_F(AnalyzerTest, KeepsAllPlausibleLemmas_WhenAWordHasSeveral) {
  EXPECT_THAT(analyzer.lemmas("posiłków"), Contains("posilek"));
  EXPECT_TRUE(shares_lemma("posiłków", "posiłek"));
  EXPECT_TRUE(shares_lemma("posiłki", "posiłkach"));
}

TEST_F(AnalyzerTest, DropsLemmaOfTheOppositeMeaning_ForNegatedAdjectives) {
  const auto lemmas = analyzer.lemmas("niepełnosprawnych");
  EXPECT_THAT(lemmas, Contains("niepelnosprawny"));
  EXPECT_THAT(lemmas, Not(Contains("pelnosprawny")));
}

TEST_F(AnalyzerTest, MatchesInflectedFormsOfOneWord_AcrossCases) {
  EXPECT_TRUE(shares_lemma("dowozu", "dowóz"));
  EXPECT_TRUE(shares_lemma("osób", "osoba"));
  EXPECT_TRUE(shares_lemma("szkół", "szkoła"));
  EXPECT_TRUE(shares_lemma("sprzątanie", "sprzątania"));
}

TEST_F(AnalyzerTest, FoldsDiacritics_SoUnaccentedTextMeetsTheSurfaceForm) {
  const auto typed = analyzer.analyze("sprzatanie");
  const auto written = analyzer.analyze("sprzątanie");
  ASSERT_EQ(typed.words.size(), 1u);
  ASSERT_EQ(written.words.size(), 1u);
  EXPECT_EQ(typed.words[0].surface, written.words[0].surface);
}

TEST_F(AnalyzerTest, FindsTheSynonymGroup_OfATextWrittenWithoutDiacritics) {
  // "Dozor mienia" and "Sprzatanie biur": unknown to hunspell, they meet the members' own spelling.
  EXPECT_THAT(concepts("Dozor mienia, portiernia"), Contains("ochrona"));
  EXPECT_THAT(concepts("Sprzatanie biur i klatek schodowych"), Contains("sprzatanie"));
  EXPECT_THAT(concepts("Dozór mienia"), Contains("ochrona"));
}

TEST_F(AnalyzerTest, RemovesStopWords_IncludingProcurementBoilerplate) {
  const auto a = analyzer.analyze("Przedmiotem zamówienia jest sprzątanie oraz mycie okien w budynku");
  std::vector<std::string> surfaces;
  for (const auto& w : a.words) surfaces.push_back(w.surface);
  EXPECT_THAT(surfaces, Not(Contains("oraz")));
  EXPECT_THAT(surfaces, Not(Contains("jest")));
  EXPECT_THAT(surfaces, Not(Contains("zamowienia")));
  EXPECT_THAT(surfaces, Contains("sprzatanie"));
  EXPECT_THAT(surfaces, Contains("okien"));
}

TEST_F(AnalyzerTest, FindsTheSameSynonymGroup_ForTheOfficialAndThePlainPhrase) {
  const auto official = concepts("usługi utrzymania czystości w budynkach");
  const auto plain = concepts("sprzątamy biura i klatki schodowe");
  ASSERT_FALSE(official.empty());
  ASSERT_FALSE(plain.empty());
  EXPECT_THAT(plain, Contains(official.front()));
}

TEST_F(AnalyzerTest, FindsCateringGroup_ForMealsInAnyCase) {
  const auto a = concepts("przygotowanie i dostarczanie gorących posiłków");
  const auto b = concepts("gotujemy obiady dla dzieci, catering");
  bool shared = false;
  for (const auto& c : a)
    for (const auto& d : b) shared = shared || c == d;
  EXPECT_TRUE(shared);
}

TEST_F(AnalyzerTest, FindsTransportGroup_ForDowozAndPrzewoz) {
  const auto a = concepts("dowóz uczniów niepełnosprawnych do szkół");
  const auto b = concepts("przewóz osób niepełnosprawnych busem");
  bool shared = false;
  for (const auto& c : a)
    for (const auto& d : b) shared = shared || c == d;
  EXPECT_TRUE(shared);
}

TEST_F(AnalyzerTest, LoadsAtLeastOneHundredSynonymGroups_FromBundledData) {
  EXPECT_GE(analyzer.synonym_groups(), 100u);
}

TEST_F(AnalyzerTest, AnalysesRealTedNotice_IntoContentLemmas) {
  std::ifstream in(std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/ted/19-099886-001-EXP.xml");
  std::stringstream s;
  s << in.rdbuf();
  const auto a = analyzer.analyze(s.str());
  std::vector<std::string> lemmas;
  for (const auto& w : a.words) lemmas.insert(lemmas.end(), w.lemmas.begin(), w.lemmas.end());
  EXPECT_THAT(lemmas, Contains("dostawa"));
  EXPECT_THAT(lemmas, Contains("zywnosciowy"));
  EXPECT_THAT(lemmas, Contains("areszt"));
}

TEST_F(AnalyzerTest, ReportsMissingWordList_WithItsPath) {
  auto config = AnalyzerConfig::defaults(test::data_dir());
  config.synonyms_path = "/nonexistent/synonyms.txt";
  try {
    Analyzer broken(config);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_STREQ(e.what(), "/nonexistent/synonyms.txt: cannot open file");
  }
}

TEST_F(AnalyzerTest, ReportsWordInTwoGroups_WithFileAndLine) {
  test::TempDir dir;
  auto config = AnalyzerConfig::defaults(test::data_dir());
  config.synonyms_path = dir.write("syn.txt", "# test\nsprzątanie | porządki\npranie | porządki\n");
  try {
    Analyzer broken(config);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), config.synonyms_path + ":3: member \"porządki\": already in the group on line 2");
  }
}

}  // namespace
}  // namespace pesmatch
