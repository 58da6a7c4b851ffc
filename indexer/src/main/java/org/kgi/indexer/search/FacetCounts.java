package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts the facets of a set of matches with the ordinal arrays of {@link FacetStates}: one pass over the
 * matches adds up every facet's global ordinals, then each facet's most frequent values are picked (ties in
 * value order, as Lucene's {@code StringValueFacetCounts} breaks them).
 */
final class FacetCounts {
    /** One value and how many of the counted matches carry it. */
    record Count(String value, int count) {
    }

    private final FacetStates.ReaderState state;
    /** By global ordinal (all facets). */
    private final int[] counts;

    private FacetCounts(FacetStates.ReaderState state, int[] counts) {
        this.state = state;
        this.counts = counts;
    }

    static FacetCounts count(FacetStates.ReaderState state, FacetsCollector hits) throws IOException {
        int[] counts = new int[state.offsets()[state.offsets().length - 1]];
        for (FacetsCollector.MatchingDocs md : hits.getMatchingDocs()) {
            if (md.totalHits() == 0 || md.bits() == null || counts.length == 0) {
                continue;
            }
            FacetStates.SegmentOrds so = state.leaves().get(md.context().ord);
            int[] start = so.start();
            int[] ords = so.ords();
            int[] toGlobal = state.toGlobal() == null ? null : state.toGlobal()[md.context().ord];
            DocIdSetIterator it = md.bits().iterator();
            if (toGlobal == null) {
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
                        counts[ords[i]]++;
                    }
                }
            } else {
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
                        counts[toGlobal[ords[i]]]++;
                    }
                }
            }
        }
        return new FacetCounts(state, counts);
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
