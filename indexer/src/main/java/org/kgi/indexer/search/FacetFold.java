package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts an actor taken for another across reports ({@code EntityCatalog#canonical}: the "TRB" of a report that never
 * spells it out is the Tactical Response Brigade of the others) as that other in the actor facet: its reports add up
 * with the other's, a report that carries both is counted once, and it is no value of its own, as it is no node of
 * its own in the graph. Made for one reader's {@link FacetStates.ReaderState} and one set of merges; the counting of
 * a match only looks up whether its doc is one of the few that carry two values folded into one
 * ({@link #twice(int)}).
 */
final class FacetFold {
    /** Nothing folded. */
    static final FacetFold NONE = new FacetFold(null, null, null, null);

    private final FacetStates.ReaderState state;
    private final Map<String, List<String>> merges;
    /** By value id: the value id its count goes to (its own when none); {@code null} when nothing is folded. */
    private final int[] into;
    /** The values others fold into, and for each the values folded into it. */
    private final int[] targets;
    private final int[][] gathers;
    /** By leaf: the docs, ascending, that carry two or more values folded into one; {@code null} for none. */
    private final int[][] twice;

    private FacetFold(FacetStates.ReaderState state, Map<String, List<String>> merges, int[] into, int[][] twice) {
        this.state = state;
        this.merges = merges;
        this.into = into;
        this.twice = twice;
        Map<Integer, List<Integer>> by = new TreeMap<>();
        for (int id = 0; into != null && id < into.length; id++) {
            if (into[id] != id) {
                by.computeIfAbsent(into[id], t -> new ArrayList<>()).add(id);
            }
        }
        this.targets = by.keySet().stream().mapToInt(Integer::intValue).toArray();
        this.gathers = by.values().stream().map(ids -> ids.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /**
     * The fold of {@code merges} (the ids of actors taken for another, by the other's id) over {@code reader}, whose
     * facet values {@code state} holds. A merge whose ids the reader does not hold as actor values is left out.
     */
    static FacetFold of(IndexReader reader, FacetStates.ReaderState state, Map<String, List<String>> merges)
            throws IOException {
        if (merges.isEmpty()) {
            return new FacetFold(state, merges, null, null);
        }
        int[] into = null;
        List<String> folded = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : merges.entrySet()) {
            int to = state.id(Facet.ACTOR, e.getKey());
            for (String m : e.getValue()) {
                int from = state.id(Facet.ACTOR, m);
                if (to >= 0 && from >= 0) {
                    if (into == null) {
                        into = new int[state.size()];
                        Arrays.setAll(into, i -> i);
                    }
                    into[from] = to;
                    folded.add(m);
                }
            }
        }
        if (into == null) {
            return new FacetFold(state, merges, null, null);
        }
        int[][] twice = new int[reader.leaves().size()][];
        for (LeafReaderContext leaf : reader.leaves()) {
            int[] docs = new int[0];
            for (String m : folded) {
                PostingsEnum postings = leaf.reader().postings(new Term(Facet.ACTOR.field(), m), PostingsEnum.NONE);
                if (postings == null) {
                    continue;
                }
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (repeats(into, state.leaves().get(leaf.ord), doc)) {
                        docs = Arrays.copyOf(docs, docs.length + 1);
                        docs[docs.length - 1] = doc;
                    }
                }
            }
            if (docs.length > 0) {
                twice[leaf.ord] = Arrays.stream(docs).sorted().distinct().toArray();
            }
        }
        return new FacetFold(state, merges, into, twice);
    }

    /** Whether this fold was made for {@code state} and {@code merges} (the same objects). */
    boolean isFor(FacetStates.ReaderState state, Map<String, List<String>> merges) {
        return this.state == state && this.merges == merges;
    }

    /** Whether a value of doc {@code doc} folds into the same value as another of its values. */
    private static boolean repeats(int[] into, FacetStates.SegmentOrds so, int doc) {
        int[] targets = targets(into, so, doc);
        Arrays.sort(targets);
        for (int i = 1; i < targets.length; i++) {
            if (targets[i] == targets[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /** The values doc {@code doc} counts for, folded: one per value it carries. */
    private static int[] targets(int[] into, FacetStates.SegmentOrds so, int doc) {
        int from = so.start()[doc];
        int[] targets = new int[so.start()[doc + 1] - from];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = into[so.smallIds() != null ? so.smallIds()[from + i] : so.ids()[from + i]];
        }
        return targets;
    }

    /** Whether anything is folded. */
    boolean folds() {
        return into != null;
    }

    /** The docs of leaf {@code leaf} that carry two values folded into one, ascending; {@code null} for none. */
    int[] twice(int leaf) {
        return twice == null ? null : twice[leaf];
    }

    /**
     * Takes back from {@code extra} (by value id) what doc {@code doc} of a leaf with ordinals {@code so}, one of
     * {@link #twice}, added more than once to a value once folded.
     */
    void countRepeats(FacetStates.SegmentOrds so, int doc, int[] extra) {
        int[] targets = targets(into, so, doc);
        Arrays.sort(targets);
        for (int i = 1; i < targets.length; i++) {
            if (targets[i] == targets[i - 1]) {
                extra[targets[i]]++;
            }
        }
    }

    /**
     * Folds {@code counts} (by value id) in place: each value others fold into counts its own and theirs, less what
     * {@code extra} (or {@code null}) says was counted twice, and each value folded into another counts none. Costs
     * a step per merge, not per value.
     */
    void fold(int[] counts, int[] extra) {
        int[] gathered = new int[targets.length];
        for (int t = 0; t < targets.length; t++) {
            int n = counts[targets[t]] - (extra == null ? 0 : extra[targets[t]]);
            for (int m : gathers[t]) {
                n += counts[m];
            }
            gathered[t] = n;
        }
        for (int t = 0; t < targets.length; t++) {
            counts[targets[t]] = gathered[t];
            for (int m : gathers[t]) {
                counts[m] = 0;
            }
        }
    }
}
