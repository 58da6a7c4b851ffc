#!/usr/bin/env python3
"""Derives kgi's compact gazetteer from GeoNames' cities500.txt (CC-BY 4.0).

Reads cities500.txt on stdin and writes TSV rows to stdout:
name, ascii name, alternate names (comma-separated, few), country code, admin1 code, lat, lon,
population, feature code. All populated places are kept; alternate names are kept only for larger
places and only when they are short Latin-script spellings, to keep the resource small: the first few, and
then the other spellings of the name in plain ASCII (Kiev for Kyiv, Basle for Basel, Grozny for Groznyy,
Fallujah for Al Fallujah), which are neither a country's name or demonym nor the name of another place.
"""
import difflib
import os
import re
import sys
import unicodedata

ALT_MIN_POPULATION = 100_000
MAX_ALTS = 4
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .-]{3,40}$")
# another spelling: ASCII letters, capitalised words (at most three), as close to the name as Kiev is to Kyiv
SPELLING = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){0,2}$")
SPELLING_MIN_RATIO = 0.75
ARTICLE = re.compile(r"^(al|el|as|ad|ar|an|at|az|ash)[ -]", re.I)
# alternate names that are jokes or stunts, not the place's: Topeka called itself Google for April 2010
NOT_THE_PLACE = {"google"}
COUNTRIES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "indexer", "src", "main",
                         "resources", "org", "kgi", "indexer", "extract", "gazetteer", "countries.tsv")


def key(s):
    """Lower case, accents and everything but letters and digits dropped (as kgi's Names.key)."""
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c))


def country_keys():
    keys = set()
    with open(COUNTRIES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            g = line.rstrip("\n").split("\t")
            keys.update(key(n) for n in [g[1]] + g[2].split("|") + g[3].split("|") if n)
    return keys


def spellings(ascii_name, raw, taken, avoid):
    """The alternate names that spell the place's own name another way in ASCII, none in taken or avoid."""
    base = key(ARTICLE.sub("", ascii_name))
    out = []
    for alt in raw.split(","):
        alt = alt.strip()
        k = key(alt)
        if k in taken or len(k) < 4 or not SPELLING.match(alt) or k in avoid:
            continue
        taken.add(k)
        if difflib.SequenceMatcher(None, k, base).ratio() >= SPELLING_MIN_RATIO:
            out.append(alt)
    return out



def alternates(name, ascii_name, raw):
    seen = {name.lower(), ascii_name.lower()}
    out = []
    for alt in raw.split(","):
        alt = alt.strip()
        if not LATIN.match(alt) or alt.lower() in seen or alt.isupper() or alt.lower() in NOT_THE_PLACE:
            continue
        if len(alt.split()) > 3:
            continue
        seen.add(alt.lower())
        out.append(alt)
        if len(out) >= MAX_ALTS:
            break
    return out


def main():
    rows = [line.rstrip("\n").split("\t") for line in sys.stdin]
    rows = [f for f in rows if len(f) >= 15 and f[6] == "P"]
    # a spelling that is the name of another place of 1,000 people or more is that place's, not this one's
    named = set()
    for f in rows:
        if int(f[14] or 0) >= 1_000:
            named.update((key(f[1]), key(f[2])))
    avoid = named | country_keys() | NOT_THE_PLACE
    for f in rows:
        name, ascii_name, raw_alts = f[1], f[2], f[3]
        population = int(f[14] or 0)
        alts = []
        if population >= ALT_MIN_POPULATION:
            alts = alternates(name, ascii_name, raw_alts)
            alts += spellings(ascii_name, raw_alts, {key(name), key(ascii_name)} | {key(a) for a in alts}, avoid)
        lat = f"{float(f[4]):.4f}"
        lon = f"{float(f[5]):.4f}"
        row = [name, ascii_name if ascii_name != name else "", ",".join(alts), f[8], f[10], lat, lon,
               str(population), f[7]]
        sys.stdout.write("\t".join(x.replace("\t", " ") for x in row) + "\n")


if __name__ == "__main__":
    main()
