// The HTTP API over real loopback HTTP: each endpoint gives what the matching CLI command prints,
// and each error has its status and the contract's message.
#include <gtest/gtest.h>

#include <algorithm>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "pesmatch/error.hpp"
#include "report/page_text.hpp"
#include "server/server_fixture.hpp"

namespace pesmatch {
namespace {

class ServerApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new test::TempDir();
    test::index_catalogue(dir->path("db"), test::data_dir() + "/examples/pes.jsonl", test::data_dir() + "/examples/tenders.jsonl");
    server = new test::RunningServer(test::test_config(dir->path("db")));
  }
  static void TearDownTestSuite() {
    delete server;
    delete dir;
  }
  static std::string tender_path() { return test::data_dir() + "/examples/tender.json"; }
  static std::string tender_body() { return test::read_file(tender_path()); }

  static inline test::TempDir* dir = nullptr;
  static inline test::RunningServer* server = nullptr;
};

void expect_error(const httplib::Result& r, int status, const std::string& json) {
  ASSERT_TRUE(r) << httplib::to_string(r.error());
  EXPECT_EQ(r->status, status);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(r->body, json + "\n");
}

TEST_F(ServerApiTest, Match_AnswersExactlyWhatMatchJsonPrints) {
  const auto r = server->client()->Post("/v1/match?top=7", tender_body(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const auto cli = test::run_pesmatch({"match", "--db", dir->path("db"), "--tender", tender_path(), "--top", "7", "--format", "json"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(r->body, cli.out);
  EXPECT_EQ(nlohmann::json::parse(r->body)["results"].size(), 7u);
}

TEST_F(ServerApiTest, Match_ShowExcluded_ListsIneligiblePesOfAReservedOrder) {
  const auto r = server->client()->Post("/v1/match?top=5&show_excluded=true", tender_body(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  const auto j = nlohmann::json::parse(r->body);
  EXPECT_EQ(j["reserved"], "art94");
  ASSERT_TRUE(j.contains("excluded"));
  EXPECT_FALSE(j["excluded"][0]["eligibility"]["eligible"].get<bool>());
}

TEST_F(ServerApiTest, Match_BadCheckDigit_Is400WithTheFieldMessage) {
  const auto r = server->client()->Post(
      "/v1/match", R"({"id":"X1","title":"Sprzątanie","cpv":["90910000-8"],"place_teryt":["1219043"]})", "application/json");
  expect_error(r, 400, R"({"status":400,"error":"request:1: cpv[0] \"90910000-8\": bad check digit","field":"cpv[0]","value":"90910000-8"})");
}

// The CLI's message for `body` saved as a file, with the file's path written as "request": what
// the API must say, since both read the tender with the same parser.
std::string cli_message(const std::string& db, const std::string& body) {
  test::TempDir tmp;
  const auto path = tmp.write("request", body);
  const auto cli = test::run_pesmatch({"match", "--db", db, "--tender", path});
  EXPECT_EQ(cli.exit_code, 3) << cli.err;
  const std::string prefix = "pesmatch: " + path;
  EXPECT_EQ(cli.err.rfind(prefix, 0), 0u) << cli.err;
  return "request" + cli.err.substr(prefix.size(), cli.err.size() - prefix.size() - 1);
}

TEST_F(ServerApiTest, Match_UnknownPlace_Is400WithTheFileMessage) {
  const std::string body = R"({"id":"X1","title":"Sprzątanie","cpv":["90911200-8"],"place_teryt":["9999999"]})";
  const auto r = server->client()->Post("/v1/match", body, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(nlohmann::json::parse(r->body)["error"], cli_message(dir->path("db"), body));
  EXPECT_EQ(nlohmann::json::parse(r->body)["field"], "place_teryt[0]");
}

TEST_F(ServerApiTest, Match_MalformedJson_Is400WithTheFileMessage) {
  const std::string body = R"({"id": "X1",)";
  const auto r = server->client()->Post("/v1/match", body, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  const std::string message = cli_message(dir->path("db"), body);
  EXPECT_EQ(message.rfind("request:1: malformed JSON at byte ", 0), 0u) << message;
  EXPECT_EQ(r->body, nlohmann::ordered_json({{"status", 400}, {"error", message}}).dump() + "\n");
}

TEST_F(ServerApiTest, Match_MissingTitle_Is400) {
  expect_error(server->client()->Post("/v1/match", R"({"id":"X1","cpv":["90911200-8"],"place_teryt":["1219043"]})", "application/json"),
               400, R"({"status":400,"error":"request:1: title: missing required field","field":"title"})");
}

TEST_F(ServerApiTest, Match_BadTopParameter_Is400) {
  expect_error(server->client()->Post("/v1/match?top=0", tender_body(), "application/json"), 400,
               R"({"status":400,"error":"query: top \"0\": expected a whole number from 1 to 1000","field":"top","value":"0"})");
}

TEST_F(ServerApiTest, Match_BodyOverTheLimit_Is413) {
  const std::string body(64 * 1024 + 1, ' ');
  expect_error(server->client()->Post("/v1/match", body, "application/json"), 413,
               R"({"status":413,"error":"request body larger than 65536 bytes"})");
}

TEST_F(ServerApiTest, Match_BodyAtTheLimit_IsRead) {
  std::string body = tender_body();
  body.resize(64 * 1024, ' ');  // JSON allows trailing white space
  const auto r = server->client()->Post("/v1/match?top=1", body, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
}

TEST_F(ServerApiTest, Match_ConcurrentRequests_AllAnswerTheSame) {
  const auto first = server->client()->Post("/v1/match?top=5", tender_body(), "application/json");
  ASSERT_TRUE(first);
  std::vector<std::future<std::string>> answers;
  for (int i = 0; i < 8; ++i)
    answers.push_back(std::async(std::launch::async, [] {
      const auto r = server->client()->Post("/v1/match?top=5", tender_body(), "application/json");
      return r && r->status == 200 ? r->body : std::string("failed");
    }));
  for (auto& a : answers) EXPECT_EQ(a.get(), first->body);
}

TEST_F(ServerApiTest, Suggest_AnswersExactlyWhatSuggestJsonPrints) {
  const auto r = server->client()->Get("/v1/pes/PES0001/suggest?today=2026-01-15&top=3");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const auto cli = test::run_pesmatch(
      {"suggest", "--db", dir->path("db"), "--pes-id", "PES0001", "--today", "2026-01-15", "--top", "3", "--format", "json"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(r->body, cli.out);
}

TEST_F(ServerApiTest, Suggest_UnknownPes_Is404) {
  expect_error(server->client()->Get("/v1/pes/PES9999/suggest"), 404,
               R"({"status":404,"error":"pes-id \"PES9999\": no PES with this id in the index","field":"pes-id","value":"PES9999"})");
}

TEST_F(ServerApiTest, BytesThatAreNotUtf8InTheQueryOrPath_Are400And404_NotInternalErrors) {
  expect_error(server->client()->Post("/v1/match?top=%FF", tender_body(), "application/json"), 400,
               "{\"status\":400,\"error\":\"query: top \\\"\xEF\xBF\xBD\\\": expected a whole number from 1 to 1000\",\"field\":\"top\",\"value\":\"\xEF\xBF\xBD\"}");
  expect_error(server->client()->Get("/v1/pes/%FF/suggest"), 404,
               "{\"status\":404,\"error\":\"pes-id \\\"\xEF\xBF\xBD\\\": no PES with this id in the index\",\"field\":\"pes-id\",\"value\":\"\xEF\xBF\xBD\"}");
}

TEST_F(ServerApiTest, Suggest_BadDate_Is400) {
  expect_error(server->client()->Get("/v1/pes/PES0001/suggest?today=15.01.2026"), 400,
               R"({"status":400,"error":"query: today \"15.01.2026\": expected a date YYYY-MM-DD","field":"today","value":"15.01.2026"})");
}

TEST_F(ServerApiTest, Market_JsonAndHtml_AreWhatMarketPrints) {
  const auto json = server->client()->Post("/v1/market?today=2026-11-20", tender_body(), "application/json");
  ASSERT_TRUE(json);
  ASSERT_EQ(json->status, 200) << json->body;
  const auto cli = test::run_pesmatch({"market", "--db", dir->path("db"), "--tender", tender_path(), "--today", "2026-11-20"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(json->body, cli.out);

  const auto html = server->client()->Post("/v1/market?today=2026-11-20&format=html", tender_body(), "application/json");
  ASSERT_TRUE(html);
  ASSERT_EQ(html->status, 200);
  EXPECT_EQ(html->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const auto cli_html = test::run_pesmatch(
      {"market", "--db", dir->path("db"), "--tender", tender_path(), "--today", "2026-11-20", "--format", "html"});
  EXPECT_EQ(html->body, cli_html.out);
}

TEST_F(ServerApiTest, Market_BadFormat_Is400) {
  expect_error(server->client()->Post("/v1/market?format=pdf", tender_body(), "application/json"), 400,
               R"({"status":400,"error":"query: format \"pdf\": expected one of json, html","field":"format","value":"pdf"})");
}

TEST_F(ServerApiTest, Cpv_FindsCodesByTypedWordsWithoutDiacritics) {
  const auto r = server->client()->Get("/v1/cpv?q=sprzatanie%20budynkow&limit=5");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  const auto j = nlohmann::json::parse(r->body);
  ASSERT_FALSE(j.empty());
  EXPECT_EQ(j[0]["code"], "90911200-8");
  EXPECT_EQ(j[0]["label"], "Usługi sprzątania budynków");
}

TEST_F(ServerApiTest, Cpv_FindsCodesByDigits) {
  const auto j = nlohmann::json::parse(server->client()->Get("/v1/cpv?q=5552&limit=3")->body);
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j[0]["code"], "55520000-1");
  for (const auto& e : j) EXPECT_EQ(e["code"].get<std::string>().rfind("5552", 0), 0u);
}

TEST_F(ServerApiTest, Teryt_ResolvesAPlaceNameFirst) {
  const auto r = server->client()->Get("/v1/teryt?q=Niepo%C5%82omice");
  ASSERT_TRUE(r);
  const auto j = nlohmann::json::parse(r->body);
  ASSERT_FALSE(j.empty());
  EXPECT_EQ(j[0]["code"], "1219043");
  EXPECT_EQ(j[0]["description"], "Niepołomice (gmina miejsko-wiejska)");
  EXPECT_EQ(j[0]["parents"], "powiat wielicki, woj. małopolskie");
  EXPECT_EQ(j[0]["level"], "gmina");
}

TEST_F(ServerApiTest, Teryt_TooLongQuery_Is400) {
  expect_error(server->client()->Get(("/v1/teryt?q=" + std::string(201, 'a')).c_str()), 400,
               R"({"status":400,"error":"query: q: longer than 200 bytes","field":"q"})");
}

TEST_F(ServerApiTest, Health_NamesTheGenerationAndSize) {
  const auto j = nlohmann::json::parse(server->client()->Get("/v1/health")->body);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["pes"], 320);
  EXPECT_EQ(j["generation"].get<std::string>().rfind("gen-", 0), 0u);
}

TEST_F(ServerApiTest, UnknownRoute_Is404) {
  expect_error(server->client()->Get("/v1/nothing"), 404, R"({"status":404,"error":"no such resource: GET /v1/nothing"})");
  expect_error(server->client()->Get("/v1/match"), 404, R"({"status":404,"error":"no such resource: GET /v1/match"})");
}

TEST_F(ServerApiTest, Page_ServesThePolishFormAndItsFiles) {
  const auto page = server->client()->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("<html lang=\"pl\">"), std::string::npos);
  EXPECT_NE(page->body.find("Zamówienie zastrzeżone"), std::string::npos);
  const auto& pl = Catalogue::of(Language::pl);
  EXPECT_EQ(page->body, detail::fill_page(test::read_file(test::data_dir() + "/../web/index.html"), "index.html", pl));
  EXPECT_EQ(page->body.find("{{"), std::string::npos);
  const auto js = server->client()->Get("/app.js");
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(js->body, detail::fill_page(test::read_file(test::data_dir() + "/../web/app.js"), "app.js", pl));
  EXPECT_EQ(server->client()->Get("/style.css")->status, 200);
}

TEST_F(ServerApiTest, Messages_ServeTheCatalogueOfTheLanguage) {
  const auto pl = nlohmann::json::parse(server->client()->Get("/v1/messages")->body);
  EXPECT_EQ(pl["feature.cpv"], "kod CPV");
  const auto en = nlohmann::json::parse(server->client()->Get("/v1/messages?lang=en")->body);
  EXPECT_EQ(en["feature.cpv"], "CPV code");
  expect_error(server->client()->Get("/v1/messages?lang=de"), 400,
               R"({"status":400,"error":"query: lang \"de\": expected one of pl, en","field":"lang","value":"de"})");
}

TEST_F(ServerApiTest, Suggest_LabelsAndTexts_FollowLang_MachineFieldsStay) {
  const auto pl = nlohmann::json::parse(server->client()->Get("/v1/pes/PES0001/suggest?today=2026-01-15&top=1")->body);
  const auto en = nlohmann::json::parse(server->client()->Get("/v1/pes/PES0001/suggest?today=2026-01-15&top=1&lang=en")->body);
  ASSERT_FALSE(pl["tenders"].empty());
  const auto& f = pl["tenders"][0]["factors"][0];
  EXPECT_EQ(f["name"], "text");
  EXPECT_EQ(f["label"], "zgodność opisu");
  EXPECT_EQ(f["detail"], en["tenders"][0]["factors"][0]["detail_text"]);
  EXPECT_EQ(f["detail_text"].get<std::string>().rfind("opis pasuje w ", 0), 0u) << f;
  EXPECT_EQ(pl["tenders"][0]["eligibility"]["reason"], en["tenders"][0]["eligibility"]["reason"]);
}

std::vector<std::string> ids_of(const httplib::Result& r) {
  std::vector<std::string> ids;
  for (const auto& p : nlohmann::json::parse(r->body)) ids.push_back(p["id"]);
  return ids;
}

TEST_F(ServerApiTest, Pes_FindsAMemberByNameWordBeginningsNipIdOrTown) {
  const auto by_name = server->client()->Get("/v1/pes?q=pod%20lipa");  // „Pod Lipami”, unfinished, no capitals
  ASSERT_TRUE(by_name);
  ASSERT_EQ(by_name->status, 200) << by_name->body;
  EXPECT_EQ(ids_of(by_name), std::vector<std::string>{"PES0001"});
  const auto first = nlohmann::json::parse(by_name->body)[0];
  EXPECT_EQ(first["legal_form_label"], "spółdzielnia socjalna");
  EXPECT_EQ(first["place"], "Wrocław (gmina miejska)");
  EXPECT_EQ(ids_of(server->client()->Get("/v1/pes?q=894-318-20")), std::vector<std::string>{"PES0001"});  // NIP 8943182071
  EXPECT_EQ(ids_of(server->client()->Get("/v1/pes?q=PES0001")).front(), "PES0001");
  // The town: every PES seated in Wrocław, the catalogue's first of them first.
  const auto town = ids_of(server->client()->Get("/v1/pes?q=Wroc%C5%82aw&limit=100"));
  EXPECT_EQ(town.front(), "PES0001");
  EXPECT_NE(std::find(town.begin(), town.end(), "PES0162"), town.end());
}

TEST_F(ServerApiTest, Members_CountTheOpenTendersTheDigestWouldSend) {
  const auto r = server->client()->Get("/v1/members?today=2026-01-15&top=5&limit=3");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const auto members = nlohmann::json::parse(r->body);
  ASSERT_EQ(members.size(), 3u);
  EXPECT_EQ(members[0]["pes"], "PES0001");
  const auto cli = test::run_pesmatch(
      {"suggest", "--db", dir->path("db"), "--pes-id", "PES0001", "--today", "2026-01-15", "--top", "5", "--format", "json"});
  const auto suggested = nlohmann::json::parse(cli.out)["tenders"];
  EXPECT_EQ(members[0]["tenders"], suggested.size());
  ASSERT_FALSE(suggested.empty());
  EXPECT_EQ(members[0]["best_tender"], suggested[0]["id"]);
}

TEST_F(ServerApiTest, Map_ServesTheReferenceBoundaries) {
  const auto r = server->client()->Get("/v1/map/powiaty");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/geo+json; charset=utf-8");
  EXPECT_EQ(nlohmann::json::parse(r->body)["features"].size(), 380u);
  EXPECT_EQ(nlohmann::json::parse(server->client()->Get("/v1/map/wojewodztwa")->body)["features"].size(), 16u);
}

TEST(ServerStartTest, MissingIndex_FailsAtStartNotOnFirstRequest) {
  test::TempDir tmp;
  try {
    server::Server s(test::test_config(tmp.path("nothing")));
    FAIL() << "started without an index";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
  }
}

}  // namespace
}  // namespace pesmatch
