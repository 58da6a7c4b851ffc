package org.kgi.indexer.search;

import java.util.Objects;

/**
 * One search: a query in Lucene syntax ({@code ""} for every report) and how many hits to return.
 */
public record SearchRequest(String query, int limit) {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_QUERY_CHARS = 2_000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query is longer than " + MAX_QUERY_CHARS + " characters");
        }
    }
}
