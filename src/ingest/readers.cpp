#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "core/ordered_parallel.hpp"
#include "ingest/code_fields.hpp"
#include "ingest/json_position.hpp"
#include "ingest/jsonl_reader.hpp"
#include "ingest/record_fields.hpp"
#include "pesmatch/contracts.hpp"
#include "pesmatch/ingest.hpp"
#include "reference/csv.hpp"

namespace pesmatch {
namespace {

// A tender file that is not JSONL holds one tender or an array of some; bulk input is JSONL,
// whose lines are bounded one by one. The bound keeps the parsed JSON under ~200 MB.
constexpr std::size_t kMaxJsonFileBytes = 8 << 20;

// `e`, found on a record parsed from the whole of `text` (one object, or element `element` of an
// array), moved from line 1 to the line where its field sits.
Error placed(const Error& e, std::string_view text, std::optional<std::size_t> element) {
  const auto& at = e.where();
  std::string path = element ? "[" + std::to_string(*element) + "]" : std::string();
  if (!path.empty() && !at.field.empty()) path += ".";
  path += at.field;
  return Error(e.code(), ErrorLocation{at.file, detail::json_line_of(text, path), at.field, at.value}, e.problem());
}

bool has_extension(const std::string& path, std::string_view ext) {
  return path.size() >= ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
}

// Lines are read in blocks of this many (~2.5 MB of PES), each then parsed on several threads:
// bounded memory, and reading is a small part of the time.
constexpr std::size_t kBlockLines = 4096;

std::size_t parsing_threads(IngestOptions options) {
  return options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
}

// Reads JSONL records with `parse`, enforcing unique ids; collects or throws errors. Lines are
// parsed on `options.threads` threads and taken in file order, so records, errors and the first
// bad line are what one thread gives: a line that cannot be read (too long, not UTF-8) waits
// until the lines before it are taken.
template <typename Record, typename Parse>
IngestResult<Record> read_jsonl(const std::string& path, IngestOptions options, const char* what, Parse parse) {
  IngestResult<Record> result;
  std::unordered_map<std::string, std::size_t> first_line;
  const auto reject = [&](const Error& e) {
    if (!options.skip_invalid || e.code() != ErrorCode::invalid_input) throw e;
    result.rejected.push_back(e);
  };
  using Parsed = std::variant<Record, Error>;
  const auto take = [&](std::size_t line, Parsed parsed) {
    if (auto* e = std::get_if<Error>(&parsed)) return reject(*e);
    auto& r = std::get<Record>(parsed);
    auto [it, fresh] = first_line.emplace(r.id, line);
    if (!fresh)
      return reject(Error(ErrorCode::invalid_input, ErrorLocation{path, line, "id", r.id},
                          "duplicate id (first on line " + std::to_string(it->second) + ")"));
    result.records.push_back(std::move(r));
  };
  std::vector<std::pair<std::size_t, std::string>> block;
  const auto parse_block = [&] {
    detail::ordered_parallel(
        block.size(), parsing_threads(options), 64,
        [&](std::size_t, std::size_t i) -> Parsed {
          try {
            return parse(block[i].second, block[i].first);
          } catch (const Error& e) {
            if (!options.skip_invalid || e.code() != ErrorCode::invalid_input) throw;
            return e;
          }
        },
        [&](std::size_t i, Parsed parsed) { take(block[i].first, std::move(parsed)); });
    block.clear();
  };
  const std::size_t lines = detail::for_each_jsonl_line(
      path,
      [&](std::size_t line, std::string_view text) {
        block.emplace_back(line, text);
        if (block.size() == kBlockLines) parse_block();
      },
      [&](const Error& e) {
        parse_block();
        reject(e);
      });
  parse_block();
  if (lines == 0)
    throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, {}, {}}, std::string("no ") + what + " in file");
  return result;
}

}  // namespace

IngestResult<Pes> read_catalogue(const std::string& path, const ReferenceData& ref, IngestOptions options) {
  return read_jsonl<Pes>(path, options, "PES records",
                         [&](std::string_view text, std::size_t line) { return parse_pes(text, ref, path, line); });
}

IngestResult<AwardedContract> read_contracts(const std::string& path, const ReferenceData& ref,
                                             IngestOptions options) {
  return read_jsonl<AwardedContract>(path, options, "contracts", [&](std::string_view text, std::size_t line) {
    return parse_contract(text, ref, path, line);
  });
}

IngestResult<Tender> read_tenders(const std::string& path, const ReferenceData& ref, IngestOptions options) {
  if (has_extension(path, ".jsonl"))
    return read_jsonl<Tender>(path, options, "tenders", [&](std::string_view text, std::size_t line) {
      return parse_tender(text, ref, path, line);
    });
  const std::string text = detail::read_file(path, kMaxJsonFileBytes);
  detail::require_utf8(text, path, 1);
  detail::require_json_depth(text, path, 1);
  if (text.find_first_not_of(" \t\r\n") == std::string::npos)
    throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, {}, {}}, "no tenders in file");
  if (text.find_first_not_of(" \t\r\n\xEF\xBB\xBF") != std::string::npos &&
      text[text.find_first_not_of(" \t\r\n\xEF\xBB\xBF")] != '[')
    try {
      return IngestResult<Tender>{{parse_tender(text, ref, path, 1)}, {}};
    } catch (const Error& e) {
      if (e.code() != ErrorCode::invalid_input || e.where().field.empty()) throw;
      throw placed(e, text, std::nullopt);
    }
  nlohmann::json array;
  try {
    array = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorCode::invalid_input, ErrorLocation{path, 1, {}, {}},
                "malformed JSON at byte " + std::to_string(e.byte));
  } catch (const nlohmann::json::out_of_range& e) {
    throw detail::number_overflow_error(e, path, 1);
  }
  if (array.empty())
    throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, {}, {}}, "no tenders in file");
  IngestResult<Tender> result;
  for (std::size_t i = 0; i < array.size(); ++i) {
    try {
      result.records.push_back(detail::parse_tender_record(detail::RecordFields(array[i], path, 1), ref));
    } catch (const Error& e) {
      if (!options.skip_invalid) throw placed(e, text, i);
      result.rejected.push_back(placed(e, text, i));
    }
  }
  return result;
}

}  // namespace pesmatch
