// Every text a Polish reader gets — the market survey, the digest, the web page — is Polish: each
// word of it comes from the Polish message catalogue or from the data it shows (names, titles,
// TERYT and PKD names), and the catalogue's own words are Polish by the hunspell-pl dictionary.
// A word that is in neither (an English explanation left in code) fails the test with its text.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "core/utf8.hpp"
#include "pesmatch/digest.hpp"
#include "pesmatch/ingest.hpp"
#include "pesmatch/market.hpp"
#include "pesmatch/messages.hpp"
#include "report/page_text.hpp"
#include "support/fixtures.hpp"
#include "text/lemmatizer.hpp"
#include "text/tokenizer.hpp"

namespace pesmatch {
namespace {

using WordSet = std::set<std::string>;

void add_words(WordSet& set, std::string_view text) {
  for (auto& w : detail::tokenize(text)) set.insert(std::move(w));
}

// The words of every Polish template, placeholders left out.
WordSet polish_catalogue_words() {
  WordSet words;
  const auto& pl = Catalogue::of(Language::pl);
  for (const auto& key : pl.keys()) add_words(words, std::regex_replace(pl.text(key), std::regex(R"(\{\w+\})"), " "));
  return words;
}

void add_json_strings(WordSet& set, const nlohmann::json& j) {
  if (j.is_string()) add_words(set, j.get<std::string>());
  for (const auto& item : j) if (j.is_structured()) add_json_strings(set, item);
}

// Words a rendered text may carry because they are data: string values of the records (not their
// English field names) and the reference registers' names.
WordSet data_words() {
  WordSet words;
  for (const char* file : {"mini_pes.jsonl", "mini_open_tenders.jsonl"}) {
    std::ifstream in(test::fixture(file));
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) add_json_strings(words, nlohmann::json::parse(line));
  }
  for (const char* file : {"terc_2025.csv", "PKD_2007.csv", "PKD_2025.csv"})
    add_words(words, test::read_file(std::string(PESMATCH_TEST_REFERENCE_DIR) + "/" + file));
  // The synonym groups' names, which the concepts detail lists as the analyzer keys them
  // (folded: "posilek"); the analyzer has no way yet to give their written form.
  for (const auto& w : detail::tokenize(test::read_file(test::data_dir() + "/text/synonyms.txt"))) words.insert(detail::fold(w));
  return words;
}

// What a browser shows or reads out of an HTML page: the text outside style, script and tags (no
// entities), and the attributes people read (aria-label, placeholder, title, alt).
std::string visible_text(const std::string& html) {
  static const std::regex hidden(R"(<style[\s\S]*?</style>|<script[\s\S]*?</script>|<[^>]*>|&[a-z]+;)");
  static const std::regex read_out(R"#((?:aria-label|placeholder|title|alt)="([^"]*)")#");
  std::string text = std::regex_replace(html, hidden, " ");
  for (std::sregex_iterator it(html.begin(), html.end(), read_out), end; it != end; ++it) text.append(" ").append((*it)[1].str());
  return text;
}

// The string literals of a script that are prose (hold a space or a non-ASCII letter), i.e. what
// it may show; identifiers, CSS classes, paths and MIME types are single ASCII tokens.
std::string prose_literals(const std::string& js) {
  static const std::regex literal(R"RE("((?:[^"\\\n]|\\.)*)")RE");
  std::string prose;
  for (std::sregex_iterator it(js.begin(), js.end(), literal), end; it != end; ++it) {
    const std::string s = (*it)[1];
    const bool non_ascii = std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if ((non_ascii || s.find(' ') != std::string::npos) && s != "use strict") prose += s + "\n";
  }
  return prose;
}

std::vector<std::string> foreign(std::string_view text, const WordSet& allowed) {
  std::vector<std::string> out;
  for (const auto& w : detail::tokenize(text))
    if (!allowed.count(w)) out.push_back(w);
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) s += w + " ";
  return s;
}

detail::Lemmatizer polish_dictionary() { return detail::Lemmatizer("/usr/share/hunspell/pl_PL.aff", "/usr/share/hunspell/pl_PL.dic"); }

class PolishTextTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    test::index_mini_catalogue(dir_->path("db"));
    allowed_ = new WordSet(polish_catalogue_words());
    allowed_->merge(data_words());
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete allowed_;
  }
  Analyzer analyzer = test::make_analyzer();
  Model model = Model::load(test::data_dir() + "/model.json");
  static test::TempDir* dir_;
  static WordSet* allowed_;
};

test::TempDir* PolishTextTest::dir_ = nullptr;
WordSet* PolishTextTest::allowed_ = nullptr;

TEST(CatalogueTest, PolishAndEnglishHaveTheSameKeys_AndPolishUsesOnlyPlaceholdersTheCodeFills) {
  const auto& pl = Catalogue::of(Language::pl);
  const auto& en = Catalogue::of(Language::en);
  ASSERT_EQ(pl.keys(), en.keys());
  ASSERT_GT(pl.keys().size(), 100u);
  const std::regex placeholder(R"(\{(\w+)\})");
  for (const auto& key : pl.keys()) {
    // The English text is the one the code's tests pin down, so its placeholders are the ones filled.
    const std::string english = en.text(key);
    for (std::sregex_iterator it(pl.text(key).begin(), pl.text(key).end(), placeholder), end; it != end; ++it)
      EXPECT_NE(english.find((*it)[0].str()), std::string::npos) << key << ": " << (*it)[0];
  }
}

TEST(CatalogueTest, EveryWordOfThePolishCatalogue_IsInThePolishDictionary) {
  auto dictionary = polish_dictionary();
  // Acronyms and abbreviations of the law and the registers, which a dictionary does not list.
  const WordSet abbreviations{"pes", "pzp", "cpv", "pkd", "teryt", "ust", "pkt", "art", "zał", "xiv", "km", "zł", "pesmatch", "poz", "nip", "owes", "csv", "gus"};
  for (const auto& word : polish_catalogue_words())
    EXPECT_TRUE(abbreviations.count(word) || dictionary.known(word)) << word;
}

TEST(CatalogueTest, RendersPlaceholdersTermsAndNumbers_InTheReadersLanguage) {
  const auto m = Message{"detail.cpv.shared_level", {}}.text("pes_code", "90911000-6").term("level", "cpv_level.class").text("code", "90910000-9");
  EXPECT_EQ(Catalogue::of(Language::pl).render(m), "kod CPV 90911000-6, wspólny poziom „klasa” z kodem 90910000-9");
  EXPECT_EQ(Catalogue::of(Language::en).render(m), "90911000-6 shares the class of 90910000-9");
  const auto money = Message{"detail.capacity.ratio", {}}.text("employees", "4").number("needed", 9).number("value", 1250000);
  EXPECT_EQ(Catalogue::of(Language::pl).render(money), "4 pracowników, potrzeba około 9 przy wartości 1\u00a0250\u00a0000 zł");
  EXPECT_EQ(Catalogue::of(Language::en).render(money), "4 employees, about 9 needed for 1250000 zł");
  EXPECT_EQ(Catalogue::of(Language::pl).number(0.875, 2), "0,88");
}

TEST(CatalogueTest, UnknownLanguage_IsInvalidInput) {
  try {
    (void)parse_language("de");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(std::string(e.what()), "option: lang \"de\": expected pl or en");
  }
}

TEST_F(PolishTextTest, CheckerFlagsTheOldEnglishExplanations) {
  // The survey's and digest's explanations as they were before the catalogue.
  const auto found = foreign("text: BM25 93% of the best candidate; cpv: 77310000-6 is 77310000-6; seat in the place's powiat", *allowed_);
  EXPECT_NE(std::find(found.begin(), found.end(), "candidate"), found.end()) << joined(found);
  EXPECT_NE(std::find(found.begin(), found.end(), "seat"), found.end()) << joined(found);
}

TEST_F(PolishTextTest, MarketSurveyHtml_HasNoWordOutsideThePolishCatalogueAndTheData) {
  Matcher matcher{dir_->path("db"), {test::reference(), analyzer, model, test::data_dir()}};
  for (const char* reserved : {"", R"(,"reserved":"art94")", R"(,"reserved":"art361")"}) {
    const std::string json = std::string(R"({"id":"T1","title":"Przygotowanie i dostarczanie posiłków dla uczniów szkół",)"
                                         R"("cpv":["55523100-3"],"place_teryt":["1219043"],"value_pln":900000)") + reserved + "}";
    WordSet allowed = *allowed_;
    add_json_strings(allowed, nlohmann::json::parse(json));  // the order surveyed is data too
    const auto html = market_html(survey_market(matcher, parse_tender(json, test::reference()), MarketOptions{}, "2026-11-23"));
    EXPECT_EQ(joined(foreign(visible_text(html), allowed)), "") << reserved;
  }
}

TEST_F(PolishTextTest, DigestPages_HaveNoWordOutsideThePolishCatalogueAndTheData) {
  Suggester suggester{dir_->path("db"), {test::reference(), analyzer, model, test::data_dir()}};
  SuggestOptions options;
  options.today = "2026-11-23";
  const auto digest = build_digest(suggester, {}, options);
  ASSERT_FALSE(digest.pages.empty());
  for (const auto& [id, page] : digest.pages) EXPECT_EQ(joined(foreign(page, *allowed_)), "") << id;
}

TEST_F(PolishTextTest, WebPage_HoldsNoTextOfItsOwn_AndShowsOnlyCatalogueWords) {
  const std::string web = std::string(PESMATCH_TEST_DATA_DIR) + "/../web/";
  const std::regex key(R"(\{\{[\w.]+\}\})");
  std::size_t scanned = 0;
  for (const char* name : {"index.html", "doradca.html", "common.js", "map.js", "app.js", "doradca.js"}) {
    const std::string source = test::read_file(web + name);
    const bool script = std::string_view(name).ends_with(".js");
    const std::string shown = script ? prose_literals(source) : visible_text(source);
    // Outside the {{key}} templates the page's files hold no words a person reads.
    EXPECT_EQ(joined(detail::tokenize(std::regex_replace(shown, key, " "))), "") << name;
    // Filled as the server fills them, every template is known and every word is Polish.
    const std::string filled = detail::fill_page(source, name, Catalogue::of(Language::pl));
    EXPECT_EQ(filled.find("{{"), std::string::npos) << name;
    // {placeholders} are filled by the script before anything is shown.
    const std::string filled_shown = std::regex_replace(script ? prose_literals(filled) : visible_text(filled), std::regex(R"(\{\w+\})"), " ");
    scanned += filled_shown.size();
    EXPECT_EQ(joined(foreign(filled_shown, *allowed_)), "") << name;
    for (std::sregex_iterator it(source.begin(), source.end(), key), end; it != end; ++it) {
      const std::string k = it->str().substr(2, it->str().size() - 4);
      EXPECT_NE(Catalogue::of(Language::pl).text(k), k) << "no catalogue text for " << k;
    }
  }
  EXPECT_GT(scanned, 2000u);  // the pages' texts were found and read
}

}  // namespace
}  // namespace pesmatch
