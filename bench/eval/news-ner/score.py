#!/usr/bin/env python3
"""Score the kgi extractor's named entities against dev.jsonl (CoNLL-style gold).

Usage:
  python3 score.py [--jar JAR] [--data dev.jsonl] [--only ID[,ID...]] [--max N]
                   [--keep DIR] [--no-misses]

Each gold text is written as DIR/<id>.txt = "Report\\n\\n" + text + "\\n"; the
extractor is run once on all files; mention offsets are shifted back by the
prefix length (and checked against the file text).

Mapping: actor/person -> PER; other actor types -> ORG (except "civilians"
and entities with attributes.generic == "true", which are dropped);
kind "place" -> LOC. Gold MISC is not scored: a prediction that overlaps a
MISC gold span and no PER/ORG/LOC gold span is set aside and reported
separately ("MISC ignored"); the line "strict" shows the figures if those
were counted as false positives.

Modes: exact (same span and type); partial (overlap, same type, one-to-one,
larger overlaps matched first); partial with type ignored.
"""
import argparse, json, os, re, sys, tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import kgi_extract  # noqa: E402
PREFIX = "Report\n\n"
SCORED = ("PER", "ORG", "LOC")


# ---------------------------------------------------------------- extractor
def run_extractor(jar, docs, workdir):
    out, _ = kgi_extract.extract(jar, {d["id"]: PREFIX + d["text"] + "\n" for d in docs}, keep=workdir)
    return out


def map_type(ent):
    attrs = ent.get("attributes") or {}
    if str(attrs.get("generic", "")).lower() == "true":
        return None
    if ent.get("kind") == "place":
        return "LOC"
    if ent.get("kind") == "actor":
        t = ent.get("type")
        if t == "person":
            return "PER"
        if t == "civilians":
            return None
        return "ORG"
    return None


def predictions(doc, result, warnings):
    file_text = PREFIX + doc["text"] + "\n"
    off = len(PREFIX)
    preds, seen = [], set()
    for ent in (result or {}).get("entities", []):
        typ = map_type(ent)
        if typ is None:
            continue
        for m in ent.get("mentions", []):
            s, e = m["start"], m["end"]
            if file_text[s:e] != m.get("text", file_text[s:e]):
                warnings.append("%s: offset check failed for %r (file has %r)"
                                % (doc["id"], m.get("text"), file_text[s:e]))
            if s < off:          # mention in the "Report" title line
                continue
            s, e = s - off, min(e - off, len(doc["text"]))
            key = (s, e, typ)
            if key in seen or e <= s:
                continue
            seen.add(key)
            preds.append({"start": s, "end": e, "type": typ,
                          "text": doc["text"][s:e],
                          "src": "%s/%s" % (ent.get("kind"), ent.get("type"))})
    return preds


# ---------------------------------------------------------------- matching
def overlap(a, b):
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(golds, preds, typed=True):
    """One-to-one matching of overlapping spans, largest overlap first.
    Returns dict gold_index -> pred_index."""
    pairs = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            if typed and g["type"] != p["type"]:
                continue
            ov = overlap(g, p)
            if ov > 0:
                exact = g["start"] == p["start"] and g["end"] == p["end"]
                pairs.append((-int(exact), -ov, i, j))
    pairs.sort()
    gm, pm = {}, set()
    for _, _, i, j in pairs:
        if i in gm or j in pm:
            continue
        gm[i] = j
        pm.add(j)
    return gm


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------- context
DATE_RE = re.compile(r"^\s*(,\s*\w[\w .]*)?\s*\d{4}-\d\d-\d\d")


def line_of(text, s, e):
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    return a, (len(text) if b < 0 else b)


