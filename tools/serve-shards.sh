#!/usr/bin/env bash
# Serves every shard of a sharded pesmatch index (index --shard-by wojewodztwo) with its own
# xapian-tcpsrv, on consecutive ports, and prints the stub for the client (`match --db STUB`):
#   tools/serve-shards.sh DIR FIRST_PORT [ADDRESS] > remote.stub     # ADDRESS: 127.0.0.1 by default
# Runs in the foreground until interrupted; Ctrl-C (or SIGTERM) stops every server it started.
# xapian-tcpsrv has no authentication or encryption: bind ADDRESS to loopback or a private network.
set -euo pipefail

if (($# < 2)); then
  echo "usage: $0 DIR FIRST_PORT [ADDRESS]" >&2
  exit 2
fi
dir="$1" port="$2" address="${3:-127.0.0.1}"
shopt -s nullglob
shards=("$dir"/current/shards/*/)
if ((${#shards[@]} == 0)); then
  echo "$0: $dir holds no shards (build it with: pesmatch index --shard-by wojewodztwo)" >&2
  exit 4
fi

# Each server in a process group of its own (job control on): xapian-tcpsrv 1.4 answers SIGTERM
# by signalling its whole group, which would otherwise take this script and its caller down too.
set -m
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
trap 'exit 143' INT TERM
for shard in "${shards[@]}"; do
  # Served through DIR/current: each connection opens the generation published at that moment.
  xapian-tcpsrv --quiet --interface "$address" --port "$port" "${shard%/}" &
  pids+=($!)
  echo "remote $address:$port"
  port=$((port + 1))
done
wait
