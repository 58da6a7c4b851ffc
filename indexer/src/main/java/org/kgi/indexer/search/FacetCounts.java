package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts a facet over a set of matches with the ordinal arrays of {@link FacetStates}: per segment into an array
 * of segment ordinals, then into global ordinals, then the most frequent values (ties in value order, as
 * Lucene's {@code StringValueFacetCounts} breaks them).
 */
final class FacetCounts {
    /** One value and how many of the counted matches carry it. */
    record Count(String value, int count) {
    }

    private FacetCounts() {
    }

    static List<Count> top(FacetStates.ReaderState state, FacetsCollector hits, Facet facet, int n) throws IOException {
        int[] global = new int[state.valueCounts()[facet.ordinal()]];
        if (global.length == 0) {
            return List.of();
        }
        for (FacetsCollector.MatchingDocs md : hits.getMatchingDocs()) {
            if (md.totalHits() == 0 || md.bits() == null) {
                continue;
            }
            int leaf = md.context().ord;
            FacetStates.SegmentOrds so = state.ords(leaf, facet);
            if (so.valueCount() == 0) {
                continue;
            }
            int[] start = so.start();
            int[] ords = so.ords();
            int[] toGlobal = state.toGlobal(leaf, facet);
            DocIdSetIterator it = md.bits().iterator();
            if (toGlobal == null) {
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
                        global[ords[i]]++;
                    }
                }
            } else {
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
                        global[toGlobal[ords[i]]]++;
                    }
                }
            }
        }
        // a min-heap of the best n: the least count first, and among equal counts the greater ordinal
        PriorityQueue<Integer> best = new PriorityQueue<>(n + 1, (a, b) -> global[a] != global[b]
                ? Integer.compare(global[a], global[b]) : Integer.compare(b, a));
        for (int ord = 0; ord < global.length; ord++) {
            if (global[ord] > 0 && (best.size() < n || better(global, ord, best.peek()))) {
                best.add(ord);
                if (best.size() > n) {
                    best.poll();
                }
            }
        }
        List<Count> out = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            int ord = best.poll();
            out.add(new Count(state.label(facet, ord), global[ord]));
        }
        return out.reversed();
    }

    private static boolean better(int[] counts, int ord, int than) {
        return counts[ord] > counts[than] || counts[ord] == counts[than] && ord < than;
    }
}
