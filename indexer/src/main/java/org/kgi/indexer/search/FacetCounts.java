package org.kgi.indexer.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.LongHeap;

/**
 * Counts the facets of a set of matches with the value ids of {@link FacetStates}: each match adds its values' ids
 * (all four facets in one array), then each facet's most frequent values are picked (ties in value order, as
 * Lucene's {@code StringValueFacetCounts} breaks them), the actors taken for another across reports folded into it
 * ({@link FacetFold}).
 */
final class FacetCounts {
    /** One value and how many of the counted matches carry it. */
    record Count(String value, int count) {
    }

    private final FacetStates.ReaderState state;
    private final FacetFold fold;
    /** By value id (all facets). */
    private final int[] counts;
    /** By value id: how many of the counted docs it was counted twice for once folded ({@link FacetFold}); or null. */
    private int[] extra;
    /** Whether {@link #counts} are folded: done when they are first read. */
    private boolean folded;

    /** Counts to be added up over {@code state}'s segments, doc by doc ({@link #add}), with nothing folded. */
    FacetCounts(FacetStates.ReaderState state) {
        this(state, FacetFold.NONE);
    }

    /** Counts to be added up over {@code state}'s segments, with the actors of {@code fold} folded. */
    FacetCounts(FacetStates.ReaderState state, FacetFold fold) {
        this.state = state;
        this.fold = fold;
        this.counts = new int[state.size()];
    }

    /** Adds the values of doc {@code doc} of segment {@code leaf} (its ordinal in the reader). */
    void add(int leaf, int doc) {
        FacetStates.SegmentOrds so = state.leaves().get(leaf);
        int i = so.start()[doc];
        int end = so.start()[doc + 1];
        char[] small = so.smallIds();
        if (small != null) {
            for (; i < end; i++) {
                counts[small[i]]++;
            }
        } else {
            int[] ids = so.ids();
            for (; i < end; i++) {
                counts[ids[i]]++;
            }
        }
        int[] twice = fold.twice(leaf);
        if (twice != null && Arrays.binarySearch(twice, doc) >= 0) {
            if (extra == null) {
                extra = new int[counts.length];
            }
            fold.countRepeats(so, doc, extra);
        }
    }

    /** The {@code n} most frequent values of {@code facet}, most frequent first. */
    List<Count> top(Facet facet, int n) {
        if (n <= 0) {
            return List.of();
        }
        // the best n as keys: the count above, the place in value order (reversed) below, so that a greater key is a
        // better value (counted more often, or as often and first in value order); primitive, and a value counted
        // less often than the least kept is passed over unread (a comparator per value cost 3 times as much)
        foldOnce();
        int[] rank = state.rank();
        LongHeap best = new LongHeap(n);
        int least = 1;
        for (int id : state.idsOf()[facet.ordinal()]) {
            int count = counts[id];
            if (count >= least && best.insertWithOverflow((long) count << 32 | Integer.MAX_VALUE - rank[id])
                    && best.size() == n) {
                least = (int) (best.top() >>> 32);
            }
        }
        List<Count> out = new ArrayList<>(best.size());
        while (best.size() > 0) {
            int id = state.byRank()[Integer.MAX_VALUE - (int) best.pop()];
            out.add(new Count(state.label(id), counts[id]));
        }
        return out.reversed();
    }

    /** How many of the counted matches carry {@code value} of {@code facet} (folded as {@link #top} folds). */
    int count(Facet facet, String value) {
        int id = state.id(facet, value);
        if (id < 0) {
            return 0;
        }
        foldOnce();
        return counts[id];
    }

    /** Folds the counts ({@link FacetFold#fold}) before they are first read: the counting is over by then. */
    private void foldOnce() {
        if (fold.folds() && !folded) {
            fold.fold(counts, extra);
            folded = true;
        }
    }
}
