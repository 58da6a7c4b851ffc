"""Scores kgi on long reports: events found and analysts' must-not items held (standard library only).

usage: python3 bench/eval/longform/score.py JAR [--dev FILE ...] [--show]

Each line of a dev file: {"id", "title", "date", "source", "text", "actors", "events", "must_not"}, written by hand
without running kgi (see README.md). Each report is given to `kgi extract --json` as a Markdown file whose front
matter carries its title, date and source, as `kgi index` would read it.

- event recall: a gold event is found when one extracted event has its type and sub-type, has its date (or a finer
  one within it), includes every must_include_participants name as a participant in any role, and happened at a place
  whose name or alias is the gold place or lies within it (located_in, up to three hops); also shown: events of the
  gold's type and date only;
- must_not held: the share of items all of whose checks hold (one_entity, distinct, no_entity, not_participant,
  no_event: the vocabulary of the corpus gold, read the same way as MustNotChecker in the indexer's tests).
Names match ignoring case, accents and anything but letters and digits.
"""
import json, os, sys, unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import kgi_extract


def key(name):
    s = unicodedata.normalize("NFKD", name or "")
    return "".join(c.lower() for c in s if c.isalnum() and not unicodedata.combining(c))


def names_of(e):
    return {key(e.get("name"))} | {key(a) for a in e.get("aliases", [])}


def extract(jar, reports):
    """Each report as a Markdown file whose front matter carries its title, date and source."""
    texts = {r["id"]: "---\ntitle: %s\ndate: %s\nsource: %s\n---\n\n%s\n" % (
        r["title"].replace("\n", " "), r["date"], r.get("source", "").replace("\n", " "), r["text"]) for r in reports}
    out, _ = kgi_extract.extract(jar, texts, suffix=".md")
    return out


class Doc:
    def __init__(self, x):
        self.x = x
        self.by_id = {e["id"]: e for e in x.get("entities", [])}
        self.located = {}
        for r in x.get("relations", []):
            if r.get("type") == "located_in":
                self.located.setdefault(r["source"], set()).add(r["target"])

    def matching(self, names):
        keys = {key(n) for n in names}
        return [e for e in self.x.get("entities", []) if names_of(e) & keys]

    def reaches(self, place_id, k, depth=0):
        p = self.by_id.get(place_id)
        if p is not None and k in names_of(p):
            return True
        return depth < 3 and any(self.reaches(u, k, depth + 1) for u in self.located.get(place_id, ()))

    def events(self, f):
        out = []
        for e in self.x.get("events", []):
            d = (e.get("date") or {}).get("value")
            ev = ((e.get("evidence") or {}).get("text") or "").lower()
            if f.get("event_type") and f["event_type"] != e.get("type"):
                continue
            if f.get("sub_event_type") and f["sub_event_type"] != e.get("subType"):
                continue
            if f.get("date") and not (d and within(d, f["date"])):
                continue
            if f.get("evidence_contains") and f["evidence_contains"].lower() not in ev:
                continue
            modality = f.get("modality", "asserted")
            if modality != "any" and modality != e.get("modality", "asserted"):
                continue
            out.append(e)
        return out

    def participant(self, p):
        return self.by_id.get(p.get("id"))


def within(value, gold):
    return value == gold or (len(gold) < len(value) and value.startswith(gold + "-"))


def loosely_found(doc, g):
    """One extracted event of the gold's type whose date equals or falls within the gold's (sub-type, place and
    participants aside)."""
    for e in doc.x.get("events", []):
        d = (e.get("date") or {}).get("value")
        if e.get("type") == g.get("event_type") and (not g.get("date") or (d and within(d, g["date"]))):
            return True
    return False


