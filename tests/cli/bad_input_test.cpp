// Bad input end to end: each broken catalogue makes `pesmatch index` exit 3 with the contract's
// message, and the index published before keeps answering exactly as it did.
#include <gtest/gtest.h>

#include "support/fixtures.hpp"

namespace pesmatch {
namespace {

struct BadCatalogue {
  std::string name;
  std::string content;
  std::string message;  // after "pesmatch: <path>"
};

const std::string kValid =
    R"({"id":"OK1","name":"Spółdzielnia Socjalna Porządek","legal_form":"spoldzielnia_socjalna","teryt":"1219043","description":"Sprzątanie biur."})";

std::vector<BadCatalogue> bad_catalogues() {
  std::string cp1250 = R"({"id":"C1","name":"Sp)";
  cp1250 += "\xF3\xB3" "dzielnia";  // "ół" in Windows-1250
  cp1250 += R"(","legal_form":"cis","teryt":"1219043","description":"x"})";
  return {
      {"malformed_json", kValid + "\n{\"id\":\"B1\",\"name\":\n", ":2: malformed JSON at byte 19: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
      {"missing_field", R"({"id":"B2","name":"N","legal_form":"cis","teryt":"1219043"})", ":1: description: missing required field"},
      {"wrong_type", R"({"id":"B3","name":"N","legal_form":"cis","teryt":"1219043","description":"d","employees":"dwunastu"})",
       ":1: employees: expected an integer, got string"},
      {"unknown_legal_form", R"({"id":"B4","name":"N","legal_form":"spolka_zoo","teryt":"1219043","description":"d"})",
       ":1: legal_form \"spolka_zoo\": unknown legal form"},
      {"bad_check_digit", R"({"id":"B5","name":"N","legal_form":"cis","teryt":"1219043","description":"d","cpv":["90911200-8","90910000-8"]})",
       ":1: cpv[1] \"90910000-8\": bad check digit"},
      {"unknown_teryt", R"({"id":"B6","name":"N","legal_form":"cis","teryt":"1299999","description":"d"})",
       ":1: teryt \"1299999\": unknown TERC unit"},
      {"empty_file", "", ": no PES records in file"},
      {"cp1250", cp1250, ":1: invalid UTF-8 at byte 22 (the file looks like Windows-1250; save it as UTF-8)"},
      {"duplicate_id", kValid + "\n" + kValid + "\n", ":2: id \"OK1\": duplicate id (first on line 1)"},
      {"ten_megabyte_line", kValid + "\n{\"id\":\"" + std::string(10 << 20, 'x') + "\"}\n", ":2: line longer than 1048576 bytes"},
  };
}

class BadInputTest : public ::testing::TestWithParam<BadCatalogue> {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    const auto r = test::run_pesmatch({"index", "--pes", test::fixture("mini_pes.jsonl"), "--db", db()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    baseline_ = new std::string(match_output());
  }
  static void TearDownTestSuite() {
    delete baseline_;
    delete dir_;
  }
  static std::string db() { return dir_->path("db"); }
  static std::string match_output() {
    return test::run_pesmatch({"match", "--db", db(), "--tender", test::data_dir() + "/examples/tender.json", "--format", "trec"}).out;
  }
  static test::TempDir* dir_;
  static std::string* baseline_;
};

test::TempDir* BadInputTest::dir_ = nullptr;
std::string* BadInputTest::baseline_ = nullptr;

TEST_P(BadInputTest, ExitsThreeWithContractMessage_AndKeepsPreviousIndex) {
  const auto& bad = GetParam();
  const auto path = dir_->write(bad.name + ".jsonl", bad.content);
  const auto r = test::run_pesmatch({"index", "--pes", path, "--db", db()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "pesmatch: " + path + bad.message + "\n");
  EXPECT_EQ(match_output(), *baseline_);
  EXPECT_FALSE(baseline_->empty());
}

INSTANTIATE_TEST_SUITE_P(Catalogues, BadInputTest, ::testing::ValuesIn(bad_catalogues()),
                         [](const auto& info) { return info.param.name; });

TEST(BadInputCliTest, ExitsFour_WhenTheCatalogueIsMissing) {
  test::TempDir dir;
  const auto r = test::run_pesmatch({"index", "--pes", "/nonexistent/pes.jsonl", "--db", dir.path("db")});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.err, "pesmatch: /nonexistent/pes.jsonl: cannot open file\n");
}

TEST(BadInputCliTest, ExitsTwo_OnUnknownFlag) {
  const auto r = test::run_pesmatch({"match", "--db", "x", "--tender", "y", "--colour", "red"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--colour"), std::string::npos) << r.err;
}

TEST(BadInputCliTest, ExitsTwo_WhenNoTenderIsGiven) {
  const auto r = test::run_pesmatch({"match", "--db", "x"});
  EXPECT_EQ(r.exit_code, 2);
}

TEST(BadInputCliTest, SkipInvalid_IndexesValidRecordsAndReportsTheRest) {
  test::TempDir dir;
  const auto path = dir.write("mixed.jsonl", kValid + "\n" + R"({"id":"B6","name":"N","legal_form":"cis","teryt":"1299999","description":"d"})" + "\n");
  const auto r = test::run_pesmatch({"index", "--pes", path, "--db", dir.path("db"), "--skip-invalid"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("pesmatch: skipped: " + path + ":2: teryt \"1299999\": unknown TERC unit\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("indexed 1 PES"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace pesmatch
