"""Score kgi's actor-actor relations (acted_together, opposed) against hand-labelled passages (standard library only).

usage: python3 bench/eval/relations/score.py JAR [--dev FILE ...] [--show N]

Each line of a dev file: {"id", "text", "actors": [{"name", "aliases"}], "acted_together": [[a, b]], "opposed": [[a, b]]}.
An extracted entity stands for a gold actor when its name or one of its aliases equals the actor's name or one of its
aliases (ignoring case, accents, hyphens, quotes, dots and spaces). For each relation type:
  precision (gold actors): of the extracted edges whose two ends both stand for gold actors, the share the gold lists;
  precision (all named)  : the same over every extracted edge between two named entities (a name not all in lower
                           case), an end standing for no gold actor counting as wrong (a source, a bystander, junk);
  recall                 : of the gold pairs, the share an extracted edge of that type links.
"""
import argparse, glob, os, re, sys, unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import kgi_extract  # noqa: E402
import json  # noqa: E402

TYPES = ("acted_together", "opposed")


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[\s.\-'\"’‘“”]", "", s.lower())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("jar")
    ap.add_argument("--dev", nargs="*", default=sorted(glob.glob(os.path.join(here, "dev-*.jsonl"))))
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong and N missed edges of each type")
    a = ap.parse_args()
    rows = []
    for f in a.dev:
        with open(f, encoding="utf-8") as fh:
            rows += [json.loads(l) for l in fh if l.strip()]
    out, _ = kgi_extract.extract(a.jar, {r["id"]: r["text"] + "\n" for r in rows})
    tally = {t: {"tp_gold": 0, "n_gold": 0, "tp_all": 0, "n_all": 0, "found": 0, "pairs": 0} for t in TYPES}
    wrong = {t: [] for t in TYPES}
    missed = {t: [] for t in TYPES}
    for r in rows:
        actors = {}
        for g in r["actors"]:
            for n in [g["name"]] + g.get("aliases", []):
                actors.setdefault(key(n), g["name"])
        doc = out.get(r["id"], {})
        stands = {}
        names = {}
        for e in doc.get("entities", []):
            names[e["id"]] = e["name"]
            if e.get("kind") != "actor":
                continue
            for n in [e["name"]] + e.get("aliases", []):
                if key(n) in actors:
                    stands[e["id"]] = actors[key(n)]
                    break
        for t in TYPES:
            gold = {frozenset(p) for p in r.get(t, []) if len(set(p)) == 2}
            got = set()
            for rel in doc.get("relations", []):
                if rel["type"] != t:
                    continue
                s, o = rel["source"], rel["target"]
                if names.get(s, "").lower() == names.get(s, "") or names.get(o, "").lower() == names.get(o, ""):
                    continue  # a generic end (civilians, the military): not judged
                a_, b_ = stands.get(s), stands.get(o)
                tally[t]["n_all"] += 1
                if a_ and b_ and a_ != b_:
                    tally[t]["n_gold"] += 1
                    pair = frozenset((a_, b_))
                    got.add(pair)
                    if pair in gold:
                        tally[t]["tp_gold"] += 1
                        tally[t]["tp_all"] += 1
                        continue
                wrong[t].append("%s  %s -- %s" % (r["id"], names.get(s), names.get(o)))
            tally[t]["pairs"] += len(gold)
            tally[t]["found"] += len(gold & got)
            missed[t] += ["%s  %s -- %s" % (r["id"], *sorted(p)) for p in gold - got]
    print("== kgi relations vs %s (%d passages, jar %s)" % (", ".join(os.path.basename(f) for f in a.dev), len(rows), a.jar))
    for t in TYPES:
        x = tally[t]
        pct = lambda n, d: "%5.1f%% (%d/%d)" % (100.0 * n / d, n, d) if d else "  -   (0/0)"
        print("%-15s precision (gold actors) %s   precision (all named) %s   recall %s" % (
            t, pct(x["tp_gold"], x["n_gold"]), pct(x["tp_all"], x["n_all"]), pct(x["found"], x["pairs"])))
    if a.show:
        for t in TYPES:
            print("-- %s wrong:" % t)
            for w in wrong[t][:a.show]:
                print("   " + w)
            print("-- %s missed:" % t)
            for m in missed[t][:a.show]:
                print("   " + m)


if __name__ == "__main__":
    main()
