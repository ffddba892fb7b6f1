// The OWES direction of the quality benchmark: for each judged PES, the tenders `suggest` ranks,
// against the tender-direction judgments turned round.
#include "pesmatch/quality.hpp"

namespace pesmatch {

Qrels turn_round(const Qrels& qrels) {
  Qrels out;
  for (const auto& [tender, grades] : qrels.grades)
    for (const auto& [pes, grade] : grades) out.grades[pes][tender] = grade;
  return out;
}

QualityReport benchmark_pes_direction(Suggester& suggester, PesBaselines& baselines, const Qrels& tender_qrels, const QualityOptions& options) {
  const Qrels qrels = turn_round(tender_qrels);
  Run bm25, directory, model;
  SuggestOptions suggest;
  suggest.top_k = options.depth;
  suggest.today.clear();  // every judged tender counts, open or closed
  for (const auto& [pes, grades] : qrels.grades) {
    add_ranking(bm25, pes, baselines.bm25(pes, options.depth));
    add_ranking(directory, pes, baselines.directory(pes, options.depth));
    std::vector<std::string> ids;
    for (const auto& t : suggester.suggest(pes, suggest).ranked) ids.push_back(t.id);
    add_ranking(model, pes, ids);
  }
  QualityReport report;
  report.rows.push_back(quality_row("BM25 (PES text over tender text)", qrels, bm25, options, true));
  report.rows.push_back(quality_row("tender portal (keyword, powiat then województwo, newest first)", qrels, directory, options, true));
  report.rows.push_back(quality_row("pesmatch suggest, model", qrels, model, options));
  compare_with_baselines(report, report.rows.size() - 1);
  return report;
}

}  // namespace pesmatch
