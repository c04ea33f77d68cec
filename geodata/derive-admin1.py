#!/usr/bin/env python3
"""Adds names of first-order divisions of Syria's neighbours to geonames-admin1.csv.

GeoNames gives each place only the code of its first-order division (LB.05, TR.31); the names file it publishes is
not in the npm package we take cities500 from. The curated governorates and provinces (curated-places.csv) sit on
their seat's GeoNames point, so a division's name is the curated region at the point of the division's seat (PPLA).
Turkish provinces not curated take their seat's name (a Turkish province is named after its seat), except the two
whose seat is named otherwise. The Syrian rows already in the file are kept. Usage: python3 geodata/derive-admin1.py
"""
import csv
import gzip
import os

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = ("LB", "JO", "IQ", "TR")
TURKISH_SEATS = {"İzmit": "Kocaeli", "Adapazarı": "Sakarya"}


def main():
    path = os.path.join(HERE, "geonames-admin1.csv")
    with open(path, encoding="utf-8") as f:
        rows = {r["code"]: r["name"] for r in csv.DictReader(f) if not r["code"].startswith(COUNTRIES)}
    with open(os.path.join(HERE, "curated-places.csv"), encoding="utf-8") as f:
        regions = [r for r in csv.DictReader(f) if r["kind"] == "region" and r["country_code"] in COUNTRIES]
    seats = {}
    with gzip.open(os.path.join(HERE, "geonames-cities500.tsv.gz"), "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["country_code"] in COUNTRIES and r["feature_code"] in ("PPLA", "PPLC") and r["admin1"]:
                seats.setdefault(r["country_code"] + "." + r["admin1"], r)
    for code, seat in sorted(seats.items()):
        lat, lon = float(seat["latitude"]), float(seat["longitude"])
        match = [r for r in regions if r["country_code"] == seat["country_code"]
                 and abs(float(r["lat"]) - lat) < 0.005 and abs(float(r["lon"]) - lon) < 0.005]
        if match:
            rows[code] = match[0]["admin1"] or match[0]["name"]
        elif seat["country_code"] == "TR":
            rows[code] = TURKISH_SEATS.get(seat["name"], seat["name"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name"])
        for code in sorted(rows):
            w.writerow([code, rows[code]])
    print(f"wrote {len(rows)} division names to {path}")


if __name__ == "__main__":
    main()
