// synthesize(): byte-identical output per seed, every record valid under parse_pes/parse_tender,
// varied Polish texts, and the shares of forms, fields and reservations the generator promises.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "pesmatch/reserved_orders.hpp"
#include "support/fixtures.hpp"
#include "synth/phrases.hpp"
#include "synth/synth.hpp"

namespace pesmatch {
namespace {

using nlohmann::json;

struct Output {
  std::string pes, tenders;
};

Output run(std::size_t pes, std::size_t tenders, std::uint64_t seed, unsigned threads = 0) {
  std::ostringstream p, t;
  synthesize(SynthOptions{pes, tenders, seed, threads}, test::reference(), p, t);
  return {p.str(), t.str()};
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<json> records(const std::string& text) {
  std::vector<json> out;
  for (const auto& line : lines(text)) out.push_back(json::parse(line));
  return out;
}

// One output of the sizes the tests share, computed once.
const Output& standard() {
  static const Output out = run(2000, 300, 42);
  return out;
}

double share(const std::vector<json>& recs, const std::function<bool(const json&)>& has) {
  return static_cast<double>(std::count_if(recs.begin(), recs.end(), has)) / static_cast<double>(recs.size());
}

TEST(SynthTest, SameSizesAndSeed_GiveByteIdenticalFiles_WhateverTheThreads) {
  const auto a = run(3000, 400, 7, 1), b = run(3000, 400, 7, 2), c = run(3000, 400, 7, 3);
  EXPECT_EQ(a.pes, b.pes);
  EXPECT_EQ(a.tenders, b.tenders);
  EXPECT_EQ(a.pes, c.pes);
  EXPECT_EQ(a.tenders, c.tenders);
}

TEST(SynthTest, DifferentSeeds_GiveDifferentFiles) {
  const auto a = run(500, 100, 1), b = run(500, 100, 2);
  EXPECT_NE(a.pes, b.pes);
  EXPECT_NE(a.tenders, b.tenders);
}

TEST(SynthTest, ASmallerCatalogue_IsAPrefixOfALargerOne) {
  const auto small = run(1500, 50, 9), large = run(2500, 80, 9);
  EXPECT_EQ(large.pes.compare(0, small.pes.size(), small.pes), 0);
  EXPECT_EQ(large.tenders.compare(0, small.tenders.size(), small.tenders), 0);
}

TEST(SynthTest, ZeroRecords_GiveEmptyFiles) {
  const auto out = run(0, 0, 1);
  EXPECT_TRUE(out.pes.empty());
  EXPECT_TRUE(out.tenders.empty());
}

TEST(SynthTest, EveryRecord_PassesPesmatchsOwnValidation) {
  const auto pes_lines = lines(standard().pes), tender_lines = lines(standard().tenders);
  ASSERT_EQ(pes_lines.size(), 2000u);
  ASSERT_EQ(tender_lines.size(), 300u);
  std::set<std::string> ids;
  for (std::size_t i = 0; i < pes_lines.size(); ++i) {
    const auto p = parse_pes(pes_lines[i], test::reference(), "pes.jsonl", i + 1);
    EXPECT_TRUE(ids.insert(p.id).second) << p.id;
    EXPECT_EQ(p.teryt.level(), TerytLevel::gmina);
  }
  ids.clear();
  for (std::size_t i = 0; i < tender_lines.size(); ++i) {
    const auto t = parse_tender(tender_lines[i], test::reference(), "tenders.jsonl", i + 1);
    EXPECT_TRUE(ids.insert(t.id).second) << t.id;
    if (t.reserved == Reservation::art361) {
      EXPECT_TRUE(is_art361_cpv(t.cpv.front())) << t.id << " " << t.cpv.front().str();
    }
    if (!t.deadline.empty()) {
      EXPECT_LT(t.published, t.deadline) << t.id;
    }
  }
}

TEST(SynthTest, CodesComeFromTheTradesBranches) {
  std::vector<std::string_view> prefixes;
  for (const auto& trade : synth::trade_texts()) prefixes.insert(prefixes.end(), trade.cpv_prefixes.begin(), trade.cpv_prefixes.end());
  auto in_branch = [&](const std::string& code) {
    return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return code.starts_with(p); });
  };
  for (const auto& r : records(standard().pes))
    for (const auto& c : r.value("cpv", json::array())) EXPECT_TRUE(in_branch(c.get<std::string>())) << c;
  for (const auto& r : records(standard().tenders))
    for (const auto& c : r["cpv"]) EXPECT_TRUE(in_branch(c.get<std::string>())) << c;
}

TEST(SynthTest, Texts_AreCleanPolishSentences) {
  for (const auto& r : records(standard().pes)) {
    for (const auto* field : {"name", "description"}) {
      const auto text = r[field].get<std::string>();
      EXPECT_EQ(text.find_first_of("[]{}^~|"), std::string::npos) << text;
      EXPECT_EQ(text.find("  "), std::string::npos) << text;
      EXPECT_EQ(text.find(".."), std::string::npos) << text;
    }
    const auto description = r["description"].get<std::string>();
    EXPECT_EQ(description.back(), '.') << description;
  }
  for (const auto& r : records(standard().tenders))
    for (const auto* field : {"title", "description"}) {
      const auto text = r.value(field, std::string());
      EXPECT_EQ(text.find_first_of("[]{}^~|"), std::string::npos) << text;
      EXPECT_EQ(text.find("  "), std::string::npos) << text;
      EXPECT_EQ(text.find(".."), std::string::npos) << text;
    }
}

// First sentence of a description: up to the first ". " that does not follow an abbreviation.
std::string first_sentence(const std::string& text) {
  for (std::size_t pos = text.find(". "); pos != std::string::npos; pos = text.find(". ", pos + 1)) {
    const auto word_start = text.rfind(' ', pos);
    const auto word = text.substr(word_start == std::string::npos ? 0 : word_start + 1, pos - word_start);
    if (word != "r" && word != "m.in" && word != "np" && word != "ok") return text.substr(0, pos + 1);
  }
  return text;
}

std::set<std::string> vocabulary(const std::vector<json>& recs) {
  std::set<std::string> words;
  for (const auto& r : recs) {
    std::string word;
    for (const char c : r["description"].get<std::string>() + " ") {
      if (c == ' ' || c == ',' || c == '.' || c == ':') {
        if (!word.empty()) words.insert(word);
        word.clear();
      } else {
        word += c;
      }
    }
  }
  return words;
}

TEST(SynthTest, Descriptions_AreVaried) {
  const auto recs = records(standard().pes);
  std::set<std::string> firsts, whole;
  for (std::size_t i = 0; i < 1000; ++i) {
    firsts.insert(first_sentence(recs[i]["description"].get<std::string>()));
    whole.insert(recs[i]["description"].get<std::string>());
  }
  EXPECT_GE(firsts.size(), 600u);
  EXPECT_GE(whole.size(), 950u);

  const auto small = vocabulary(records(run(500, 0, 42).pes)), large = vocabulary(recs);
  EXPECT_GT(large.size(), small.size() * 5 / 4) << small.size() << " words at 500 PES, " << large.size() << " at 2000";
  EXPECT_GT(small.size(), 1500u);

  int thin = 0, ascii = 0;
  for (const auto& r : recs) {
    const auto d = r["description"].get<std::string>();
    if (first_sentence(d) == d) ++thin;
    if (std::all_of(d.begin(), d.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) ++ascii;
  }
  EXPECT_GT(thin, 80);     // one-sentence descriptions exist
  EXPECT_LT(thin, 500);
  EXPECT_GT(ascii, 40);    // ~5 % typed without diacritics
  EXPECT_LT(ascii, 200);
}

TEST(SynthTest, LegalFormsAndOptionalFields_HaveRealisticShares) {
  const auto recs = records(standard().pes);
  auto form = [&](const char* f) { return share(recs, [&](const json& r) { return r["legal_form"] == f; }); };
  EXPECT_NEAR(form("spoldzielnia_socjalna"), 0.32, 0.04);
  EXPECT_NEAR(form("fundacja"), 0.15, 0.03);
  EXPECT_NEAR(form("stowarzyszenie"), 0.135, 0.03);
  EXPECT_NEAR(form("cis"), 0.075, 0.02);
  EXPECT_GT(form("spoldzielnia_niewidomych"), 0.0);
  EXPECT_GT(form("inna"), 0.0);
  auto has = [&](const char* field) { return share(recs, [&](const json& r) { return r.contains(field); }); };
  EXPECT_NEAR(has("cpv"), 0.25, 0.04);
  EXPECT_NEAR(has("pkd"), 0.50, 0.04);
  EXPECT_NEAR(has("employees"), 0.70, 0.04);
  EXPECT_NEAR(has("disadvantaged_share"), 0.50, 0.04);
  EXPECT_NEAR(has("service_area"), 0.40, 0.04);
  EXPECT_NEAR(has("social_enterprise"), 0.20, 0.04);
  EXPECT_NEAR(has("contact"), 0.80, 0.04);
  EXPECT_NEAR(has("nip"), 0.30, 0.04);
  EXPECT_NEAR(has("regon"), 0.30, 0.04);

  const auto tenders = records(standard().tenders);
  EXPECT_NEAR(share(tenders, [](const json& r) { return r.value("reserved", "") == "art94"; }), 0.15, 0.06);
  EXPECT_NEAR(share(tenders, [](const json& r) { return r.value("reserved", "") == "art361"; }), 0.05, 0.035);
}

TEST(SynthTest, Seats_CoverAllWojewodztwa_AndCitiesGetMore) {
  const auto recs = records(standard().pes);
  std::set<std::string> wojewodztwa;
  std::map<char, int> by_type;
  int warsaw = 0;
  for (const auto& r : recs) {
    const auto teryt = r["teryt"].get<std::string>();
    wojewodztwa.insert(teryt.substr(0, 2));
    ++by_type[teryt.back()];
    if (teryt == "1465011") ++warsaw;
  }
  EXPECT_EQ(wojewodztwa.size(), 16u);
  EXPECT_EQ(by_type['1'] + by_type['2'] + by_type['3'], 2000);
  EXPECT_GT(warsaw, 60);  // ~5 % of PES sit in Warsaw, one gmina of 2,477
  // Urban gminy (type 1, about 300) hold more PES than rural ones (about 1,500).
  EXPECT_GT(by_type['1'], by_type['2']);
}

TEST(SynthTest, AFailingStream_IsAnIoError) {
  std::ostringstream tenders;
  std::ofstream closed;  // never opened: every write fails
  try {
    synthesize(SynthOptions{10, 0, 1, 1}, test::reference(), closed, tenders);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
  }
}

}  // namespace
}  // namespace pesmatch
