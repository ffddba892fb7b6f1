// pesmatch side by side with what a user would build without it, over the same PES texts and the
// same tender queries: SQLite FTS5 BM25 top 20 (tokenizer unicode61 remove_diacritics 2, an OR of
// the tender's words) and plain Xapian BM25 top 20 (TermGenerator and QueryParser defaults, no
// rerank), each with and without pesmatch's stop list (data/text/stopwords.txt): a user who picks
// plain Xapian or FTS5 drops "i", "w", "na" too, so the stop-listed runs are the fair baselines.
// BM_Compare_SideBySide runs the five on each tender in turn and reports pesmatch's median time
// as a multiple of each. Both baseline indexes are built once and cached.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <fstream>
#include <stdexcept>
#include <unordered_set>

#include "pesmatch/matcher.hpp"
#include "support.hpp"
#include "text/tokenizer.hpp"

namespace {

namespace pb = pesmatch::bench;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
constexpr std::size_t kTop = 20;

// The words of data/text/stopwords.txt (lowercase, with diacritics; '#' starts a comment line).
const std::vector<std::string>& stop_words() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    std::ifstream in(pb::data_dir() + "/text/stopwords.txt");
    for (std::string line; std::getline(in, line);)
      if (!line.empty() && line[0] != '#') out.push_back(line);
    if (out.empty()) throw std::runtime_error("no stop words in " + pb::data_dir() + "/text/stopwords.txt");
    return out;
  }();
  return words;
}

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
  // With `stopped`, the query leaves out the stop list's words.
  explicit Fts5Search(const std::string& path, bool stopped = false) {
    if (stopped) stop_.insert(stop_words().begin(), stop_words().end());
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
    for (const auto& w : pesmatch::detail::tokenize(pb::plain_query(t)))
      if (!stop_.contains(w)) match += (match.empty() ? "\"" : " OR \"") + w + "\"";
    if (match.empty()) return {};
    std::vector<std::string> ids;
    sqlite3_bind_text(stmt_, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(stmt_) == SQLITE_ROW) ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt_, 0)));
    sqlite3_reset(stmt_);
    return ids;
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::unordered_set<std::string> stop_;
};

class PlainXapianSearch {
 public:
  // With `stopped`, QueryParser drops the stop list's words (Xapian::SimpleStopper).
  explicit PlainXapianSearch(const std::string& path, bool stopped = false)
      : db_(path), stopper_(stop_words().begin(), stop_words().end()) {
    parser_.set_default_op(Xapian::Query::OP_OR);
    if (stopped) parser_.set_stopper(&stopper_);
  }

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
  Xapian::SimpleStopper stopper_;
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

void BM_Baseline_Fts5Stopped(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  Fts5Search search(fts5_path(n), true);
  run_baseline(state, search, pb::synth_tenders(n));
}
BENCHMARK(BM_Baseline_Fts5Stopped)->Apply(pb::per_size)->Unit(benchmark::kMillisecond);

void BM_Baseline_XapianPlainStopped(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  PlainXapianSearch search(plain_xapian_path(n), true);
  run_baseline(state, search, pb::synth_tenders(n));
}
BENCHMARK(BM_Baseline_XapianPlainStopped)->Apply(pb::per_size)->Unit(benchmark::kMillisecond);

// Each iteration takes the next tender through the five engines in turn, so that the machine's
// noise falls on all alike; the iteration time reported is pesmatch's.
void BM_Compare_SideBySide(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto& tenders = pb::synth_tenders(n);
  Fts5Search fts5(fts5_path(n)), fts5_stopped(fts5_path(n), true);
  PlainXapianSearch plain(plain_xapian_path(n)), plain_stopped(plain_xapian_path(n), true);
  auto analyzer = pb::make_analyzer();
  pesmatch::Matcher matcher(pb::synth_index(n), {pb::reference(), analyzer, pb::default_model(), pb::data_dir()});
  struct Timed {
    std::string name;
    std::function<void(const pesmatch::Tender&)> run;
    std::vector<double> ms;
  };
  std::vector<Timed> engines{
      {"fts5", [&](const auto& t) { benchmark::DoNotOptimize(fts5.top(t)); }, {}},
      {"fts5_stop", [&](const auto& t) { benchmark::DoNotOptimize(fts5_stopped.top(t)); }, {}},
      {"xapian_plain", [&](const auto& t) { benchmark::DoNotOptimize(plain.top(t)); }, {}},
      {"xapian_plain_stop", [&](const auto& t) { benchmark::DoNotOptimize(plain_stopped.top(t)); }, {}},
      {"pesmatch", [&](const auto& t) { benchmark::DoNotOptimize(matcher.match(t)); }, {}},
  };
  for (const auto& t : tenders)
    for (auto& e : engines) e.run(t);  // warm the page cache
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& t = tenders[i++ % tenders.size()];
    for (auto& e : engines) {
      const auto t0 = Clock::now();
      e.run(t);
      e.ms.push_back(ms_since(t0));
    }
    state.SetIterationTime(engines.back().ms.back() / 1000.0);
  }
  const double ours = pb::median(engines.back().ms);
  for (const auto& e : engines) {
    const double m = pb::median(e.ms);
    state.counters[e.name + "_ms"] = m;
    if (&e != &engines.back()) state.counters["x_" + e.name] = m > 0 ? ours / m : 0.0;
  }
}
BENCHMARK(BM_Compare_SideBySide)->Apply(pb::per_size)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(200);

}  // namespace
