package org.kgi.indexer.search;

import java.util.List;

/** The answer to a {@link SearchRequest}: how many reports match in all, and the best of them. */
public record SearchResult(long total, List<Hit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
