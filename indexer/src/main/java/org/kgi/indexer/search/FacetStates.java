package org.kgi.indexer.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The per-reader state that facet counting needs (global ordinals of each facet field), built once per index
 * generation and reused by every search on it.
 */
final class FacetStates {
    /** The states of one reader. */
    private record Entry(Object readerKey, Map<Facet, StringDocValuesReaderState> states) {
    }

    private final AtomicReference<Entry> latest = new AtomicReference<>();

    StringDocValuesReaderState state(IndexReader reader, Facet facet) throws IOException {
        Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        Entry e = latest.get();
        if (e == null || e.readerKey() != key) {
            e = new Entry(key, new EnumMap<>(Facet.class));
            latest.set(e);
        }
        synchronized (e) {
            StringDocValuesReaderState s = e.states().get(facet);
            if (s == null) {
                s = new StringDocValuesReaderState(reader, facet.field());
                e.states().put(facet, s);
            }
            return s;
        }
    }
}
