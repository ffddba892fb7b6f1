#!/usr/bin/env bash
# Proves the installed package usable from outside the tree: installs build/ into a temporary
# prefix, builds examples/consumer against it with find_package(pesmatch) and runs it, then
# compiles and runs a one-file program with `pkg-config --cflags --libs pesmatch`.
#   tools/check-install.sh [BUILD_DIR]   (default build; run after building it)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"

cmake --install "$build" --prefix "$prefix" >/dev/null
# The compiled-in defaults point at the configured prefix (CMAKE_INSTALL_PREFIX), not this one;
# the reference data is never shipped.
export PESMATCH_DATA="$prefix/share/pesmatch/data"
export PESMATCH_REFERENCE="${PESMATCH_REFERENCE:-$PWD/../shared/reference}"
export LD_LIBRARY_PATH="$(dirname "$(find "$prefix" -name 'libpesmatch.so' | head -1)")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

echo "check-install: find_package(pesmatch 0.2) from $prefix" >&2
cmake -S examples/consumer -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$tmp/consumer" >/dev/null
"$tmp/consumer/consumer" "$tmp/consumer.db" >"$tmp/consumer.out"
head -8 "$tmp/consumer.out"
grep -q "^pesmatch 0\.2" "$tmp/consumer.out"
"$prefix/bin/pesmatch" --version

echo "check-install: pkg-config --cflags --libs pesmatch" >&2
export PKG_CONFIG_PATH="$(dirname "$(find "$prefix" -name pesmatch.pc | head -1)")"
cat > "$tmp/one.cpp" <<'CPP'
#include <pesmatch/analyzer.hpp>
#include <pesmatch/reference.hpp>
#include <pesmatch/version.hpp>
#include <iostream>
int main() {
  pesmatch::Analyzer analyzer(pesmatch::AnalyzerConfig::defaults(pesmatch::resolve_data_dir("")));
  const auto words = analyzer.analyze("Sprzątanie pomieszczeń biurowych").words;
  std::cout << "pesmatch " << pesmatch::version() << " (headers " << PESMATCH_VERSION_STRING << "): "
            << words.size() << " words\n";
  return words.empty() || std::string(pesmatch::version()) != PESMATCH_VERSION_STRING;
}
CPP
# shellcheck disable=SC2046
g++ -std=c++20 "$tmp/one.cpp" -o "$tmp/one" $(pkg-config --cflags --libs pesmatch)
"$tmp/one"
echo "check-install: ok" >&2
