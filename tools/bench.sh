#!/usr/bin/env bash
# Runs every Google Benchmark suite and writes one JSON report.
#   tools/bench.sh [BUILD_DIR] [OUT.json] [extra benchmark flags…]
# Catalogue sizes: $PESMATCH_BENCH_SIZES (default 10000; the full sweep is
#   PESMATCH_BENCH_SIZES=10000,100000,1000000 tools/bench.sh). Synthetic catalogues and their
# indexes are cached in BUILD_DIR/bench-cache (keyed by size and digest); delete it to start over.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
out="${2:-$build/bench.json}"
shift $(( $# > 2 ? 2 : $# ))
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target pesmatch pesmatch_bench >&2
"$build/bench/pesmatch_bench" --benchmark_format=console --benchmark_out="$out" --benchmark_out_format=json \
  --benchmark_counters_tabular=true "$@"
echo "bench: JSON report in $out" >&2
