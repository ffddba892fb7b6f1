// Reading TREC qrels (contract section 3) as trec_eval's get_qrels.c does: exactly four columns,
// the ITER column ignored, the grade an integer.
#include <string>

#include "eval/trec_text.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/eval.hpp"

namespace pesmatch {

Qrels read_qrels(const std::string& path) {
  Qrels qrels;
  detail::for_each_trec_record(path, [&](std::size_t line, const std::vector<std::string_view>& columns) {
    detail::require_columns(columns, 4, false, "QID ITER DOCNO GRADE", path, line);
    const int grade = detail::parse_grade(columns[3], path, line);
    auto& judged = qrels.grades[std::string(columns[0])];
    // trec_eval refuses a query whose qrels judge a document twice; which grade would count is unclear.
    if (!judged.emplace(std::string(columns[2]), grade).second)
      throw_invalid(path, line, "docno", "judged twice for query \"" + std::string(columns[0]) + "\"",
                    std::string(columns[2]));
  });
  return qrels;
}

}  // namespace pesmatch
