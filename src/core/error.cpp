#include "pesmatch/error.hpp"

#include <utility>

namespace pesmatch {
namespace {

std::string render(const ErrorLocation& where, const std::string& problem) {
  std::string out;
  if (!where.file.empty()) {
    out.append(where.file);
    if (where.line > 0) out.append(":").append(std::to_string(where.line));
    out.append(": ");
  }
  if (!where.field.empty()) {
    out.append(where.field);
    if (where.value) out.append(" \"").append(*where.value).append("\"");
    out.append(": ");
  }
  return out.append(problem);
}

}  // namespace

Error::Error(ErrorCode code, ErrorLocation where, std::string problem)
    : std::runtime_error(render(where, problem)),
      code_(code),
      where_(std::move(where)),
      problem_(std::move(problem)) {}

Error::Error(ErrorCode code, std::string problem) : Error(code, ErrorLocation{}, std::move(problem)) {}

void throw_invalid(const std::string& file, std::size_t line, std::string field, std::string problem,
                   std::optional<std::string> value) {
  throw Error(ErrorCode::invalid_input, ErrorLocation{file, line, std::move(field), std::move(value)},
              std::move(problem));
}

}  // namespace pesmatch
