package org.kgi.indexer.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: how many reports match in all, this page of them, the facet counts
 * over all matches, and the cursor of the next page ({@code null} on the last).
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String next) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
