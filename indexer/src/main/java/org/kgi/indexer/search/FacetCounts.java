package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Counts the facets of a set of matches with the ordinal arrays of {@link FacetStates}: each match adds its
 * values' global ordinals (all four facets in one array), then each facet's most frequent values are picked (ties in
 * value order, as Lucene's {@code StringValueFacetCounts} breaks them).
 */
final class FacetCounts {
    /** One value and how many of the counted matches carry it. */
    record Count(String value, int count) {
    }

    private final FacetStates.ReaderState state;
    /** By global ordinal (all facets). */
    private final int[] counts;

    /** Counts to be added up over {@code state}'s segments, doc by doc ({@link #add}). */
    FacetCounts(FacetStates.ReaderState state) {
        this.state = state;
        this.counts = new int[state.offsets()[state.offsets().length - 1]];
    }

    /** Adds the values of doc {@code doc} of segment {@code leaf} (its ordinal in the reader). */
    void add(int leaf, int doc) {
        FacetStates.SegmentOrds so = state.leaves().get(leaf);
        int[] ords = so.ords();
        int[] toGlobal = state.toGlobal() == null ? null : state.toGlobal()[leaf];
        for (int i = so.start()[doc], end = so.start()[doc + 1]; i < end; i++) {
            counts[toGlobal == null ? ords[i] : toGlobal[ords[i]]]++;
        }
    }

    /** The {@code n} most frequent values of {@code facet}, most frequent first. */
    List<Count> top(Facet facet, int n) throws IOException {
        int from = state.offsets()[facet.ordinal()];
        int to = state.offsets()[facet.ordinal() + 1];
        // a min-heap of the best n: the least count first, and among equal counts the greater ordinal
        PriorityQueue<Integer> best = new PriorityQueue<>(n + 1, (a, b) -> counts[a] != counts[b]
                ? Integer.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int ord = from; ord < to; ord++) {
            if (counts[ord] > 0 && (best.size() < n || better(ord, best.peek()))) {
                best.add(ord);
                if (best.size() > n) {
                    best.poll();
                }
            }
        }
        List<Count> out = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            int ord = best.poll();
            out.add(new Count(state.label(facet, ord), counts[ord]));
        }
        return out.reversed();
    }

    private boolean better(int ord, int than) {
        return counts[ord] > counts[than] || counts[ord] == counts[than] && ord < than;
    }
}