def context_kind(text, span):
    a, b = line_of(text, span["start"], span["end"])
    line = text[a:b]
    if re.search(r"\d{4}-\d\d-\d\d", line) and len(line) < 45:
        return "dateline"
    letters = [c for c in line if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return "caps-headline"
    nums = re.findall(r"\d[\d,.:-]*", line)
    if re.search(r"\b(c|b|lbw|run out)\b", line) and nums and len(line) < 80:
        return "table/results"
    if len(nums) >= 2 and (len(line) < 70 or "(" in line and len(line) < 130):
        return "table/results"
    return "prose"


def sentence(text, s, e, width=160):
    """The line holding the span, span marked [[...]], cut around it if long."""
    a, b = line_of(text, s, e)
    frag = text[a:s] + "[[" + text[s:e] + "]]" + text[e:b]
    if len(frag) > width:
        i = s - a
        lo = max(0, i - width // 2)
        hi = lo + width
        frag = ("..." if lo else "") + frag[lo:hi] + ("..." if hi < len(frag) else "")
    return frag


def words(t):
    return re.findall(r"\w+", t)


def covers_more(p, g, text):
    """True if prediction p extends beyond gold g by at least one extra word."""
    extra = text[p["start"]:g["start"]] if p["start"] < g["start"] else ""
    extra += " " + (text[g["end"]:p["end"]] if p["end"] > g["end"] else "")
    return len(words(extra)) >= 1 and not re.fullmatch(r"\W*('s|s)?\W*", extra.strip())


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default=os.path.join(HERE, "..", "..", "..", "server", "target", "kgi.jar"))
    ap.add_argument("--data", default=os.path.join(HERE, "dev-1.jsonl"))
    ap.add_argument("--only", action="append",
                    help="score only these ids (repeatable or comma-separated; "
                         "a trailing * matches a prefix, e.g. spo*)")
    ap.add_argument("--max", type=int, default=0,
                    help="max examples printed per error kind (0 = all)")
    ap.add_argument("--keep", help="directory to write the .txt files to (kept)")
    ap.add_argument("--no-misses", action="store_true")
    args = ap.parse_args()

    docs = [json.loads(l) for l in open(args.data, encoding="utf-8") if l.strip()]
    if args.only:
        wanted = [w.strip() for o in args.only for w in o.split(",") if w.strip()]
        def ok(i):
            return any(i == w or (w.endswith("*") and i.startswith(w[:-1])) for w in wanted)
        docs = [d for d in docs if ok(d["id"])]
        if not docs:
            sys.exit("no document matches --only %s" % ",".join(wanted))

    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        results = run_extractor(args.jar, docs, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="nerprobe") as tmp:
            results = run_extractor(args.jar, docs, tmp)

    warnings = []
    C = {m: Counter() for m in ("exact", "partial", "untyped", "strict")}
    fn_kinds, fp_kinds, bd_kinds = defaultdict(list), defaultdict(list), defaultdict(list)
    misc_ignored, misc_total = [], 0
    misc_hit = Counter()
    G = defaultdict(Counter)   # partial figures per text group (id prefix)

    for d in docs:
        text = d["text"]
        res = results.get(d["id"])
        if res is None:
            warnings.append("%s: no output from extractor" % d["id"])
        golds_all = d["entities"]
        golds = [g for g in golds_all if g["type"] in SCORED]
        miscs = [g for g in golds_all if g["type"] == "MISC"]
        misc_total += len(miscs)
        preds_all = predictions(d, res, warnings)
        preds, ignored = [], []
        for p in preds_all:
            if any(overlap(p, m) for m in miscs) and not any(overlap(p, g) for g in golds):
                ignored.append(p)
            else:
                preds.append(p)
        for m in miscs:
            hit = [p for p in ignored if overlap(p, m)]
            if hit:
                misc_hit[hit[0]["type"]] += 1
        for p in ignored:
            misc_ignored.append((d["id"], p, sentence(text, p["start"], p["end"])))

        # exact
        gset = {(g["start"], g["end"], g["type"]) for g in golds}
        pset = {(p["start"], p["end"], p["type"]) for p in preds}
        for t in SCORED:
            tp = len({x for x in gset & pset if x[2] == t})
            C["exact"][t, "tp"] += tp
            C["exact"][t, "fp"] += sum(1 for x in pset if x[2] == t) - tp
            C["exact"][t, "fn"] += sum(1 for x in gset if x[2] == t) - tp
            C["strict"][t, "fp"] += sum(1 for p in ignored if p["type"] == t)
        # partial typed
        gm = match(golds, preds, typed=True)
        pm = set(gm.values())
        grp = re.match(r"[A-Za-z]+", d["id"]).group() if re.match(r"[A-Za-z]+", d["id"]) else "?"
        G[grp]["tp"] += len(gm); G[grp]["fn"] += len(golds) - len(gm)
        G[grp]["fp"] += len(preds) - len(gm); G[grp]["n"] += 1
        for i, g in enumerate(golds):
            C["partial"][g["type"], "tp" if i in gm else "fn"] += 1
        for j, p in enumerate(preds):
            if j not in pm:
                C["partial"][p["type"], "fp"] += 1
        # partial untyped
        um = match(golds, preds, typed=False)
        C["untyped"]["ALL", "tp"] += len(um)
        C["untyped"]["ALL", "fn"] += len(golds) - len(um)
        C["untyped"]["ALL", "fp"] += len(preds) - len(um)

        # ---- error kinds (based on the typed partial matching)
        for i, g in enumerate(golds):
            ctx = context_kind(text, g)
            if i in gm:
                p = preds[gm[i]]
                if (p["start"], p["end"]) != (g["start"], g["end"]):
                    if p["start"] <= g["start"] and p["end"] >= g["end"]:
                        k = "pred too long"
                    elif p["start"] >= g["start"] and p["end"] <= g["end"]:
                        k = "pred too short"
                    else:
                        k = "pred shifted"
                    bd_kinds["%s %s [%s]" % (g["type"], k, ctx)].append(
                        (d["id"], "gold %r  pred %r" % (g["text"], p["text"]),
                         sentence(text, g["start"], g["end"])))
                continue
            others = [p for p in preds if overlap(p, g) and p["type"] != g["type"]]
            if others:
                if covers_more(others[0], g, text):
                    k = "inside a longer pred %s span: gold %s" % (others[0]["type"], g["type"])
                else:
                    k = "wrong type: gold %s -> pred %s" % (g["type"], others[0]["type"])
                info = "%r (pred %r as %s, %s)" % (g["text"], others[0]["text"],
                                                   others[0]["type"], others[0]["src"])
            else:
                k = "missed %s" % g["type"]
                info = repr(g["text"])
            fn_kinds["%s [%s]" % (k, ctx)].append(
                (d["id"], info, sentence(text, g["start"], g["end"])))
        for j, p in enumerate(preds):
            if j in pm:
                continue
            ctx = context_kind(text, p)
            others = [g for g in golds if overlap(p, g)]
            if others:
                g = others[0]
                if len(others) > 1 or covers_more(p, g, text):
                    k = "pred %s spanning beyond gold (%s)" % (
                        p["type"], "+".join(sorted({o["type"] for o in others})))
                elif g["type"] != p["type"]:
                    k = "wrong type: pred %s over gold %s" % (p["type"], g["type"])
                else:
                    k = "extra %s overlapping an already matched gold" % p["type"]
                info = "%r as %s (%s); gold %r %s" % (p["text"], p["type"], p["src"],
                                                     g["text"], g["type"])
            else:
                k = "spurious %s" % p["type"]
                info = "%r (%s)" % (p["text"], p["src"])
            fp_kinds["%s [%s]" % (k, ctx)].append(
                (d["id"], info, sentence(text, p["start"], p["end"])))

    # ---------------------------------------------------------- print figures
    ng = sum(len([g for g in d["entities"] if g["type"] in SCORED]) for d in docs)
    print("NER probe: %d texts, %d scored gold entities (PER/ORG/LOC), %d MISC gold (not scored)"
          % (len(docs), ng, misc_total))
    print("\n%-8s %-5s %6s %6s %6s   %5s %5s %5s" % ("mode", "type", "P", "R", "F1", "tp", "fp", "fn"))

    def row(mode, label, tp, fp, fn):
        p, r, f = prf(tp, fp, fn)
        print("%-8s %-5s %6.1f %6.1f %6.1f   %5d %5d %5d" % (mode, label, 100 * p, 100 * r, 100 * f, tp, fp, fn))

    for mode in ("partial", "exact"):
        tot = Counter()
        for t in SCORED:
            tp, fp, fn = (C[mode][t, x] for x in ("tp", "fp", "fn"))
            tot["tp"] += tp; tot["fp"] += fp; tot["fn"] += fn
        row(mode, "ALL", tot["tp"], tot["fp"], tot["fn"])
        for t in SCORED:
            row(mode, t, *(C[mode][t, x] for x in ("tp", "fp", "fn")))
    row("untyped", "ALL", *(C["untyped"]["ALL", x] for x in ("tp", "fp", "fn")))
    for grp in sorted(G):
        row("partial", grp[:5], G[grp]["tp"], G[grp]["fp"], G[grp]["fn"])
    sfp = sum(C["strict"][t, "fp"] for t in SCORED)
    tp = sum(C["partial"][t, "tp"] for t in SCORED)
    fp = sum(C["partial"][t, "fp"] for t in SCORED)
    fn = sum(C["partial"][t, "fn"] for t in SCORED)
    row("strict", "ALL", tp, fp + sfp, fn)
    print("(strict = partial, with the %d predictions on MISC gold counted as FP)" % sfp)
    print("MISC gold: %d; tagged by the extractor (ignored): %d %s"
          % (misc_total, sum(misc_hit.values()), dict(misc_hit)))
    for w in warnings[:20]:
        print("WARNING:", w)
    if len(warnings) > 20:
        print("WARNING: ... %d more" % (len(warnings) - 20))
    if args.no_misses:
        return

    def dump(title, kinds):
        print("\n" + "=" * 78 + "\n" + title)
        print("=" * 78)
        for k, items in sorted(kinds.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print("\n-- %s: %d" % (k, len(items)))
            if k.startswith("wrong type: pred"):
                # the same spans are listed with their sentences under FALSE NEGATIVES
                print("  (sentences: see the matching 'wrong type: gold' kind above)")
                print("  " + "; ".join("%s %s" % (iid, info.split(";")[0])
                                       for iid, info, _ in items[: args.max or None]))
                continue
            for iid, info, sent in items[: args.max or None]:
                print("  %-6s %s\n         %s" % (iid, info, sent))
            if args.max and len(items) > args.max:
                print("  ... %d more" % (len(items) - args.max))

    def summary(title, kinds):
        print("  %s: %d" % (title, sum(len(v) for v in kinds.values())))
        roll = defaultdict(Counter)
        for k, items in kinds.items():
            base, ctx = k.rsplit(" [", 1)
            roll[base][ctx.rstrip("]")] += len(items)
        for base, ctxs in sorted(roll.items(), key=lambda kv: -sum(kv[1].values())):
            print("    %4d  %-48s (%s)" % (sum(ctxs.values()), base,
                  ", ".join("%s %d" % c for c in ctxs.most_common())))

    print("\nERROR KINDS (partial matching; [context] = caps-headline / dateline / table/results / prose)")
    summary("false negatives", fn_kinds)
    summary("false positives", fp_kinds)
    summary("boundary errors (partial match, not exact)", bd_kinds)
    dump("FALSE NEGATIVES (gold not matched)", fn_kinds)
    dump("FALSE POSITIVES (prediction not matched)", fp_kinds)
    dump("BOUNDARY ERRORS (count as errors in exact mode only)", bd_kinds)
    print("\n" + "=" * 78 + "\nMISC IGNORED (predictions on MISC gold only, not scored): %d" % len(misc_ignored))
    print("=" * 78)
    for iid, p, sent in misc_ignored[: args.max or None]:
        print("  %-6s %r as %s (%s)\n         %s" % (iid, p["text"], p["type"], p["src"], sent))


if __name__ == "__main__":
    main()
