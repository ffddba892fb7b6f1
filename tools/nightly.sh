#!/usr/bin/env bash
# The nightly OWES loop: yesterday's e-Zamówienia contract notices -> tenders -> the index -> digests.
#   tools/nightly.sh DB DIR
# DB is a published pesmatch index (built once with `pesmatch index --pes ... --db DB`); DIR keeps
# one folder a day: DIR/DAY/bzp.jsonl (API records), tenders.jsonl, digest/ (digest.json, <pes>.md).
# Environment (all optional):
#   PESMATCH          the binary (default: build/pesmatch beside this script's repository)
#   NIGHTLY_DAY       the publication day to fetch, YYYY-MM-DD (default: yesterday, Polish time)
#   NIGHTLY_TYPE      the BZP notice type (default: ContractNotice)
#   NIGHTLY_MEMBERS   a file of member PES ids for the digest (default: every PES of the index)
#   NIGHTLY_FETCH_ARGS extra `fetch bzp` options, e.g. "--pause-ms 2000" or "--base-url URL"
# Exit: 0 all done; 3 done, but some notices were not converted (listed on stderr); 2 usage;
# 4 a step could not run (offline, unreadable index, ...): the steps after it were not run.
set -uo pipefail

if (($# != 2)); then
  echo "usage: tools/nightly.sh DB DIR" >&2
  exit 2
fi
db=$1
dir=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pesmatch=${PESMATCH:-$root/build/pesmatch}
day=${NIGHTLY_DAY:-$(TZ=Europe/Warsaw date -d yesterday +%F)}
type=${NIGHTLY_TYPE:-ContractNotice}
out="$dir/$day"
log() { echo "nightly: $*" >&2; }

mkdir -p "$out" || exit 4
# One run at a time: a second cron start while the first still fetches would index twice.
exec 9>"$dir/.nightly.lock"
if ! flock -n 9; then
  log "another run holds $dir/.nightly.lock"
  exit 4
fi

# Runs one step; stops the loop with the step's exit code unless it is one of the allowed ones.
step() {
  local allowed=$1
  shift
  log "$*"
  "$@"
  local rc=$?
  if ((rc != 0)) && [[ " $allowed " != *" $rc "* ]]; then
    log "stopped: exit $rc from: $*"
    exit "$rc"
  fi
  return "$rc"
}

# shellcheck disable=SC2086  # NIGHTLY_FETCH_ARGS is a list of options
step 0 "$pesmatch" fetch bzp --from "$day" --to "$day" --type "$type" --out "$out/bzp.jsonl" ${NIGHTLY_FETCH_ARGS:-}

# 3 = some notices were rejected; the converted ones are in tenders.jsonl and still go in.
import_rc=0
step "0 3" "$pesmatch" import bzp "$out/bzp.jsonl" --out "$out/tenders.jsonl" || import_rc=$?

if [[ ! -s "$out/tenders.jsonl" ]]; then
  log "no new tenders for $day; index and digests left as they were"
  exit "$import_rc"
fi
step 0 "$pesmatch" index --db "$db" --add-tenders "$out/tenders.jsonl" --skip-invalid

members=()
[[ -n "${NIGHTLY_MEMBERS:-}" ]] && members=(--members "$NIGHTLY_MEMBERS")
step 0 "$pesmatch" digest --db "$db" --since "$day" "${members[@]}" --out "$out/digest"

log "done: $out/digest"
exit "$import_rc"
