// The users' workflows: OWES suggestions and digests, and the JST market survey.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "pesmatch/digest.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "pesmatch/market.hpp"
#include "pesmatch/suggester.hpp"
#include "report/html.hpp"
#include "report/result_json.hpp"

namespace pesmatch::cli {
namespace {

std::string system_today() {
  const auto ymd = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw Error(ErrorCode::io, ErrorLocation{path.string(), 0, {}, {}}, "cannot write file");
}

/// --db, --today: shared by the three workflows.
struct WorkflowOptions {
  ResourceOptions resources;
  ModelOptions model;
  std::string db, today;
  void add_to(CLI::App& app) {
    resources.add_to(app);
    model.add_to(app);
    app.add_option("--db", db, "Index directory")->required();
    app.add_option("--today", today, "Date of the run, YYYY-MM-DD (default: the system date)");
  }
  std::string date() const { return today.empty() ? system_today() : today; }
};

struct SuggestCommand {
  WorkflowOptions common;
  OutputOptions output;
  LanguageOptions lang;
  std::string pes_id;
  void run() const {
    const auto ref = common.resources.load_reference();
    auto analyzer = common.resources.load_analyzer();
    Suggester suggester(common.db, {ref, analyzer, common.model.load(common.resources), common.resources.data()});
    SuggestOptions options;
    options.top_k = output.top_k;
    options.today = common.date();
    const auto r = suggester.suggest(pes_id, options);
    if (output.format == "json") {
      std::cout << detail::suggest_result_json(r, lang.language()).dump(2) << "\n";
    } else if (output.format == "csv") {
      std::cout << "pes_id,rank,tender_id,title,score,distance_km,deadline,reserved_art94,reserved_art361,social_services\n";
      for (std::size_t i = 0; i < r.ranked.size(); ++i) {
        const auto& t = r.ranked[i];
        std::cout << r.pes_id << "," << i + 1 << "," << t.id << "," << nlohmann::json(t.title).dump() << "," << detail::fixed(t.score, 6)
                  << "," << detail::fixed(t.distance_km, 1) << "," << t.deadline << "," << t.reserved_art94 << "," << t.reserved_art361
                  << "," << t.social_services << "\n";
      }
    } else {
      std::cout << r.pes_id << ": " << r.pes_name << " — " << r.ranked.size() << " of " << r.candidates << " open tenders\n";
      for (std::size_t i = 0; i < r.ranked.size(); ++i) {
        const auto& t = r.ranked[i];
        std::cout << "  " << i + 1 << ". " << detail::fixed(t.score, 3) << "  " << t.title << "  [" << t.id << ", deadline "
                  << (t.deadline.empty() ? "—" : t.deadline) << ", " << detail::fixed(t.distance_km, 0) << " km"
                  << (t.reserved_art94 ? ", art. 94" : "") << (t.reserved_art361 ? ", art. 361" : "")
                  << (t.social_services ? ", Annex XIV" : "") << "]\n";
      }
    }
  }
};

struct DigestCommand {
  WorkflowOptions common;
  LanguageOptions lang;
  std::string members_path, since, out_dir;
  std::size_t top_k = 10;
  void run() const {
    const auto ref = common.resources.load_reference();
    auto analyzer = common.resources.load_analyzer();
    Suggester suggester(common.db, {ref, analyzer, common.model.load(common.resources), common.resources.data()});
    std::vector<std::string> members;
    if (!members_path.empty()) {
      std::ifstream in(members_path);
      if (!in) throw Error(ErrorCode::io, ErrorLocation{members_path, 0, {}, {}}, "cannot open file");
      for (std::string id; in >> id;) members.push_back(id);
    }
    SuggestOptions options;
    options.top_k = top_k;
    options.today = common.date();
    options.published_since = since;
    const auto digest = build_digest(suggester, members, options, lang.language());
    std::filesystem::create_directories(out_dir);
    write_file(std::filesystem::path(out_dir) / "digest.json", digest.json);
    for (const auto& [id, page] : digest.pages) write_file(std::filesystem::path(out_dir) / (id + ".md"), page);
    std::cerr << "pesmatch: digest for " << digest.pages.size() << " members written to " << out_dir << "\n";
  }
};

struct MarketCommand {
  WorkflowOptions common;
  LanguageOptions lang;
  std::string tender_path, format = "json";
  MarketOptions options;
  void run() const {
    const auto ref = common.resources.load_reference();
    auto analyzer = common.resources.load_analyzer();
    const auto tenders = read_tenders(tender_path, ref).records;
    Matcher matcher(common.db, {ref, analyzer, common.model.load(common.resources), common.resources.data()});
    const auto awarded = comparable_contracts(common.db, tenders.front(), ref);
    const auto survey = survey_market(matcher, tenders.front(), options, common.date(), awarded);
    std::cout << (format == "html" ? market_html(survey, lang.language()) : market_json(survey, lang.language()) + "\n");
  }
};

}  // namespace

void register_workflows(CLI::App& app) {
  auto suggest = std::make_shared<SuggestCommand>();
  auto* s = app.add_subcommand("suggest", "Open tenders that fit one PES (OWES), ranked by the same model as match");
  suggest->common.add_to(*s);
  suggest->output.add_to(*s, {"table", "json", "csv"});
  suggest->lang.add_to(*s, "the JSON's labels and explanations");
  s->add_option("--pes-id", suggest->pes_id, "The PES")->required();
  s->callback([suggest] { suggest->run(); });

  auto digest = std::make_shared<DigestCommand>();
  auto* d = app.add_subcommand("digest", "Per-member tender digest: OUT/digest.json and OUT/<pes-id>.md");
  digest->common.add_to(*d);
  digest->lang.add_to(*d, "the pages and the JSON's labels");
  d->add_option("--members", digest->members_path, "File of member PES ids (default: all PES of the index)");
  d->add_option("--since", digest->since, "Only tenders published on or after this date (YYYY-MM-DD)");
  d->add_option("--top", digest->top_k, "Tenders per member")->check(CLI::Range(1, 1000));
  d->add_option("--out", digest->out_dir, "Output directory")->required();
  d->callback([digest] { digest->run(); });

  auto market = std::make_shared<MarketCommand>();
  auto* m = app.add_subcommand("market", "Market survey before a tender (JST): PES within reach, art. 94 verdict, past contracts");
  market->common.add_to(*m);
  market->lang.add_to(*m, "the report");
  m->add_option("--tender", market->tender_path, "The planned tender, JSON")->required();
  m->add_option("--format", market->format, "json or html (printable report)")->check(CLI::IsMember({"json", "html"}));
  m->add_option("--top", market->options.top_k, "PES listed")->check(CLI::Range(1, 1000));
  m->add_option("--reach-km", market->options.reach_km, "Reach for the art. 94 verdict")->check(CLI::Range(1.0, 1000.0));
  m->callback([market] { market->run(); });
}

}  // namespace pesmatch::cli
