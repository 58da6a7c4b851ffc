package org.kgi.indexer.search;

import java.util.Locale;

/**
 * How hits are ordered: best match first, newest report first ({@code date}) or oldest first ({@code oldest}, to read a
 * chronology), undated reports last. Ties go by report id.
 */
public enum SortOrder {
    RELEVANCE, DATE, OLDEST;

    /** Whether hits are ordered by report date. */
    public boolean byDate() {
        return this != RELEVANCE;
    }

    public static SortOrder parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be 'relevance', 'date' (newest first) or 'oldest', not '" + s
                    + "'");
        }
    }
}
