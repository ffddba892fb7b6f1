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
          libhunspell-dev hunspell-pl libcli11-dev
          libgtest-dev libgmock-dev libbenchmark-dev)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
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
    ;;
  build) ;;
  *) echo "usage: tools/setup.sh [demo|test|build]" >&2; exit 2 ;;
esac
