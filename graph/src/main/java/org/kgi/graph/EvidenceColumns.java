package org.kgi.graph;

import java.util.Arrays;

/**
 * Pieces of evidence as growable columns: report ordinal, span, epoch day ({@link EdgeData#UNDATED} when none) and
 * the sentence text, kept only when some text is not empty (the index stores spans, not sentences).
 */
final class EvidenceColumns {
    int[] doc;
    int[] from;
    int[] to;
    int[] day;
    String[] text; // null while every text is ""
    int size;

    EvidenceColumns(int expected) {
        int n = Math.max(4, expected);
        doc = new int[n];
        from = new int[n];
        to = new int[n];
        day = new int[n];
    }

    /** Appends one piece of evidence; returns its number. */
    int add(int document, int start, int end, int epochDay, String sentence) {
        if (size == doc.length) {
            int n = size + (size >> 1) + 16;
            doc = Arrays.copyOf(doc, n);
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            day = Arrays.copyOf(day, n);
            if (text != null) {
                text = Arrays.copyOf(text, n);
            }
        }
        if (sentence != null && !sentence.isEmpty() && text == null) {
            text = new String[doc.length];
        }
        if (text != null) {
            text[size] = sentence == null || sentence.isEmpty() ? null : sentence;
        }
        doc[size] = document;
        from[size] = start;
        to[size] = end;
        day[size] = epochDay;
        return size++;
    }

    /** The text of piece {@code k} ("" when none). */
    String text(int k) {
        return text == null || text[k] == null ? "" : text[k];
    }

    /** Piece {@code k} of these columns appended to {@code out}. */
    void copyTo(int k, EvidenceColumns out) {
        out.add(doc[k], from[k], to[k], day[k], text == null ? null : text[k]);
    }

    /** Pieces {@code rows[from..to)} of {@code src} appended to these columns, in that order. */
    void addAll(EvidenceColumns src, int[] rows, int from, int to) {
        if (src.text != null || size + (to - from) > doc.length) {
            for (int i = from; i < to; i++) {
                src.copyTo(rows[i], this);
            }
            return;
        }
        for (int i = from; i < to; i++) {
            int k = rows[i];
            doc[size] = src.doc[k];
            this.from[size] = src.from[k];
            this.to[size] = src.to[k];
            day[size] = src.day[k];
            if (text != null) {
                text[size] = null;
            }
            size++;
        }
    }

    /** The columns cut to their size. */
    EvidenceColumns trimmed() {
        if (doc.length == size && (text == null || text.length == size)) {
            return this;
        }
        EvidenceColumns t = new EvidenceColumns(0);
        t.doc = EdgeData.trimmed(doc, size);
        t.from = EdgeData.trimmed(from, size);
        t.to = EdgeData.trimmed(to, size);
        t.day = EdgeData.trimmed(day, size);
        t.text = text == null ? null : Arrays.copyOf(text, size);
        t.size = size;
        return t;
    }
}
