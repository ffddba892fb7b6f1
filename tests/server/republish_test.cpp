// Re-publishing the index (`pesmatch index` again on the same directory) while the server answers:
// no request fails, and the answers move to the new catalogue once it is published.
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "server/server_fixture.hpp"

namespace pesmatch {
namespace {

// The first `n` PES of the bundled catalogue, as a smaller catalogue to publish over the full one.
std::string head_of_catalogue(const test::TempDir& dir, std::size_t n) {
  std::ifstream in(test::data_dir() + "/examples/pes.jsonl");
  std::string out, line;
  for (std::size_t i = 0; i < n && std::getline(in, line); ++i) out += line + "\n";
  return dir.write("head.jsonl", out);
}

TEST(ServerRepublishTest, IndexRunAgainWhileServing_FailsNoRequestAndIsPickedUp) {
  test::TempDir dir;
  const std::string db = dir.path("db"), full = test::data_dir() + "/examples/pes.jsonl";
  const std::string tenders = test::data_dir() + "/examples/tenders.jsonl";
  const std::string small = head_of_catalogue(dir, 100);
  test::index_catalogue(db, full, tenders);
  test::RunningServer server(test::test_config(db));
  const std::string body = test::read_file(test::data_dir() + "/examples/tender.json");

  std::atomic<bool> done{false};
  std::atomic<int> ok{0}, failed{0};
  std::vector<std::string> failures;
  std::mutex failures_mutex;
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c)
    clients.emplace_back([&, c] {
      auto client = server.client();
      while (!done) {
        const auto r = c % 2 ? client->Post("/v1/match?top=5", body, "application/json")
                             : client->Get("/v1/pes/PES0001/suggest?today=2026-01-15&top=3");
        if (r && r->status == 200) {
          ++ok;
        } else {
          ++failed;
          std::lock_guard lock(failures_mutex);
          failures.push_back(r ? std::to_string(r->status) + " " + r->body : httplib::to_string(r.error()));
        }
      }
    });

  // Three publishes: small, full, small. The third removes the generation the server started on.
  std::vector<std::string> generations;
  for (const auto& catalogue : {small, full, small}) {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    test::index_catalogue(db, catalogue, tenders);
    generations.push_back(std::filesystem::read_symlink(std::filesystem::path(db) / "current").string());
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  done = true;
  for (auto& t : clients) t.join();

  EXPECT_EQ(failed.load(), 0) << (failures.empty() ? "" : failures.front());
  EXPECT_GT(ok.load(), 20);
  const auto health = nlohmann::json::parse(server.client()->Get("/v1/health")->body);
  EXPECT_EQ(health["generation"], generations.back());
  EXPECT_EQ(health["pes"], 100);
  // Matches now come from the small catalogue only: PES0001..PES0100.
  const auto match = nlohmann::json::parse(server.client()->Post("/v1/match?top=20", body, "application/json")->body);
  for (const auto& r : match["results"]) EXPECT_LE(r["id"].get<std::string>(), "PES0100");
}

}  // namespace
}  // namespace pesmatch
