#!/usr/bin/env bash
# Pools the candidates to judge for the development collection (data/bench): the union of the
# top 30 of five rankers over data/bench/tenders.jsonl, on the bench catalogue (the bundled PES
# and data/bench/pes_extra.jsonl). Writes pairs.tsv and judging sheets
# (tender text + PES text, nothing else) into OUT_DIR.
#   tools/bench/pool.sh OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:?usage: tools/bench/pool.sh OUT_DIR}"
mkdir -p "$out"
db="$out/pool.db"
cat data/examples/pes.jsonl data/bench/pes_extra.jsonl > "$out/catalogue.jsonl"
build/pesmatch index --pes "$out/catalogue.jsonl" --db "$db"
tenders=data/bench/tenders.jsonl
# Ranker variants: weights that lean on geography and on codes, to pool what each would find.
cat > "$out/model_geo.json" <<'JSON'
{"features":{"text":0.15,"concepts":0,"cpv":0,"pkd_bridge":0,"references":0,"proximity":0.45,"service_area":0.25,"same_gmina":0,
 "same_powiat":0.1,"neighbour_powiat":0,"same_wojewodztwo":0.05,"social_fit":0,"capacity":0}}
JSON
cat > "$out/model_code.json" <<'JSON'
{"features":{"text":0.2,"concepts":0.1,"cpv":0.45,"pkd_bridge":0.3,"references":0.05,"proximity":0,"service_area":0,"same_gmina":0,
 "same_powiat":0,"neighbour_powiat":0,"same_wojewodztwo":0,"social_fit":0,"capacity":0}}
JSON
build/pesmatch match --db "$db" --tenders "$tenders" --baseline bm25 --top 30 > "$out/bm25.run"
build/pesmatch match --db "$db" --tenders "$tenders" --baseline directory --top 30 > "$out/directory.run"
build/pesmatch match --db "$db" --tenders "$tenders" --format trec --top 30 > "$out/model.run"
build/pesmatch match --db "$db" --tenders "$tenders" --format trec --top 30 --model "$out/model_geo.json" > "$out/geo.run"
build/pesmatch match --db "$db" --tenders "$tenders" --format trec --top 30 --model "$out/model_code.json" > "$out/code.run"
cat "$out"/*.run | awk '{print $1 "\t" $3}' | sort -u > "$out/pairs.tsv"
python3 tools/bench/sheets.py "$out/pairs.tsv" "$out" 4
wc -l "$out/pairs.tsv"
