#!/usr/bin/env python3
"""Derives kgi's list of first-level regions (states, provinces, regions, departments) from the npm package
country-region-data (MIT, see NOTICE): reads its data.json on stdin, writes "name <TAB> ISO country code" rows.

Slash-separated spellings ("Bam/Lake Bam") give one row each; a trailing "Province", "Region" or the like also
gives the bare name ("Banwa Province", "Banwa"), and so does a leading "Republic of" ("Republic of Ingushetia",
"Ingushetia"). Names that are ordinary English or French words, compass points
or too short to be safe alone (Centre, Delta, Plateau, Nord, Meta) are left out: a report's own words still find
them ("Plateau State", "the Centre region").
"""
import json
import re
import sys

STOP = {
    "centre", "center", "central", "est", "east", "eastern", "nord", "north", "northern", "sud", "south", "southern",
    "ouest", "west", "western", "nord-ouest", "nord-est", "sud-ouest", "sud-est", "north west", "north east",
    "south west", "south east", "north-west", "north-east", "south-west", "south-east", "northwest", "northeast",
    "southwest", "southeast", "littoral", "delta", "rivers", "plateau", "plateaux", "lakes", "lake", "coast",
    "coastal", "island", "islands", "bay", "meta", "capital", "upper", "lower", "middle", "highlands", "highland",
    "montana", "sea", "valley", "border", "mountain", "mountains", "maritime", "savanes", "lagunes", "river",
    "interior", "federal", "union", "santander", "colon", "colón", "independence", "liberty", "victoria", "central river",
    "north central", "greater", "national capital", "distrito federal", "capital district", "federal district",
    "city", "sud-kivu", "western area", "eastern province", "northern province", "southern province",
    "western province", "central province", "north western", "south western", "far north", "adrar",
    "saint andrew", "saint george", "saint james", "saint john", "saint thomas", "saint peter", "saint paul",
    "saint mary", "saint patrick", "saint david", "saint joseph", "saint michael", "saint philip", "saint lucy",
    "christ church", "bird island", "rabbit island", "la paz", "san jose", "san josé", "santa cruz", "la libertad",
    "hong kong", "guadeloupe", "martinique", "saint martin", "georgia", "jordan", "chad", "niger", "lebanon",
    "washington", "virginia", "carolina", "dakota", "jersey", "york", "paris", "madrid", "london",
}
SUFFIX = re.compile(r"\s+(Province|Region|Governorate|State|Department|District|Prefecture|County|Oblast|"
                    r"Municipality|Division|Territory|Parish|Emirate|Canton)$", re.IGNORECASE)
PREFIX = re.compile(r"^Republic of\s+")


def spellings(raw):
    out = []
    for part in raw.split("/"):
        part = re.sub(r"\s*\([^)]*\)\s*", " ", part).strip()
        if part:
            out.append(part)
            bare = PREFIX.sub("", SUFFIX.sub("", part)).strip()
            if bare and bare != part:
                out.append(bare)
    return out


def main():
    data = json.load(sys.stdin)
    countries = {c["countryName"].lower() for c in data}
    seen = set()
    for c in data:
        cc = c["countryShortCode"]
        for r in c["regions"]:
            for name in spellings(r["name"]):
                low = name.lower()
                if len(name) < 4 or low in STOP or low in countries or (low, cc) in seen:
                    continue
                seen.add((low, cc))
                sys.stdout.write(f"{name}\t{cc}\n")


if __name__ == "__main__":
    main()
