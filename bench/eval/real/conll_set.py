#!/usr/bin/env python3
"""Turn CoNLL-2003 NER data into a set for news-ner/score.py (standard library only).

usage: conll_set.py PREFIX SOURCE... > set.jsonl

SOURCE is a CoNLL-2003 file (eng.train, eng.testa, eng.testb: "word POS chunk NER" per line, IOB1 tags, documents
opened by -DOCSTART-) or a folder of contiguous pieces of one named by their offset (0.txt, 16000.txt, ...). Each
complete document becomes one text: its sentences one per line, their tokens joined by a space, with the PER, ORG,
LOC and MISC spans of its tags. Text before a folder's first -DOCSTART- and its last document, which the pieces'
end cuts, are dropped.
"""
import json, os, sys


def read(source):
    if os.path.isdir(source):
        names = sorted(os.listdir(source), key=lambda f: int(f.split(".")[0]))
        return "".join(open(os.path.join(source, f), encoding="utf-8").read() for f in names), True
    return open(source, encoding="utf-8").read(), False


def documents(source):
    text, cut = read(source)
    docs, cur = [], None
    for line in text.split("\n"):
        if line.startswith("-DOCSTART-"):
            if cur is not None:
                docs.append(cur)
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None and not cut:
        docs.append(cur)
    return docs


def convert(lines):
    sentences, s = [], []
    for line in lines:
        if not line.strip():
            if s:
                sentences.append(s)
                s = []
            continue
        parts = line.split(" ")
        if len(parts) != 4:
            raise ValueError("not a CoNLL-2003 line: %r" % line)
        s.append((parts[0], parts[3]))
    if s:
        sentences.append(s)
    out, entities, pos = [], [], 0
    for si, sentence in enumerate(sentences):
        pos += 1 if si else 0
        current, previous = None, "O"
        for ti, (word, tag) in enumerate(sentence):
            pos += 1 if ti else 0
            start, pos = pos, pos + len(word)
            kind = tag[2:] if tag != "O" else None
            if kind and (current is None or tag.startswith("B-") or previous[2:] != kind):
                if current:
                    entities.append(current)
                current = {"start": start, "end": pos, "type": kind}
            elif kind:
                current["end"] = pos
            elif current:
                entities.append(current)
                current = None
            previous = tag
        if current:
            entities.append(current)
        out.append(" ".join(w for w, _ in sentence))
    text = "\n".join(out)
    for e in entities:
        e["text"] = text[e["start"]:e["end"]]
    return text, entities


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n = 0
    for source in sys.argv[2:]:
        for doc in documents(source):
            text, entities = convert(doc)
            if text:
                n += 1
                print(json.dumps({"id": "%s%03d" % (sys.argv[1], n), "text": text, "entities": entities},
                                 ensure_ascii=False))


if __name__ == "__main__":
    main()
