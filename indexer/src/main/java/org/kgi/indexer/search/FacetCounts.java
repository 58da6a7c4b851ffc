package org.kgi.indexer.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the facets of a set of matches with the value ids of {@link FacetStates}: each match adds its values' ids
 * (all four facets in one array), then each facet's most frequent values are picked (ties in value order, as
 * Lucene's {@code StringValueFacetCounts} breaks them).
 */
final class FacetCounts {
    /** One value and how many of the counted matches carry it. */
    record Count(String value, int count) {
    }

    private final FacetStates.ReaderState state;
    /** By value id (all facets). */
    private final int[] counts;

    /** Counts to be added up over {@code state}'s segments, doc by doc ({@link #add}). */
    FacetCounts(FacetStates.ReaderState state) {
        this.state = state;
        this.counts = new int[state.size()];
    }

    /** Adds the values of doc {@code doc} of segment {@code leaf} (its ordinal in the reader). */
    void add(int leaf, int doc) {
        FacetStates.SegmentOrds so = state.leaves().get(leaf);
        int[] ords = so.ords();
        for (int i = so.start()[doc], end = so.start()[doc + 1]; i < end; i++) {
            counts[ords[i]]++;
        }
    }

    /** The {@code n} most frequent values of {@code facet}, most frequent first. */
    List<Count> top(Facet facet, int n) {
        // a min-heap of the best n so far: each a key, greater for a better value (counted more often, or as often
        // and first in value order), and its id; primitive, as the values counted may be many thousands
        if (n <= 0) {
            return List.of();
        }
        int[] rank = state.rank();
        long[] keys = new long[n];
        int[] ids = new int[keys.length];
        int size = 0;
        int least = 1; // the least count that can enter once the heap is full
        for (int id : state.idsOf()[facet.ordinal()]) {
            int count = counts[id];
            if (count < least) {
                continue;
            }
            long key = (long) count << 32 | Integer.MAX_VALUE - rank[id];
            if (size < keys.length) {
                siftUp(keys, ids, size++, key, id);
            } else if (key > keys[0]) {
                siftDown(keys, ids, size, key, id);
            } else {
                continue;
            }
            if (size == keys.length) {
                least = (int) (keys[0] >>> 32);
            }
        }
        List<Count> out = new ArrayList<>(size);
        while (size > 0) {
            int id = ids[0];
            out.add(new Count(state.label(id), counts[id]));
            size--;
            siftDown(keys, ids, size, keys[size], ids[size]);
        }
        return out.reversed();
    }

    /** Puts {@code key} and its {@code id} at {@code at}, the heap's new last place, and moves it up to its place. */
    private static void siftUp(long[] keys, int[] ids, int at, long key, int id) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[at] = keys[parent];
            ids[at] = ids[parent];
            at = parent;
        }
        keys[at] = key;
        ids[at] = id;
    }

    /** Puts {@code key} and its {@code id} at the root of the heap's first {@code size}, and moves it down. */
    private static void siftDown(long[] keys, int[] ids, int size, long key, int id) {
        int at = 0;
        for (int child = 1; child < size; child = 2 * at + 1) {
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (key <= keys[child]) {
                break;
            }
            keys[at] = keys[child];
            ids[at] = ids[child];
            at = child;
        }
        if (size > 0) {
            keys[at] = key;
            ids[at] = id;
        }
    }
}
