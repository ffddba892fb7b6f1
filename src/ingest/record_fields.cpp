#include "ingest/record_fields.hpp"

#include <cmath>

namespace pesmatch::detail {

bool is_iso_date(const std::string& s) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!digit(s[i])) return false;
  const int year = std::stoi(s.substr(0, 4)), month = (s[5] - '0') * 10 + (s[6] - '0'),
            day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string json_type_name(const nlohmann::json& v) {
  if (v.is_boolean()) return "boolean";
  if (v.is_number()) return "number";
  return v.type_name();
}

void require_json_depth(std::string_view text, const std::string& file, std::size_t line) {
  std::size_t depth = 0, values = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\0')
      throw Error(ErrorCode::invalid_input, ErrorLocation{file, line, {}, {}},
                  "NUL byte at byte " + std::to_string(i + 1));
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth)
        throw Error(ErrorCode::invalid_input, ErrorLocation{file, line, {}, {}},
                    "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels at byte " +
                        std::to_string(i + 1));
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
    if ((c == '[' || c == '{' || c == ',') && !in_string && ++values > kMaxJsonValues)
      throw Error(ErrorCode::invalid_input, ErrorLocation{file, line, {}, {}},
                  "more than " + std::to_string(kMaxJsonValues) + " JSON values");
  }
}

void require_printable_id(const RecordFields& rec, const char* field, const std::string& id) {
  for (const char c : id)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) rec.fail(field, "must not contain control characters");
}

std::string required_id(const RecordFields& rec, const char* field) {
  auto id = rec.required_string(field, 128);
  if (id.find_first_of(" \t\r\n") != std::string::npos) rec.fail(field, "must not contain white space", id);
  require_printable_id(rec, field, id);
  return id;
}

Error number_overflow_error(const nlohmann::json::out_of_range& e, const std::string& file, std::size_t line) {
  // "[json.exception.out_of_range.406] number overflow parsing '1E400'": the part after the tag.
  const std::string what = e.what();
  const auto tag_end = what.find("] ");
  return Error(ErrorCode::invalid_input, ErrorLocation{file, line, {}, {}},
               "malformed JSON: " + (tag_end == std::string::npos ? what : what.substr(tag_end + 2)));
}

nlohmann::json parse_json(std::string_view text, const std::string& file, std::size_t line) {
  require_json_depth(text, file, line);
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1,
    // column 7: "; keep the column and the reason only.
    std::string what = e.what();
    const auto col = what.find("column ");
    const auto reason = what.find(": ", col == std::string::npos ? 0 : col);
    std::string detail = reason == std::string::npos ? what : what.substr(reason + 2);
    throw Error(ErrorCode::invalid_input, ErrorLocation{file, line, {}, {}},
                "malformed JSON at byte " + std::to_string(e.byte) + ": " + detail);
  } catch (const nlohmann::json::out_of_range& e) {
    throw number_overflow_error(e, file, line);
  }
}

RecordFields::RecordFields(std::string_view text, std::string file, std::size_t line)
    : object_(parse_json(text, file, line)), file_(std::move(file)), line_(line) {
  if (!object_.is_object())
    throw Error(ErrorCode::invalid_input, ErrorLocation{file_, line_, {}, {}},
                "expected a JSON object, got " + json_type_name(object_));
}

RecordFields::RecordFields(nlohmann::json object, std::string file, std::size_t line)
    : object_(std::move(object)), file_(std::move(file)), line_(line) {
  if (!object_.is_object())
    throw Error(ErrorCode::invalid_input, ErrorLocation{file_, line_, {}, {}},
                "expected a JSON object, got " + json_type_name(object_));
}

void RecordFields::fail(const std::string& field, const std::string& problem, std::optional<std::string> value) const {
  throw Error(ErrorCode::invalid_input, ErrorLocation{file_, line_, field, std::move(value)}, problem);
}

const nlohmann::json* RecordFields::raw(const char* field) const {
  auto it = object_.find(field);
  return (it == object_.end() || it->is_null()) ? nullptr : &*it;
}

std::string RecordFields::required_string(const char* field, std::size_t max_len) const {
  const auto* v = raw(field);
  if (!v) fail(field, "missing required field");
  if (!v->is_string()) fail(field, "expected a string, got " + json_type_name(*v));
  auto s = v->get<std::string>();
  if (s.find_first_not_of(" \t\r\n") == std::string::npos) fail(field, "must not be empty");
  if (s.size() > max_len) fail(field, "longer than " + std::to_string(max_len) + " characters");
  return s;
}

std::string RecordFields::optional_string(const char* field) const {
  const auto* v = raw(field);
  if (!v) return {};
  if (!v->is_string()) fail(field, "expected a string, got " + json_type_name(*v));
  return v->get<std::string>();
}

std::vector<std::string> RecordFields::string_array(const char* field, bool required) const {
  const auto* v = raw(field);
  if (!v) {
    if (required) fail(field, "missing required field");
    return {};
  }
  if (!v->is_array()) fail(field, "expected an array of strings, got " + json_type_name(*v));
  if (required && v->empty()) fail(field, "must not be empty");
  if (v->size() > kMaxArrayItems) fail(field, "more than " + std::to_string(kMaxArrayItems) + " items");
  std::vector<std::string> out;
  out.reserve(v->size());
  for (std::size_t i = 0; i < v->size(); ++i) {
    const auto& item = (*v)[i];
    const std::string path = std::string(field) + "[" + std::to_string(i) + "]";
    if (!item.is_string()) fail(path, "expected a string, got " + json_type_name(item));
    out.push_back(item.get<std::string>());
  }
  return out;
}

std::optional<bool> RecordFields::optional_bool(const char* field) const {
  const auto* v = raw(field);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) fail(field, "expected a boolean, got " + json_type_name(*v));
  return v->get<bool>();
}

std::optional<double> RecordFields::optional_number(const char* field, double lo, double hi) const {
  const auto* v = raw(field);
  if (!v) return std::nullopt;
  if (!v->is_number()) fail(field, "expected a number, got " + json_type_name(*v));
  const double d = v->get<double>();
  if (!std::isfinite(d) || d < lo || d > hi)
    fail(field, "out of range [" + nlohmann::json(lo).dump() + ", " + nlohmann::json(hi).dump() + "]", v->dump());
  return d;
}

std::optional<long long> RecordFields::optional_integer(const char* field, long long lo, long long hi) const {
  const auto* v = raw(field);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) fail(field, "expected an integer, got " + json_type_name(*v));
  const auto n = v->get<long long>();
  if (n < lo || n > hi) fail(field, "out of range [" + std::to_string(lo) + ", " + std::to_string(hi) + "]", v->dump());
  return n;
}

}  // namespace pesmatch::detail
