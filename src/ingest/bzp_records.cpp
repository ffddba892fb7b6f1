// import_bzp's reading side: a file of notice API records (a JSON array as the API answers, one
// record, or one record a line), each record dispatched by its notice type.
#include <map>
#include <unordered_map>

#include "ingest/bzp_notice.hpp"
#include "ingest/jsonl_reader.hpp"
#include "pesmatch/importers.hpp"
#include "reference/csv.hpp"

namespace pesmatch {
namespace detail {
std::string bzp_tender_record(const BzpNotice& n, const ReferenceData& ref, ImportReport& report,
                              const std::string& file, std::size_t record);
std::vector<std::string> bzp_contract_records(const BzpNotice& n, const ReferenceData& ref, ImportReport& report,
                                              const std::string& file, std::size_t record);
}  // namespace detail

namespace {

// A day of notices with their HTML is ~20 MB; the bound keeps a parsed array under ~1 GB.
constexpr std::size_t kMaxFileBytes = 64 << 20;

using OnRecord = std::function<void(std::size_t record, const detail::RecordFields&)>;

bool is_jsonl(const std::string& path) { return path.size() > 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0; }

// Calls `on_record` for each record; a record that is no JSON object is rejected, and a file that
// cannot be read throws Error(io).
void for_each_record(const std::string& path, const OnRecord& on_record, ImportReport& report) {
  const auto by_line = [&] {
    detail::for_each_jsonl_line(
        path,
        [&](std::size_t line, std::string_view text) {
          ++report.inputs;
          try {
            on_record(line, detail::RecordFields(text, path, line));
          } catch (const Error& e) {
            report.rejected.push_back(e);
          }
        },
        [&](const Error& e) {
          ++report.inputs;
          report.rejected.push_back(e);
        });
  };
  if (is_jsonl(path)) return by_line();
  const std::string text = detail::read_file(path, kMaxFileBytes);
  detail::require_utf8(text, path, 1);
  detail::require_json_depth(text, path, 1);
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  if (parsed.is_discarded()) return by_line();  // several objects: one record a line
  if (!parsed.is_array()) parsed = nlohmann::json::array({std::move(parsed)});
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    ++report.inputs;
    try {
      on_record(i + 1, detail::RecordFields(std::move(parsed[i]), path, i + 1));
    } catch (const Error& e) {
      report.rejected.push_back(e);
    }
  }
}

bool is_tender_type(const std::string& type) { return type == "ContractNotice" || type == "SmallContractNotice"; }

std::string skipped_note(const std::map<std::string, std::size_t>& skipped, bool with_results) {
  std::size_t total = 0;
  std::string list;
  for (const auto& [type, n] : skipped) {
    total += n;
    list += (list.empty() ? "" : ", ") + std::to_string(n) + " " + (type.empty() ? "without noticeType" : type);
  }
  std::string note = "skipped " + std::to_string(total) + " notices of other types (" + list + ")";
  if (!with_results && skipped.count("TenderResultNotice")) note += "; --results FILE converts result notices";
  return note;
}

}  // namespace

ImportReport import_bzp(const std::vector<std::string>& paths, const ReferenceData& ref, bool with_results) {
  ImportReport report;
  std::map<std::string, std::size_t> skipped;
  std::unordered_map<std::string, std::string> first_seen;
  for (const auto& path : paths) {
    const auto on_record = [&](std::size_t record, const detail::RecordFields& rec) {
      const auto type = detail::bzp_notice_type(rec);
      const bool result = type == "TenderResultNotice" && with_results;
      if (!is_tender_type(type) && !result) {
        ++skipped[type];
        return;
      }
      const auto notice = detail::read_bzp_notice(rec);
      if (result && notice.contractors.empty()) {
        ++skipped["TenderResultNotice without contractors"];
        return;
      }
      const std::string where = path + ":" + std::to_string(record);
      auto [it, fresh] = first_seen.emplace(notice.id, where);
      if (!fresh) throw_invalid(path, record, "bzpNumber", "the same notice as " + it->second, notice.id);
      if (result) {
        auto lines = detail::bzp_contract_records(notice, ref, report, path, record);
        report.contracts.insert(report.contracts.end(), lines.begin(), lines.end());
        ++report.results_converted;
      } else {
        report.records.push_back(detail::bzp_tender_record(notice, ref, report, path, record));
      }
    };
    try {
      for_each_record(path, on_record, report);
    } catch (const Error& e) {  // the file as a whole: unreadable, not UTF-8, too deep
      ++report.inputs;
      report.rejected.push_back(e);
    }
  }
  std::size_t total_skipped = 0;
  for (const auto& [type, n] : skipped) total_skipped += n;
  report.inputs -= total_skipped;
  if (total_skipped) report.notes.push_back(skipped_note(skipped, with_results));
  return report;
}

}  // namespace pesmatch
