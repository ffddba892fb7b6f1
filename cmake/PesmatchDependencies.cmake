# Debian packages, each exposed as an imported target so that targets link names, not variables.
find_package(PkgConfig REQUIRED)

# Xapian's CMake config sets only XAPIAN_LIBRARIES/XAPIAN_INCLUDE_DIR; pkg-config gives a target.
pkg_check_modules(XAPIAN REQUIRED IMPORTED_TARGET xapian-core)
add_library(pesmatch::xapian ALIAS PkgConfig::XAPIAN)

pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
add_library(pesmatch::hunspell ALIAS PkgConfig::HUNSPELL)

# libxml2 (Debian libxml2-dev): parses every XML and HTML pesmatch reads (src/core/xml.cpp).
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
add_library(pesmatch::libxml2 ALIAS PkgConfig::LIBXML2)

# ICU (libicu-dev): strict UTF-8 decoding and canonical decomposition for diacritic folding
# (src/core/utf8.cpp), and the Europe/Warsaw time-zone rules that turn notices' UTC instants into
# Polish dates (src/core/polish_time.cpp).
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-i18n icu-uc)
add_library(pesmatch::icu ALIAS PkgConfig::ICU)

find_package(Eigen3 3.3 REQUIRED NO_MODULE)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Threads REQUIRED)

# cpp-httplib (Debian libcpp-httplib-dev): the compiled library with its header, for `pesmatch serve`.
pkg_check_modules(CPPHTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
add_library(pesmatch::httplib ALIAS PkgConfig::CPPHTTPLIB)

# jemalloc (Debian libjemalloc-dev), optional: the CLI's malloc when PESMATCH_JEMALLOC is ON.
if(PESMATCH_JEMALLOC AND NOT PESMATCH_SANITIZE AND NOT PESMATCH_FUZZ)
  pkg_check_modules(JEMALLOC IMPORTED_TARGET jemalloc)
  if(JEMALLOC_FOUND)
    add_library(pesmatch::jemalloc ALIAS PkgConfig::JEMALLOC)
  else()
    message(STATUS "jemalloc not found (Debian libjemalloc-dev): the pesmatch CLI uses the C library's malloc")
  endif()
endif()

if(PESMATCH_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(PESMATCH_BUILD_BENCH)
  find_package(benchmark REQUIRED)
  # SQLite FTS5, the baseline the benchmarks compare pesmatch with (bench/bm_compare.cpp).
  pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
  add_library(pesmatch::sqlite3 ALIAS PkgConfig::SQLITE3)
endif()
