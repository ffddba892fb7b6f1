#include "ingest/code_fields.hpp"

namespace pesmatch::detail {

CpvCode cpv_code(const RecordFields& rec, const std::string& path, const std::string& text, const CpvVocabulary& cpv) {
  auto parsed = cpv.parse(text);
  if (!parsed) rec.fail(path, parsed.problem, text);
  return *parsed.value;
}

std::vector<CpvCode> cpv_list(const RecordFields& rec, const char* field, const CpvVocabulary& cpv, bool required) {
  const auto texts = rec.string_array(field, required);
  std::vector<CpvCode> out;
  out.reserve(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i)
    out.push_back(cpv_code(rec, std::string(field) + "[" + std::to_string(i) + "]", texts[i], cpv));
  return out;
}

TerytCode teryt_code(const RecordFields& rec, const std::string& path, const std::string& text, const Territory& t) {
  auto parsed = t.resolve(text);
  if (!parsed) rec.fail(path, parsed.problem, text);
  return *parsed.value;
}

}  // namespace pesmatch::detail
