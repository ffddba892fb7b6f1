// Reading TREC runs (contract section 3) as trec_eval's get_trec_results.c does: QID, DOCNO and
// SCORE are used; Q0, RANK and TAG must be present but are ignored, as are columns after TAG.
#include <string>
#include <unordered_map>

#include "eval/trec_text.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/eval.hpp"

namespace pesmatch {

Run read_run(const std::string& path) {
  Run run;
  // query → document → line of its first occurrence, only to name both lines of a duplicate.
  std::unordered_map<std::string, std::unordered_map<std::string, std::size_t>> seen;
  detail::for_each_trec_record(path, [&](std::size_t line, const std::vector<std::string_view>& columns) {
    detail::require_columns(columns, 6, true, "QID Q0 DOCNO RANK SCORE TAG", path, line);
    const double score = detail::parse_score(columns[4], path, line);
    const std::string query(columns[0]), doc(columns[2]);
    const auto [first, fresh] = seen[query].emplace(doc, line);
    // trec_eval stops with "duplicate docs" here: a document has one rank in a ranking.
    if (!fresh)
      throw_invalid(path, line, "docno",
                    "retrieved twice for query \"" + query + "\" (first at line " + std::to_string(first->second) + ")",
                    doc);
    run.entries[query].push_back(RunEntry{doc, score});
  });
  return run;
}

}  // namespace pesmatch
