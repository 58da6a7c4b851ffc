#!/usr/bin/env python3
"""Turn rows of an ACLED export into a set for acled/score.py (standard library only).

usage: acled_set.py PREFIX SOURCE... > set.jsonl

SOURCE is an ACLED export (.csv, with its header: event_date, event_type, actor1, inter1, actor2, inter2, country,
admin1..admin3, location, notes; in any case) or a folder of contiguous pieces of one, named by their offset (0.txt,
16000.txt, ...); for a folder that does not start the file, --header FILE.csv|FOLDER gives the header, and the first
and last rows, cut by the pieces' ends, are dropped (the last also from a folder that starts the file). An export of
one actor a row (each event once for each of its actors) gives each event once, by its event_id_cnty.

The gold, from ACLED's own coding of each row:
  places      location, admin3, admin2, admin1 and country, those the notes name as a whole word;
  groups      actor1 and actor2 coded rebel group (2), political militia (3) or identity militia (4), by number
              or by name, not "Unidentified ...", in the first form the notes use: the name without its bracketed
              country or years, or either side of "ABC: Long Name";
  event_type  ACLED's event type, those of its codebook before 2019 mapped to today's ("Battle-No change of
              territory" is "Battles", "Remote violence" "Explosions/Remote violence"...; "Riots/Protests" stays,
              and acled/score.py takes either of today's two for it);
  date        the event date (ISO).
"""
import argparse, csv, datetime, io, json, os, re, sys


def read(source):
    if os.path.isdir(source):
        names = sorted(os.listdir(source), key=lambda f: int(f.split(".")[0]))
        text = "".join(open(os.path.join(source, f), encoding="utf-8", newline="").read() for f in names)
        return text.replace("\r\n", "\n"), names[0].split(".")[0] == "0"
    return open(source, encoding="utf-8-sig", newline="").read().replace("\r\n", "\n"), True


def rows(source, header):
    text, whole = read(source)
    if whole:
        parsed = list(csv.DictReader(io.StringIO(text)))
        # pieces from the start of a file, not to its end: the last row may be cut
        yield from parsed if text.endswith("\n") or not os.path.isdir(source) else parsed[:-1]
        return
    # the first row that starts in the piece: rows open with a number, or an event id (SOM12345)
    m = re.search(r"\n(?=(\d+|[A-Z]{3}\d+),)", text)
    parsed = list(csv.reader(io.StringIO(text[m.start() + 1:])))[:-1]  # the last may be cut
    for r in parsed:
        if len(r) == len(header):
            yield dict(zip(header, r))
        else:
            print("skipped a row of %d fields: %s" % (len(r), r[:3]), file=sys.stderr)


GROUP_CODES = {"2", "3", "4", "rebel group", "political militia", "identity militia"}

OLD_TYPES = {"battle-no change of territory": "Battles", "battle-government regains territory": "Battles",
             "battle-non-state actor overtakes territory": "Battles", "remote violence": "Explosions/Remote violence",
             "strategic development": "Strategic developments", "non-violent transfer of territory":
             "Strategic developments", "headquarters or base established": "Strategic developments",
             "riots/protests": "Riots/Protests", "violence against civilians": "Violence against civilians"}


def event_type(t):
    return OLD_TYPES.get(t.strip().lower(), t.strip())


def whole_word(name, text):
    return bool(name) and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None


def forms(actor):
    a = re.sub(r"\s*\([^)]*\)", "", actor).strip()
    if ": " in a:
        short, full = a.split(": ", 1)
        return [full, short, a]
    return [a]


def iso(d):
    for fmt in ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%d-%m-%y"):
        try:
            return datetime.datetime.strptime(d, fmt).date().isoformat()
        except ValueError:
            pass
    raise ValueError("unknown date " + d)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("prefix")
    ap.add_argument("sources", nargs="+")
    ap.add_argument("--header", help="an export or first-piece folder whose first line is the header")
    a = ap.parse_args()
    header = None
    if a.header:
        header = next(csv.reader(io.StringIO(read(a.header)[0])))
    n = 0
    seen = set()
    for source in a.sources:
        for r in rows(source, header):
            r = {(k or "").strip().lower(): v for k, v in r.items()}
            text = (r.get("notes") or "").strip()
            event = r.get("event_id_cnty")
            if not text or event and event in seen:
                continue  # (an export of one actor a row lists an event once for each of its actors)
            seen.add(event)
            places = []
            for k in ("location", "admin3", "admin2", "admin1", "country"):
                p = (r.get(k) or "").strip()
                if p and p not in places and whole_word(p, text):
                    places.append(p)
            groups = []
            for actor, inter in (("actor1", "inter1"), ("actor2", "inter2")):
                name = r.get(actor) or ""
                if (r.get(inter) or "").strip().lower() in GROUP_CODES and name and not name.startswith("Unidentified"):
                    found = next((f for f in forms(name) if whole_word(f, text)), None)
                    if found and found not in groups:
                        groups.append(found)
            n += 1
            print(json.dumps({"id": "%s%03d" % (a.prefix, n), "text": text, "places": places, "groups": groups,
                              "event_type": event_type(r["event_type"]), "date": iso(r["event_date"])},
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
