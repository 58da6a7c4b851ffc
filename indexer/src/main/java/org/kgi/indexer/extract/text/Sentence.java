package org.kgi.indexer.extract.text;

/**
 * A sentence: tokens {@code [first, last]} of its text, characters {@code [start, end)}, and the
 * paragraph it belongs to (a running number that changes at each blank line).
 */
public record Sentence(int index, int first, int last, int start, int end, int paragraph) {
    public Sentence {
        if (first < 0 || last < first || start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence tokens [" + first + ", " + last + "]");
        }
    }
}
