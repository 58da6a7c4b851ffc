package org.kgi.indexer.search;

import java.util.Locale;

/** How hits are ordered: best match first, or newest report first (undated last). Ties go by report id. */
public enum SortOrder {
    RELEVANCE, DATE;

    public static SortOrder parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be 'relevance' or 'date', not '" + s + "'");
        }
    }
}
