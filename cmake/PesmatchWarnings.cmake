# One interface target carries the project's warning and sanitizer flags, so every target opts in
# by linking it instead of repeating flags.
add_library(pesmatch_warnings INTERFACE)
add_library(pesmatch::warnings ALIAS pesmatch_warnings)
target_compile_options(pesmatch_warnings INTERFACE -Wall -Wextra -Wpedantic)

if(PESMATCH_SANITIZE)
  target_compile_options(pesmatch_warnings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(pesmatch_warnings INTERFACE -fsanitize=address,undefined)
endif()
