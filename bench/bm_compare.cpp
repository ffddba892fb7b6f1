// pesmatch side by side with what a user would build without it, over the same PES texts and the
// same tender queries: SQLite FTS5 BM25 top 20 (tokenizer unicode61 remove_diacritics 2, an OR of
// the tender's words) and plain Xapian BM25 top 20 (TermGenerator and QueryParser defaults, no
// rerank). BM_Compare_SideBySide runs the three on each tender in turn and reports pesmatch's
// median time as a multiple of each. Both baseline indexes are built once and cached.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>

#include "pesmatch/matcher.hpp"
#include "support.hpp"
#include "text/tokenizer.hpp"

namespace {

namespace pb = pesmatch::bench;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
constexpr std::size_t kTop = 20;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

// Builds (once) the FTS5 table of the size-`n` catalogue's plain texts.
std::string fts5_path(std::size_t n) {
  const auto path = (fs::path(pb::cache_dir()) / ("fts5-" + std::to_string(n) + "-" + pb::synth_files(n).digest + ".sqlite")).string();
  if (fs::exists(path)) return path;
  const auto tmp = path + ".tmp";
  fs::remove(tmp);
  sqlite3* db = nullptr;
  check(sqlite3_open(tmp.c_str(), &db), db, "open");
  check(sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;"
                         "CREATE VIRTUAL TABLE pes USING fts5(id UNINDEXED, body, tokenize='unicode61 remove_diacritics 2');",
                     nullptr, nullptr, nullptr), db, "create");
  sqlite3_stmt* insert = nullptr;
  check(sqlite3_prepare_v2(db, "INSERT INTO pes(id, body) VALUES(?, ?)", -1, &insert, nullptr), db, "prepare");
  for (const auto& p : pb::synth_pes(n)) {
    const auto text = pb::plain_text(p);
    sqlite3_bind_text(insert, 1, p.id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 2, text.c_str(), -1, SQLITE_TRANSIENT);
    check(sqlite3_step(insert), db, "insert");
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  check(sqlite3_exec(db, "INSERT INTO pes(pes) VALUES('optimize'); COMMIT;", nullptr, nullptr, nullptr), db, "commit");
  sqlite3_close(db);
  fs::rename(tmp, path);
  return path;
}

// Builds (once) a Xapian database of the same texts with TermGenerator's defaults.
std::string plain_xapian_path(std::size_t n) {
  const auto path = (fs::path(pb::cache_dir()) / ("xapian-plain-" + std::to_string(n) + "-" + pb::synth_files(n).digest)).string();
  if (fs::exists(fs::path(path) / "iamglass")) return path;
  fs::remove_all(path);
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  Xapian::TermGenerator generator;
  for (const auto& p : pb::synth_pes(n)) {
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(pb::plain_text(p));
    doc.set_data(p.id);
    db.add_document(doc);
  }
  db.commit();
  return path;
}

class Fts5Search {
 public:
  explicit Fts5Search(const std::string& path) {
    check(sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr), db_, "open");
    check(sqlite3_prepare_v2(db_, "SELECT id FROM pes WHERE pes MATCH ? ORDER BY bm25(pes) LIMIT 20", -1, &stmt_, nullptr),
          db_, "prepare");
  }
  ~Fts5Search() {
    sqlite3_finalize(stmt_);
    sqlite3_close(db_);
  }
  Fts5Search(const Fts5Search&) = delete;
  Fts5Search& operator=(const Fts5Search&) = delete;

  std::vector<std::string> top(const pesmatch::Tender& t) {
    std::string match;  // "w1" OR "w2" …: each word quoted, so no word is read as FTS5 syntax
    for (const auto& w : pesmatch::detail::tokenize(pb::plain_query(t))) match += (match.empty() ? "\"" : " OR \"") + w + "\"";
    std::vector<std::string> ids;
    sqlite3_bind_text(stmt_, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(stmt_) == SQLITE_ROW) ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt_, 0)));
    sqlite3_reset(stmt_);
    return ids;
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class PlainXapianSearch {
 public:
  explicit PlainXapianSearch(const std::string& path) : db_(path) { parser_.set_default_op(Xapian::Query::OP_OR); }

  std::vector<std::string> top(const pesmatch::Tender& t) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(parser_.parse_query(pb::plain_query(t), 0));
    std::vector<std::string> ids;
    const auto mset = enquire.get_mset(0, kTop);
    for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_data());
    return ids;
  }

 private:
  Xapian::Database db_;
  Xapian::QueryParser parser_;
};

template <typename Search>
void run_baseline(benchmark::State& state, Search& search, const std::vector<pesmatch::Tender>& tenders) {
  for (const auto& t : tenders) benchmark::DoNotOptimize(search.top(t));  // warm the page cache
  std::vector<double> ms;
  std::size_t i = 0;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    benchmark::DoNotOptimize(search.top(tenders[i++ % tenders.size()]));
    ms.push_back(ms_since(t0));
  }
  state.counters["median_ms"] = pb::median(ms);
}

void BM_Baseline_Fts5(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  Fts5Search search(fts5_path(n));
  run_baseline(state, search, pb::synth_tenders(n));
}
BENCHMARK(BM_Baseline_Fts5)->Apply(pb::per_size)->Unit(benchmark::kMillisecond);

void BM_Baseline_XapianPlain(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  PlainXapianSearch search(plain_xapian_path(n));
  run_baseline(state, search, pb::synth_tenders(n));
}
BENCHMARK(BM_Baseline_XapianPlain)->Apply(pb::per_size)->Unit(benchmark::kMillisecond);

// Each iteration takes the next tender through the three engines in turn, so that the machine's
// noise falls on all three alike; the iteration time reported is pesmatch's.
void BM_Compare_SideBySide(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto& tenders = pb::synth_tenders(n);
  Fts5Search fts5(fts5_path(n));
  PlainXapianSearch plain(plain_xapian_path(n));
  auto analyzer = pb::make_analyzer();
  pesmatch::Matcher matcher(pb::synth_index(n), pb::reference(), analyzer, pb::default_model(), pb::data_dir());
  for (const auto& t : tenders) {
    benchmark::DoNotOptimize(fts5.top(t));
    benchmark::DoNotOptimize(plain.top(t));
    benchmark::DoNotOptimize(matcher.match(t));
  }
  std::vector<double> ours, sqlite, xapian;
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& t = tenders[i++ % tenders.size()];
    auto t0 = Clock::now();
    benchmark::DoNotOptimize(fts5.top(t));
    sqlite.push_back(ms_since(t0));
    t0 = Clock::now();
    benchmark::DoNotOptimize(plain.top(t));
    xapian.push_back(ms_since(t0));
    t0 = Clock::now();
    benchmark::DoNotOptimize(matcher.match(t));
    ours.push_back(ms_since(t0));
    state.SetIterationTime(ours.back() / 1000.0);
  }
  const double m = pb::median(ours), s = pb::median(sqlite), x = pb::median(xapian);
  state.counters["pesmatch_ms"] = m;
  state.counters["fts5_ms"] = s;
  state.counters["xapian_plain_ms"] = x;
  state.counters["x_fts5"] = s > 0 ? m / s : 0.0;
  state.counters["x_xapian_plain"] = x > 0 ? m / x : 0.0;
}
BENCHMARK(BM_Compare_SideBySide)->Apply(pb::per_size)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(200);

}  // namespace
