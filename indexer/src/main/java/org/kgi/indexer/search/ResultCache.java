package org.kgi.indexer.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent search results of one index generation, like Elasticsearch's shard request cache: a bounded LRU map
 * from a normalised request to its result, emptied as soon as a search sees another generation (a refresh after
 * any change to the index, or another entity catalog), so it never answers from an index that has changed.
 * Thread-safe.
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

    private final int capacity;
    private final Map<SearchRequest, SearchResult> results;
    private Generation generation;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    boolean enabled() {
        return capacity > 0;
    }

    synchronized SearchResult get(Generation g, SearchRequest request) {
        if (!g.equals(generation)) {
            results.clear();
            generation = g;
            return null;
        }
        return results.get(key(request));
    }

    synchronized void put(Generation g, SearchRequest request, SearchResult result) {
        if (g.equals(generation)) {
            results.put(key(request), result);
        }
    }

    synchronized int size() {
        return results.size();
    }

    /** Queries that differ only by surrounding blanks are the same search. */
    private static SearchRequest key(SearchRequest r) {
        String q = r.query().strip();
        return q.equals(r.query()) ? r
                : new SearchRequest(q, r.limit(), r.cursor(), r.filters(), r.from(), r.to(), r.sort(), r.facetSample());
    }
}
