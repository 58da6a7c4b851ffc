package org.kgi.indexer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

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
        // a min-heap of the best n: the least count first, and among equal counts the greater value
        PriorityQueue<Integer> best = new PriorityQueue<>(n + 1, (a, b) -> better(a, b) ? 1 : better(b, a) ? -1 : 0);
        int least = 0;
        for (int id : state.idsOf()[facet.ordinal()]) {
            int count = counts[id];
            if (count > 0 && (best.size() < n || count >= least && better(id, best.peek()))) {
                best.add(id);
                if (best.size() > n) {
                    best.poll();
                }
                least = counts[best.peek()];
            }
        }
        List<Count> out = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            int id = best.poll();
            out.add(new Count(state.label(id), counts[id]));
        }
        return out.reversed();
    }

    /** Whether value {@code id} comes before {@code than}: counted more often, or as often and first in value order. */
    private boolean better(int id, int than) {
        return counts[id] > counts[than] || counts[id] == counts[than] && state.rank()[id] < state.rank()[than];
    }
}
