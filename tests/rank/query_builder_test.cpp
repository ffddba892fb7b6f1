// The text query of a notice in a large index: the strongest leaves for the nationwide candidates,
// and no leaf common to much of the catalogue. Over a real ten-document database.
#include "rank/query_builder.hpp"

#include <gtest/gtest.h>

#include <set>

#include "support/fixtures.hpp"

namespace pesmatch::detail {
namespace {

class QueryBuilderTest : public ::testing::Test {
 protected:
  // "osoba" in 8 of 10 documents, "dowoz" in 2, "catering" in 1.
  void SetUp() override {
    Xapian::WritableDatabase writer(dir.path("db"), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    for (int i = 0; i < 10; ++i) {
      Xapian::Document doc;
      doc.add_term("sprzatanie");
      if (i < 8) doc.add_term("osoba");
      if (i < 2) doc.add_term("dowoz");
      if (i == 0) doc.add_term("catering");
      writer.add_document(doc);
    }
    writer.commit();
    db = Xapian::Database(dir.path("db"));
  }

  static Analysis words(std::initializer_list<std::vector<std::string>> lemmas_per_word) {
    Analysis a;
    for (const auto& lemmas : lemmas_per_word) a.words.push_back({lemmas.front(), lemmas});
    return a;
  }
  static std::set<std::string> terms(const Xapian::Query& q) { return {q.get_unique_terms_begin(), q.get_unique_terms_end()}; }

  test::TempDir dir;
  Xapian::Database db;
};

TEST_F(QueryBuilderTest, Informative_DropsLeavesInMoreThanTheShare_KeepsThoseAtIt) {
  WordBag bag;
  bag.add(words({{"osoba"}, {"dowoz"}, {"catering"}}), 1);
  EXPECT_EQ(terms(bag.informative(bag.frequencies(db), 0.2)), (std::set<std::string>{"catering", "dowoz"}));
  EXPECT_EQ(terms(bag.informative(bag.frequencies(db), 0.1)), (std::set<std::string>{"catering"}));
  EXPECT_EQ(terms(bag.informative(bag.frequencies(db), 1.0)), terms(bag.query()));
}

TEST_F(QueryBuilderTest, Informative_JudgesAWordOfSeveralLemmasByItsCommonestLemma) {
  WordBag bag;
  bag.add(words({{"catering", "osoba"}, {"dowoz"}}), 1);
  EXPECT_EQ(terms(bag.informative(bag.frequencies(db), 0.2)), (std::set<std::string>{"dowoz"}));
}

TEST_F(QueryBuilderTest, Informative_KeepsTheWeightsOfTheLeavesItKeeps) {
  WordBag bag;
  bag.add(words({{"dowoz"}, {"osoba"}}), 2);
  bag.add(words({{"dowoz"}}), 2);  // the same leaf again: scaled by 2
  Xapian::Enquire enquire(db);
  enquire.set_query(bag.informative(bag.frequencies(db), 0.2));
  const auto pruned = enquire.get_mset(0, 10);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query("dowoz", 2), 2.0));
  const auto alone = enquire.get_mset(0, 10);
  ASSERT_EQ(pruned.size(), 2u);
  ASSERT_EQ(alone.size(), 2u);
  for (Xapian::doccount i = 0; i < 2; ++i) EXPECT_DOUBLE_EQ(pruned[i].get_weight(), alone[i].get_weight());
}

TEST_F(QueryBuilderTest, Strongest_KeepsTheRarestLeaves) {
  WordBag bag;
  bag.add(words({{"osoba"}, {"sprzatanie"}, {"dowoz"}, {"catering"}}), 1);
  EXPECT_EQ(terms(bag.strongest(bag.frequencies(db), 2)), (std::set<std::string>{"catering", "dowoz"}));
}

}  // namespace
}  // namespace pesmatch::detail
