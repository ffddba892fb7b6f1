#!/usr/bin/env bash
# tools/serve-shards.sh started, queried and stopped from a non-interactive script, as a nightly
# job would: the servers answer, `kill` stops every one of them, and the script that started them
# lives on (xapian-tcpsrv 1.4 answers SIGTERM by signalling its whole process group, so the servers
# must not share the caller's group).
#   serve_shards_test.sh PESMATCH_BINARY WORK_DIR
set -euo pipefail
pesmatch="$1" work="$2/serve-shards-test"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$pesmatch" index --pes "$repo/data/examples/pes.jsonl" --db "$work/db" --shard-by wojewodztwo 2>/dev/null
"$pesmatch" match --db "$work/db" --tender "$repo/data/examples/tender.json" --format trec > "$work/local.trec"

# Below Linux's ephemeral range (32768-), so that no outgoing connection of a test running beside
# this one holds a port the servers need.
port=$((20000 + RANDOM % 12000))
bash "$repo/tools/serve-shards.sh" "$work/db" "$port" > "$work/REMOTE" &
server=$!
for _ in $(seq 100); do  # the servers take a moment to listen
  if [[ $(grep -c remote "$work/REMOTE" || true) == 16 ]] &&
     timeout 10 "$pesmatch" match --db "$work/REMOTE" --tender "$repo/data/examples/tender.json" --format trec \
       > "$work/remote.trec" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
cmp -s "$work/local.trec" "$work/remote.trec" || fail "remote shards rank unlike local shards"
pgid=$(ps -o pgid= -p $$ | tr -d ' ')
servers=$(pgrep -P "$server" -x xapian-tcpsrv || true)
[[ -n "$servers" ]] || fail "no xapian-tcpsrv running"
for pid in $servers; do
  [[ $(ps -o pgid= -p "$pid" | tr -d ' ') != "$pgid" ]] || fail "server $pid shares the caller's process group"
done

kill "$server"
wait "$server" || true
# Reaching this line proves the caller survived; give the servers a moment to exit.
for _ in $(seq 50); do
  alive=0
  for pid in $servers; do kill -0 "$pid" 2>/dev/null && alive=1; done
  ((alive)) || break
  sleep 0.1
done
((alive == 0)) || fail "servers still running after the script was stopped"
echo "serve-shards: started, answered like local shards, stopped; the caller survived"
