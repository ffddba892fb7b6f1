#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root):
#   tools/setup.sh demo   install what is missing, build (Release) into build/, run the main job
#   tools/setup.sh test   the same set-up, then the whole test suite (ctest)
#   tools/setup.sh build  set-up and build only
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-demo}"
packages=(build-essential cmake pkg-config git
          libxapian-dev xapian-tools libeigen3-dev nlohmann-json3-dev
          libhunspell-dev hunspell-pl libicu-dev libcli11-dev
          libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev
          libcpp-httplib-dev libxml2-dev libjemalloc-dev ca-certificates chromium wrk nodejs)
# `test` also runs the suite under ASan+UBSan and fuzzes the parsers with libFuzzer (clang).
if [[ "$mode" == test ]]; then packages+=(clang-14 libclang-rt-14-dev); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Debian's nodejs comes without npm; NodeSource's bundles it (and conflicts with the npm package).
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The browser test (tests/e2e) drives Debian's chromium with playwright-core from npm.
if [[ ! -d tests/e2e/node_modules/playwright-core ]]; then
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error) || echo "setup: npm ci failed in tests/e2e; the browser test will fail" >&2
fi

jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPESMATCH_BUILD_TESTS=ON -DPESMATCH_BUILD_BENCH=ON >/dev/null
cmake --build build -j "$jobs"

case "$mode" in
  demo)
    ./build/pesmatch index --pes data/examples/pes.jsonl --tenders data/examples/tenders.jsonl --db build/demo.db
    ./build/pesmatch match --db build/demo.db --tender data/examples/tender.json --top 10 --show-excluded
    ;;
  test)
    ctest --test-dir build --output-on-failure -j "$jobs"
    # The installed package, used from outside the tree: find_package(pesmatch) and pkg-config.
    bash tools/check-install.sh build
    # The same suite under AddressSanitizer + UndefinedBehaviorSanitizer. One clang build serves
    # this and the fuzz targets (PESMATCH_FUZZ brings the same sanitizers), so the library is
    # compiled once more, not twice. The kill/disk-full and concurrent-publish tests run here too:
    # a sanitizer report in a reader or in the killed writer is a failure like any other.
    cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DPESMATCH_SANITIZE=ON -DPESMATCH_FUZZ=ON -DPESMATCH_BUILD_TESTS=ON -DPESMATCH_BUILD_BENCH=OFF >/dev/null
    cmake --build build-fuzz -j "$jobs"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      ctest --test-dir build-fuzz --output-on-failure -j "$jobs"
    # Every input parser under libFuzzer, 30 s each (tools/fuzz.sh 600 for the 10-minute runs).
    bash tools/fuzz.sh 30
    ;;
  build) ;;
  *) echo "usage: tools/setup.sh [demo|test|build]" >&2; exit 2 ;;
esac
