package org.kgi.indexer.search;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent search results of one index generation, like Elasticsearch's shard request cache: an LRU map from a
 * normalised request to its result, bounded by the hits it holds (a page of 100 weighs ten pages of 10), emptied
 * as soon as a search sees another generation (a refresh after any change to the index, or another entity
 * catalog), so it never answers from an index that has changed. Thread-safe.
 */
final class ResultCache {
    /** What a result depends on besides the request: the reader (its cache key) and the entity catalog. */
    record Generation(Object reader, Object catalog) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Generation g && g.reader == reader && g.catalog == catalog;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(reader) * 31 + System.identityHashCode(catalog);
        }
    }

    /** Hits (of about 1 kB each with their snippets) the cache holds at most; a result weighs at least 1. */
    private final int capacity;
    private final Map<SearchRequest, SearchResult> results = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;
    private Generation generation;

    ResultCache(int capacity) {
        this.capacity = capacity;
    }

    boolean enabled() {
        return capacity > 0;
    }

    synchronized SearchResult get(Generation g, SearchRequest request) {
        if (!g.equals(generation)) {
            results.clear();
            weight = 0;
            generation = g;
            return null;
        }
        return results.get(key(request));
    }

    synchronized void put(Generation g, SearchRequest request, SearchResult result) {
        if (!g.equals(generation) || weight(result) > capacity) {
            return;
        }
        SearchResult old = results.put(key(request), result);
        weight += weight(result) - (old == null ? 0 : weight(old));
        for (Iterator<SearchResult> eldest = results.values().iterator(); weight > capacity && eldest.hasNext(); ) {
            weight -= weight(eldest.next());
            eldest.remove();
        }
    }

    private static int weight(SearchResult r) {
        return Math.max(1, r.hits().size());
    }

    /** Queries that differ only by surrounding blanks are the same search. */
    private static SearchRequest key(SearchRequest r) {
        String q = r.query().strip();
        return q.equals(r.query()) ? r
                : new SearchRequest(q, r.limit(), r.cursor(), r.filters(), r.from(), r.to(), r.sort(), r.facetSample(),
                        r.exactTotal(), r.facetSize());
    }
}
