// The one error type of pesmatch. Every failure that a user can cause or fix (bad input, a missing
// file, a locked index) reaches the caller as a pesmatch::Error that names where it happened.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace pesmatch {

/// What kind of failure an Error reports; the CLI maps each to the contract's exit code.
enum class ErrorCode {
  usage = 2,          ///< a command was called wrongly (unknown flag, missing argument)
  invalid_input = 3,  ///< a file's content breaks the contract
  io = 4,             ///< a file or index could not be read or written
  /// A deadline the caller set (MatchOptions::deadline) passed before the work was done. Not an
  /// exit code: the contract has only 0, 2, 3 and 4, so exit_code() reports it as 4, an index
  /// operation that did not complete.
  timeout = 100,
};

/// Where an error was found: file, 1-based line (0 = the file as a whole) and field path.
struct ErrorLocation {
  std::string file;                  ///< path as the user gave it; empty when not file-bound
  std::size_t line = 0;              ///< 1-based line number; 0 when the error is about the whole file
  std::string field;                 ///< field path such as `cpv[1]`; empty when not field-bound
  std::optional<std::string> value;  ///< offending value, quoted in the message when present
};

/// An error with a code and a location; what() renders `FILE:LINE: FIELD "VALUE": problem`.
class Error : public std::runtime_error {
 public:
  /// Builds an error; the message is the bare problem, without the location.
  Error(ErrorCode code, ErrorLocation where, std::string problem);

  /// Shorthand for an error that is not tied to a file.
  Error(ErrorCode code, std::string problem);

  /// The kind of failure.
  [[nodiscard]] ErrorCode code() const noexcept { return code_; }
  /// Where it happened.
  [[nodiscard]] const ErrorLocation& where() const noexcept { return where_; }
  /// The problem alone, without the location prefix.
  [[nodiscard]] const std::string& problem() const noexcept { return problem_; }
  /// The exit code the contract assigns to this error (a timeout is an I/O failure, 4).
  [[nodiscard]] int exit_code() const noexcept {
    return code_ == ErrorCode::timeout ? static_cast<int>(ErrorCode::io) : static_cast<int>(code_);
  }

 private:
  ErrorCode code_;
  ErrorLocation where_;
  std::string problem_;
};

/// Throws an invalid_input Error for a field of a record at `file:line`.
[[noreturn]] void throw_invalid(const std::string& file, std::size_t line, std::string field,
                                std::string problem, std::optional<std::string> value = {});

}  // namespace pesmatch
