# One interface target carries the project's warning and sanitizer flags, so every target opts in
# by linking it instead of repeating flags.
add_library(pesmatch_warnings INTERFACE)
add_library(pesmatch::warnings ALIAS pesmatch_warnings)
target_compile_options(pesmatch_warnings INTERFACE -Wall -Wextra -Wpedantic)

if(PESMATCH_SANITIZE AND NOT PESMATCH_FUZZ)  # PESMATCH_FUZZ below brings the same sanitizers
  target_compile_options(pesmatch_warnings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(pesmatch_warnings INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing instruments the library for libFuzzer's coverage feedback, with the sanitizers on so a
# memory error or undefined behaviour is a finding; tests/fuzz links -fsanitize=fuzzer itself.
if(PESMATCH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PESMATCH_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
  endif()
  target_compile_options(pesmatch_warnings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(pesmatch_warnings INTERFACE -fsanitize=address,undefined)
endif()
