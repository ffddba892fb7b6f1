#!/usr/bin/env python3
"""Writes judging sheets for pooled (tender, PES) pairs: the tender's text and each PES's own
text, nothing about location, form or rank, so the assessor judges service coverage alone.
usage: sheets.py PAIRS.tsv OUT_DIR PARTS"""
import collections
import sys

from grade import CATALOGUE, load_jsonl


def main(pairs_path, out_dir, parts):
    pes = load_jsonl(*CATALOGUE)
    tenders = load_jsonl("data/bench/tenders.jsonl")
    pairs = collections.defaultdict(list)
    with open(pairs_path, encoding="utf-8") as f:
        for line in f:
            tender, p = line.split()
            pairs[tender].append(p)
    ids = sorted(pairs)
    for part in range(parts):
        with open(f"{out_dir}/sheet_{part + 1}.txt", "w", encoding="utf-8") as out:
            for tender_id in ids[part::parts]:
                t = tenders[tender_id]
                out.write(f"=== TENDER {tender_id}\nTITLE: {t['title']}\nDESCRIPTION: {t.get('description', '')}\n"
                          f"CPV: {', '.join(t['cpv'])}\n\n")
                for pes_id in sorted(pairs[tender_id]):
                    p = pes[pes_id]
                    out.write(f"--- PAIR {tender_id} {pes_id}\nNAME: {p['name']}\nDESCRIPTION: {p['description']}\n"
                              f"SERVICES: {'; '.join(p.get('services', []))}\n\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
