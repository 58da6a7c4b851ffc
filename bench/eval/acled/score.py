#!/usr/bin/env python3
"""Score the kgi rule-based extractor against dev.jsonl (standard library only).

usage: score.py [JAR] [--dev FILE] [--only ID] [--java JAVA] [--raw OUT.jsonl]

Metrics
  place recall : gold place counts if an extracted entity of kind "place" has a
                 mention overlapping the gold name's occurrence in the text.
  group recall : gold group counts if an extracted actor of type "armed_group"
                 has a mention overlapping it; other overlaps are reported by type.
  event type   : first event (lowest evidence start, else list order) has gold type;
                 also "any event has gold type" and "no event at all".
  date         : that first event's date.value == gold date; when there is no
                 event the report's top-level "date" is compared and counted apart.
Gold occurrence = first whole-word occurrence of the gold string in the text that is not
strictly inside the occurrence of another, longer gold name (e.g. "Sinaloa" inside
"Sinaloa Cartel", "Bui" inside "Bui Warriors"); occurrences glued to a hyphen
("China-brokered") are used only if there is no other; else plain first occurrence.
"""
import argparse, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import kgi_extract  # noqa: E402


def run_extractor(java, jar, rows):
    return kgi_extract.extract(jar, {r["id"]: r["text"] + "\n" for r in rows}, java)


def occurrences(name, text, strict=False):
    b = r"[\w-]" if strict else r"\w"
    return [(m.start(), m.end()) for m in
            re.finditer(r"(?<!" + b + ")" + re.escape(name) + r"(?!" + b + ")", text)]


def gold_span(name, text, others):
    """First whole-word occurrence not strictly inside an occurrence of a longer gold name.
    Occurrences glued to a hyphen ("China-brokered", "ISKP-claimed") are tried last."""
    bigger = []
    for o in others:
        if o != name and name in o:
            bigger += occurrences(o, text)
    for strict in (True, False):
        for s, e in occurrences(name, text, strict):
            if not any(bs <= s and e <= be and (be - bs) > (e - s) for bs, be in bigger):
                return s, e
    i = text.find(name)
    return (i, i + len(name)) if i >= 0 else None


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def mention_spans(ent, text):
    spans = []
    for m in ent.get("mentions") or []:
        s, e = m.get("start"), m.get("end")
        if isinstance(s, int) and isinstance(e, int):
            spans.append((s, e))
        elif m.get("text") and m["text"] in text:          # fall back to the mention text
            i = text.find(m["text"]); spans.append((i, i + len(m["text"])))
    return spans


def type_matches(got, gold):
    """ACLED's event type; "Riots/Protests", one type in ACLED's codebook before 2019, is either of today's two."""
    return got == gold or gold == "Riots/Protests" and got in ("Riots", "Protests")


def first_event(doc):
    evs = doc.get("events") or []
    if not evs:
        return None
    def key(iv):
        i, ev = iv
        s = (ev.get("evidence") or {}).get("start")
        return (s if isinstance(s, int) else 10 ** 9, i)
    return sorted(enumerate(evs), key=key)[0][1]


def ev_date(ev):
    d = ev.get("date")
    if isinstance(d, dict):
        return d.get("value")
    return d


def ent_summary(doc):
    return "; ".join("%s[%s/%s]" % (e.get("name"), e.get("kind"), e.get("type"))
                     for e in doc.get("entities") or []) or "(no entities)"


def ev_summary(doc):
    evs = doc.get("events") or []
    if not evs:
        return "(no events; report date=%s)" % doc.get("date")
    return "; ".join("%s/%s@%s" % (e.get("type"), e.get("subType"), ev_date(e)) for e in evs)


