package org.kgi.indexer.extract;

import java.util.Objects;

/** A span of a report's text: characters {@code [start, end)} and the text they hold. */
public record Mention(int start, int end, String text) {
    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
    }

    /** The mention of {@code text.substring(start, end)}. */
    public static Mention of(String text, int start, int end) {
        return new Mention(start, end, text.substring(start, end));
    }
}
