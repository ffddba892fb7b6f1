#!/usr/bin/env bash
# Load test of `pesmatch serve` on loopback: POST /v1/match with wrk for DURATION seconds while the
# server's resident memory is sampled every 5 s. Stops the server it started when done.
#   tools/load_serve.sh DB_DIR TENDERS.jsonl [THREADS=2] [CONNECTIONS=THREADS] [DURATION=60] [PORT=18090]
set -euo pipefail
cd "$(dirname "$0")/.."
db="$1"; tenders="$2"; threads="${3:-2}"; conns="${4:-$threads}"; duration="${5:-60}"; port="${6:-18090}"
bin="${PESMATCH_BIN:-build/pesmatch}"
command -v wrk >/dev/null || { echo "load_serve: wrk is not installed (apt-get install wrk)" >&2; exit 2; }

"$bin" serve --db "$db" --port "$port" --threads "$threads" --no-log &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/v1/health" >/dev/null && break; sleep 0.2; done
# Warm every worker's engine (each opens the index once) before measuring.
head -1 "$tenders" > "/tmp/load_serve.$$.json"
for _ in $(seq $((threads * 4))); do
  curl -sf -o /dev/null -X POST --data-binary "@/tmp/load_serve.$$.json" "http://127.0.0.1:$port/v1/match" &
done
wait_warm() { for j in $(jobs -p); do [[ "$j" == "$pid" ]] || wait "$j"; done; }
wait_warm
rm -f "/tmp/load_serve.$$.json"

rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
echo "load_serve: RSS before: $(rss) kB"
SECONDS=0
( for _ in $(seq $((duration / 5))); do sleep 5; echo "load_serve: RSS at +${SECONDS}s: $(rss) kB"; done ) &
sampler=$!
wrk -t"$threads" -c"$conns" -d"${duration}s" --latency -s tools/wrk_match.lua "http://127.0.0.1:$port" -- "$tenders"
wait "$sampler" 2>/dev/null || true
echo "load_serve: RSS after: $(rss) kB"