def pct(n, d):
    return "%5.1f%% (%d/%d)" % (100.0 * n / d if d else 0.0, n, d)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("jar", nargs="?", default=os.path.join(HERE, "..", "..", "..", "server", "target", "kgi.jar"))
    ap.add_argument("--dev", default=os.path.join(HERE, "dev-1.jsonl"))
    ap.add_argument("--only", help="show one paragraph's gold and full extraction")
    ap.add_argument("--java", help="java executable (default: a JDK 25 under /usr/lib/jvm, else PATH)")
    ap.add_argument("--raw", help="also save the extractor's raw output lines to this file")
    a = ap.parse_args()

    rows = [json.loads(l) for l in open(a.dev, encoding="utf-8") if l.strip()]
    if a.only:
        rows = [r for r in rows if r["id"] == a.only]
        if not rows:
            sys.exit("no paragraph with id %s" % a.only)
    docs, err = run_extractor(a.java, a.jar, rows)
    if a.raw:
        with open(a.raw, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(docs.get(r["id"]), ensure_ascii=False) + "\n")

    if a.only:
        r = rows[0]
        print("TEXT :", r["text"])
        print("GOLD : places=%s groups=%s type=%s date=%s" % (r["places"], r["groups"], r["event_type"], r["date"]))
        doc = docs.get(r["id"])
        if doc is None:
            print("(no output for this file)\n" + err)
        else:
            print("ENTITIES:", ent_summary(doc))
            print("EVENTS  :", ev_summary(doc))
            print(json.dumps(doc, indent=2, ensure_ascii=False))
        return

    n_place = n_place_ok = n_group = n_group_ok = 0
    group_other = Counter(); group_none = 0
    type_ok = type_any = no_event = 0
    date_ok = date_noev = date_noev_ok = 0
    confusion = Counter()
    by_style = defaultdict(Counter)
    misses = defaultdict(list)
    warn_offsets = 0

    for r in rows:
        rid, text = r["id"], r["text"]
        style = rid.rstrip("0123456789") or "?"
        doc = docs.get(rid) or {"entities": [], "events": [], "date": None, "_missing": True}
        if doc.get("_missing"):
            misses["no-output"].append("%s  extractor produced no line for this file" % rid)
        ents = doc.get("entities") or []
        for e in ents:
            for m in e.get("mentions") or []:
                s, t = m.get("start"), m.get("end")
                if isinstance(s, int) and m.get("text") is not None and text[s:t] != m["text"]:
                    warn_offsets += 1
        names = r["places"] + r["groups"]
        spanned = [(e, sp) for e in ents for sp in mention_spans(e, text)]

        for p in r["places"]:
            n_place += 1; by_style[style]["place_n"] += 1
            g = gold_span(p, text, names)
            hits = [e for e, sp in spanned if g and overlaps(sp, g)]
            if any(e.get("kind") == "place" for e in hits):
                n_place_ok += 1; by_style[style]["place_ok"] += 1
            else:
                got = ", ".join("%s[%s/%s]" % (e.get("name"), e.get("kind"), e.get("type")) for e in hits) or "nothing overlapping"
                misses["place"].append("%s  gold=%r  overlapped by: %s  | places extracted: %s" % (
                    rid, p, got, ", ".join("%s[%s]" % (e.get("name"), e.get("type")) for e in ents if e.get("kind") == "place") or "-"))

        for gname in r["groups"]:
            n_group += 1; by_style[style]["group_n"] += 1
            g = gold_span(gname, text, names)
            hits = [e for e, sp in spanned if g and overlaps(sp, g)]
            if any(e.get("kind") == "actor" and e.get("type") == "armed_group" for e in hits):
                n_group_ok += 1; by_style[style]["group_ok"] += 1
                continue
            if hits:
                h = next((e for e in hits if e.get("kind") == "actor"), hits[0])
                group_other["%s/%s" % (h.get("kind"), h.get("type"))] += 1
                got = ", ".join("%s[%s/%s]" % (e.get("name"), e.get("kind"), e.get("type")) for e in hits)
            else:
                group_none += 1
                got = "nothing overlapping"
            misses["group"].append("%s  gold=%r  overlapped by: %s  | actors extracted: %s" % (
                rid, gname, got, ", ".join("%s[%s]" % (e.get("name"), e.get("type")) for e in ents if e.get("kind") == "actor") or "-"))

        gold_t, gold_d = r["event_type"], r["date"]
        evs = doc.get("events") or []
        fe = first_event(doc)
        if fe is None:
            no_event += 1; by_style[style]["noev"] += 1
            confusion[(gold_t, "(none)")] += 1
            misses["event_type"].append("%s  gold=%s  got: no event at all" % (rid, gold_t))
            date_noev += 1
            if doc.get("date") == gold_d:
                date_noev_ok += 1; by_style[style]["date_ok"] += 1
            else:
                misses["date"].append("%s  gold=%s  got: no event; report date=%s" % (rid, gold_d, doc.get("date")))
        else:
            confusion[(gold_t, fe.get("type"))] += 1
            if type_matches(fe.get("type"), gold_t):
                type_ok += 1; by_style[style]["type_ok"] += 1
            else:
                misses["event_type"].append("%s  gold=%s  first=%s/%s  | all: %s" % (
                    rid, gold_t, fe.get("type"), fe.get("subType"), ev_summary(doc)))
            if ev_date(fe) == gold_d:
                date_ok += 1; by_style[style]["date_ok"] += 1
            else:
                misses["date"].append("%s  gold=%s  first event date=%s (%s)  | all: %s | report date=%s" % (
                    rid, gold_d, ev_date(fe), (fe.get("date") or {}).get("precision") if isinstance(fe.get("date"), dict) else "",
                    ev_summary(doc), doc.get("date")))
        if any(type_matches(e.get("type"), gold_t) for e in evs):
            type_any += 1
        by_style[style]["n"] += 1

    n = len(rows)
    print("== kgi extractor vs %s (%d paragraphs, jar %s)" % (os.path.basename(a.dev), n, a.jar))
    print("place recall        : %s" % pct(n_place_ok, n_place))
    print("group recall        : %s   [other actor/place type: %d %s; not found at all: %d]" % (
        pct(n_group_ok, n_group), sum(group_other.values()), dict(group_other.most_common()), group_none))
    print("event type accuracy : %s   [any event has gold type: %s; no event at all: %d]" % (
        pct(type_ok, n), pct(type_any, n).strip(), no_event))
    print("date accuracy       : %s   [first event's date; paragraphs with no event: %d, of which report date right: %d]" % (
        pct(date_ok + date_noev_ok, n), date_noev, date_noev_ok))
    print("  (date over paragraphs with an event only: %s)" % pct(date_ok, n - date_noev).strip())
    print("  (style h = held-out/news style, a = ACLED event-note style)")
    for st in sorted(by_style):
        c = by_style[st]
        print("  style %-2s n=%3d  place %s  group %s  type %s  date %s" % (
            st, c["n"], pct(c["place_ok"], c["place_n"]).strip(), pct(c["group_ok"], c["group_n"]).strip(),
            pct(c["type_ok"], c["n"]).strip(), pct(c["date_ok"], c["n"]).strip()))
    if warn_offsets:
        print("WARNING: %d mentions whose start/end do not match their text" % warn_offsets)
    print("\n== event type confusion (gold -> first event type), misses only")
    for (g, p), k in sorted(confusion.items(), key=lambda x: -x[1]):
        if g != p:
            print("  %3d  %-28s -> %s" % (k, g, p))
    for metric in ("no-output", "place", "group", "event_type", "date"):
        if misses[metric]:
            print("\n== misses: %s (%d)" % (metric, len(misses[metric])))
            for m in misses[metric]:
                print("  " + m)


if __name__ == "__main__":
    main()
