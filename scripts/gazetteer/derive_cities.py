#!/usr/bin/env python3
"""Derives kgi's compact gazetteer from GeoNames' cities500.txt (CC-BY 4.0).

Reads cities500.txt on stdin and writes TSV rows to stdout:
name, ascii name, alternate names (comma-separated, few), country code, admin1 code, lat, lon,
population, feature code. All populated places are kept; alternate names are kept only for larger
places and only when they are short Latin-script spellings, to keep the resource small.
"""
import re
import sys

ALT_MIN_POPULATION = 100_000
MAX_ALTS = 4
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .-]{3,40}$")


def alternates(name, ascii_name, raw):
    seen = {name.lower(), ascii_name.lower()}
    out = []
    for alt in raw.split(","):
        alt = alt.strip()
        if not LATIN.match(alt) or alt.lower() in seen or alt.isupper():
            continue
        if len(alt.split()) > 3:
            continue
        seen.add(alt.lower())
        out.append(alt)
        if len(out) >= MAX_ALTS:
            break
    return out


def main():
    for line in sys.stdin:
        f = line.rstrip("\n").split("\t")
        if len(f) < 15 or f[6] != "P":
            continue
        name, ascii_name, raw_alts = f[1], f[2], f[3]
        population = int(f[14] or 0)
        alts = alternates(name, ascii_name, raw_alts) if population >= ALT_MIN_POPULATION else []
        lat = f"{float(f[4]):.4f}"
        lon = f"{float(f[5]):.4f}"
        row = [name, ascii_name if ascii_name != name else "", ",".join(alts), f[8], f[10], lat, lon,
               str(population), f[7]]
        sys.stdout.write("\t".join(x.replace("\t", " ") for x in row) + "\n")


if __name__ == "__main__":
    main()
