#!/usr/bin/env python3
"""Turns the assessors' service-coverage labels into graded qrels with the rubric of
data/bench/README.md. Geography and eligibility are facts, computed here from the reference data
independently of the engine (an assessor must not share code with the system it judges).
usage: grade.py REFERENCE_DIR COVERAGE.tsv... > data/bench/qrels.txt"""
import csv
import json
import math
import sys

ART94_FORMS = {"spoldzielnia_socjalna", "cis", "kis", "zaz", "wtz"}
ART361_FORMS = ART94_FORMS | {"fundacja", "stowarzyszenie", "spolka_non_profit"}
NEAR_KM = 60.0
# The bench catalogue: the bundled 320 PES and the 180 written for the grown collection.
CATALOGUE = ("data/examples/pes.jsonl", "data/bench/pes_extra.jsonl")


def load_jsonl(*paths):
    out = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            out.update({r["id"]: r for r in map(json.loads, f)})
    return out


def load_centroids(reference):
    powiat = {}
    with open(f"{reference}/powiaty_geo.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            powiat[row["TERC_POW"]] = (float(row["lat"]), float(row["lon"]))
    woj = {}
    for code, (lat, lon) in powiat.items():
        woj.setdefault(code[:2], []).append((lat, lon))
    for code, points in woj.items():
        powiat[code] = (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
    return powiat


def km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def point(code, centroids):
    return centroids[code[:2]] if len(code) == 2 else centroids[code[:4]]


def seat(pes, centroids):
    loc = pes.get("location")
    return (loc["lat"], loc["lon"]) if loc else point(pes["teryt"], centroids)


def inside_area(pes, place, centroids):
    area = pes.get("service_area")
    if not area:
        return place.startswith(pes["teryt"][:4])
    if any(place.startswith(unit) for unit in area.get("teryt", [])):
        return True
    radius = area.get("radius_km")
    return radius is not None and km(seat(pes, centroids), point(place, centroids)) <= radius


def distance(pes, place, centroids):
    if len(place) == 2 and pes["teryt"].startswith(place):
        return 0.0
    return km(seat(pes, centroids), point(place, centroids))


def eligible(pes, tender):
    reserved = tender.get("reserved")
    if reserved == "art94":
        return pes["legal_form"] in ART94_FORMS or pes.get("disadvantaged_share", 0) >= 0.30
    if reserved == "art361":
        if not (pes.get("social_enterprise") or pes["legal_form"] in ART361_FORMS):
            return False
        year = int((tender.get("published") or "2026")[:4])
        buyer = tender.get("buyer", {}).get("name", "").lower()
        return not any(r.get("art361") and r.get("year", 0) >= year - 3 and r.get("buyer", "").lower() == buyer
                       for r in pes.get("references", []))
    return True


def grade(label, pes, tender, centroids):
    if label == "none" or not eligible(pes, tender):
        return 0
    if label == "related":
        return 1
    places = tender["place_teryt"]
    if any(inside_area(pes, p, centroids) for p in places):
        return 3
    near = min(distance(pes, p, centroids) for p in places) < NEAR_KM
    same_woj = any(pes["teryt"].startswith(p[:2]) for p in places)
    return 2 if near or same_woj else 1


def main(reference, coverage_paths):
    centroids = load_centroids(reference)
    pes = load_jsonl(*CATALOGUE)
    tenders = load_jsonl("data/bench/tenders.jsonl")
    lines = []
    for path in coverage_paths:
        with open(path, encoding="utf-8") as f:
            for row in f:
                tender_id, pes_id, label = row.rstrip("\n").split("\t")
                lines.append((tender_id, pes_id, grade(label, pes[pes_id], tenders[tender_id], centroids)))
    for tender_id, pes_id, g in sorted(lines):
        print(f"{tender_id} 0 {pes_id} {g}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
