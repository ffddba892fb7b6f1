#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan+UBSan) into build-fuzz/ and runs each
# for SECONDS (default 30) from its seed corpus tests/fuzz/corpus/<target>. A crash, leak, OOM
# (-rss_limit_mb=2048) or hang (-timeout=10) fails the script; the reproducer is left in
# build-fuzz/findings/<target>/ and the log in build-fuzz/findings/<target>.log.
#   tools/fuzz.sh [SECONDS] [TARGET...]        e.g. tools/fuzz.sh 600 fuzz_ted_xml
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_pes_jsonl fuzz_tender_json fuzz_trec fuzz_ted_xml fuzz_eforms_xml fuzz_bzp_json fuzz_pes_csv fuzz_http_request)
build="${PESMATCH_FUZZ_BUILD:-build-fuzz}"

# A build directory set up before (tools/setup.sh test makes one with the tests too) is reused.
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="${PESMATCH_FUZZ_CXX:-clang++-14}" \
    -DPESMATCH_FUZZ=ON -DPESMATCH_BUILD_TESTS=OFF -DPESMATCH_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}"

for t in "${targets[@]}"; do
  # New inputs go to the first (working) corpus; the seeds in the repository stay as they are.
  mkdir -p "$build/corpus/$t" "$build/findings/$t"
  log="$build/findings/$t.log"
  if ! "$build/fuzz/$t" "$build/corpus/$t" "tests/fuzz/corpus/$t" -max_total_time="$seconds" -rss_limit_mb=2048 \
       -timeout=10 -artifact_prefix="$build/findings/$t/" -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: $t FAILED (reproducer in $build/findings/$t/, log $log)" >&2
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  echo "fuzz: $t ok, $runs executions in ${seconds} s" >&2
done