def event_miss(doc, g):
    """'' when one extracted event matches the gold event, else why the nearest ones do not."""
    whys = []
    for e in doc.x.get("events", []):
        if e.get("type") != g.get("event_type"):
            continue
        if g.get("sub_event_type") and g["sub_event_type"] != e.get("subType"):
            whys.append("%s: sub-type %s" % (e.get("id"), e.get("subType")))
            continue
        d = (e.get("date") or {}).get("value")
        if g.get("date") and not (d and within(d, g["date"])):
            whys.append("%s: date %s" % (e.get("id"), d))
            continue
        if g.get("place") and not (e.get("place") and doc.reaches(e["place"], key(g["place"]))):
            whys.append("%s: place %s" % (e.get("id"), e.get("place")))
            continue
        missing = [n for n in g.get("must_include_participants", [])
                   if not any(doc.participant(p) is not None and key(n) in names_of(doc.participant(p))
                              for p in e.get("participants", []))]
        if not missing:
            return ""
        whys.append("%s: without %s" % (e.get("id"), missing))
    if not whys:
        whys.append("no %s event; found: %s" % (g.get("event_type"), sorted(
            {"%s/%s" % (e.get("type"), e.get("subType")) for e in doc.x.get("events", [])})))
    return "; ".join(whys)


def broken(doc, c):
    """What breaks a check, or '' when it holds."""
    if "one_entity" in c:
        ids = {e["id"] for e in doc.matching(c["one_entity"])}
        return "entities %s" % sorted(ids) if len(ids) > 1 else ""
    if "distinct" in c:
        a, b = key(c["distinct"][0]), key(c["distinct"][1])
        for e in doc.x.get("entities", []):
            if a in names_of(e) and b in names_of(e):
                return "one entity %s for both" % e["id"]
        return ""
    if "no_entity" in c:
        for e in doc.matching(c["no_entity"]):
            if not c.get("kind") or c["kind"] == e.get("kind"):
                return "entity %s (%s)" % (e["id"], e.get("type"))
        return ""
    if "not_participant" in c:
        k = key(c["not_participant"])
        role = c.get("role")
        for ev in doc.events(c):
            for p in ev.get("participants", []):
                en = doc.participant(p)
                r = p.get("role")
                in_role = not role or (r == "target" if role == "target" else r in ("actor", "ally"))
                if en is not None and in_role and k in names_of(en):
                    return "event %s has %s as %s" % (ev.get("id"), en["id"], r)
        return ""
    if "no_event" in c:
        found = doc.events(c["no_event"])
        return "event %s %s/%s" % (found[0].get("id"), found[0].get("type"), found[0].get("subType")) if found else ""
    raise ValueError("unknown check %r" % c)


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    jar = args.pop(0)
    devs, show = [], False
    while args:
        a = args.pop(0)
        if a == "--dev":
            devs.append(args.pop(0))
        elif a == "--show":
            show = True
    if not devs:
        here = os.path.dirname(os.path.abspath(__file__))
        devs = sorted(os.path.join(here, f) for f in os.listdir(here) if f.endswith(".jsonl"))
    for dev in devs:
        reports = [json.loads(l) for l in open(dev, encoding="utf-8") if l.strip()]
        out = extract(jar, reports)
        ev_n = ev_ok = ev_loose = mn_n = mn_ok = 0
        misses = []
        for r in reports:
            doc = Doc(out.get(r["id"], {}))
            for g in r.get("events", []):
                ev_n += 1
                ev_loose += 1 if loosely_found(doc, g) else 0
                why = event_miss(doc, g)
                if not why:
                    ev_ok += 1
                else:
                    misses.append("%s  event missed: %s  (%s)" % (r["id"], g.get("label"), why))
            for m in r.get("must_not", []):
                mn_n += 1
                why = ""
                for c in m.get("checks", []):
                    why = broken(doc, c)
                    if why:
                        break
                if why:
                    misses.append("%s  must_not broken: %s  (%s)" % (r["id"], m.get("text"), why))
                else:
                    mn_ok += 1
        print("== kgi long reports vs %s (%d reports, jar %s)" % (os.path.basename(dev), len(reports), jar))
        print("event recall     %5.1f%% (%d/%d)   type and date only: %5.1f%% (%d/%d)" % (
            100.0 * ev_ok / max(ev_n, 1), ev_ok, ev_n, 100.0 * ev_loose / max(ev_n, 1), ev_loose, ev_n))
        print("must_not held    %5.1f%% (%d/%d)" % (100.0 * mn_ok / max(mn_n, 1), mn_ok, mn_n))
        if show:
            for line in misses:
                print("  " + line)


if __name__ == "__main__":
    main()
