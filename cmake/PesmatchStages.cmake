# The library's stages as targets. Each stage is an OBJECT library compiled against an include
# root of its own, build/stages/<stage>/, which holds symbolic links to its own and the lower
# stages' source folders (src/<stage>) and public headers (include/pesmatch/<header>) only. A file
# of src/index/ that includes "rank/..." or "pesmatch/matcher.hpp" therefore fails to compile: the
# build refuses an upward include (docs/library.md, "How the library is layered").
#
#   pesmatch_stage(<stage> [OUTSIDE] BELOW <lower stage>... HEADERS <public header>...
#                  SOURCES <file>... LIBRARIES <third-party target>...)
#
# BELOW names the stages directly under it (it sees theirs and everything they see); HEADERS the
# public headers it implements; LIBRARIES the third-party targets its files include. A stage is
# part of libpesmatch unless OUTSIDE. Targets: pesmatch_stage_<stage>.

set(PESMATCH_STAGES_DIR ${PROJECT_BINARY_DIR}/stages)

# The public header `name`: include/pesmatch/ in the source tree, or the build tree for generated ones.
function(pesmatch_public_header_path name out)
  if(EXISTS ${PROJECT_SOURCE_DIR}/include/pesmatch/${name})
    set(${out} ${PROJECT_SOURCE_DIR}/include/pesmatch/${name} PARENT_SCOPE)
  elseif(EXISTS ${PROJECT_BINARY_DIR}/include/pesmatch/${name})
    set(${out} ${PROJECT_BINARY_DIR}/include/pesmatch/${name} PARENT_SCOPE)
  else()
    message(FATAL_ERROR "pesmatch_stage: no public header pesmatch/${name}")
  endif()
endfunction()

# Makes ${PESMATCH_STAGES_DIR}/<root>/ hold links to the folders and public headers of `stages`.
function(pesmatch_include_root root)
  set(dir ${PESMATCH_STAGES_DIR}/${root})
  # Links left from an earlier configure are removed one by one (never followed).
  file(GLOB stale LIST_DIRECTORIES true ${dir}/* ${dir}/pesmatch/*)
  foreach(entry IN LISTS stale)
    if(IS_SYMLINK ${entry})
      file(REMOVE ${entry})
    endif()
  endforeach()
  file(MAKE_DIRECTORY ${dir}/pesmatch)
  foreach(stage IN LISTS ARGN)
    if(IS_DIRECTORY ${PROJECT_SOURCE_DIR}/src/${stage})
      file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${stage} ${dir}/${stage} SYMBOLIC)
    endif()
    get_property(headers GLOBAL PROPERTY PESMATCH_STAGE_${stage}_HEADERS)
    foreach(header IN LISTS headers)
      pesmatch_public_header_path(${header} path)
      file(CREATE_LINK ${path} ${dir}/pesmatch/${header} SYMBOLIC)
    endforeach()
  endforeach()
endfunction()

function(pesmatch_stage stage)
  cmake_parse_arguments(PARSE_ARGV 1 arg "OUTSIDE" "" "BELOW;HEADERS;SOURCES;LIBRARIES")
  # What it sees: itself and, transitively, the stages below it.
  set(visible ${stage})
  foreach(lower IN LISTS arg_BELOW)
    get_property(lower_visible GLOBAL PROPERTY PESMATCH_STAGE_${lower}_VISIBLE)
    if(NOT lower_visible)
      message(FATAL_ERROR "pesmatch_stage(${stage}): stage ${lower} is not defined yet")
    endif()
    list(APPEND visible ${lower_visible})
  endforeach()
  list(REMOVE_DUPLICATES visible)
  set_property(GLOBAL PROPERTY PESMATCH_STAGE_${stage}_VISIBLE ${visible})
  set_property(GLOBAL PROPERTY PESMATCH_STAGE_${stage}_HEADERS ${arg_HEADERS})
  set_property(GLOBAL APPEND PROPERTY PESMATCH_STAGES ${stage})
  pesmatch_include_root(${stage} ${visible})

  set(target pesmatch_stage_${stage})
  add_library(${target} OBJECT ${arg_SOURCES})
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_include_directories(${target} PRIVATE ${PESMATCH_STAGES_DIR}/${stage})
  list(TRANSFORM arg_BELOW PREPEND pesmatch_stage_ OUTPUT_VARIABLE lower_targets)
  target_link_libraries(${target} PUBLIC ${lower_targets} PRIVATE pesmatch::warnings ${arg_LIBRARIES})
  if(NOT arg_OUTSIDE)
    set_property(GLOBAL APPEND PROPERTY PESMATCH_LIBRARY_STAGES ${target})
  endif()
  # For the layering tests: the compiler's include path of this stage and its object files.
  file(GENERATE OUTPUT ${PESMATCH_STAGES_DIR}/${stage}.cmake CONTENT
    "set(STAGE_INCLUDES \"$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>\")\nlist(APPEND STAGE_OBJECTS \"$<TARGET_OBJECTS:${target}>\")\n")
endfunction()

# The stage map for the layering tests (tests/layering/): the stages in order, what each sees and
# which public headers each implements.
function(pesmatch_write_stage_map)
  get_property(stages GLOBAL PROPERTY PESMATCH_STAGES)
  set(text "set(STAGES ${stages})\n")
  foreach(stage IN LISTS stages)
    get_property(visible GLOBAL PROPERTY PESMATCH_STAGE_${stage}_VISIBLE)
    get_property(headers GLOBAL PROPERTY PESMATCH_STAGE_${stage}_HEADERS)
    string(APPEND text "set(STAGE_${stage}_VISIBLE ${visible})\nset(STAGE_${stage}_HEADERS ${headers})\n")
  endforeach()
  file(WRITE ${PESMATCH_STAGES_DIR}/map.cmake "${text}")
endfunction()
