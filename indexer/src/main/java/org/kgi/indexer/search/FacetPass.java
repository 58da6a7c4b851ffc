package org.kgi.indexer.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Counts the facets of a query's matches: every match when there are at most {@code limit}, else the matches in
 * an even, deterministic sample of the index, the smallest of the {@linkplain FacetStates.SegmentOrds#samples
 * samples of rate 1/2, 1/4, 1/8...} expected to hold at most {@code limit} of them (like Elasticsearch's random
 * sampler aggregation, which also picks docs before matching them). The query is only asked about the sampled docs
 * (its iterator leaps from one to the next), so a sample costs about the same however many reports match; counts
 * are then scaled up to the total.
 */
final class FacetPass {
    /** Docs between two looks at the clock. */
    private static final int CLOCK_EVERY = 1 << 10;

    private final FacetCounts counts;
    private final long counted;
    private final long total;
    private final boolean sampled;

    private FacetPass(FacetCounts counts, long counted, long total, boolean sampled) {
        this.counts = counts;
        this.counted = counted;
        this.total = total;
        this.sampled = sampled;
    }

    /**
     * Counts the facets of {@code query} (rewritten), of which {@code total} reports match, with the states of
     * {@code searcher}'s reader; gives up with {@code null} when {@code timeout} says so.
     */
    static FacetPass run(IndexSearcher searcher, Query query, FacetStates.ReaderState state, long total, int limit,
                         QueryTimeout timeout) throws IOException {
        int rate = 0; // the sample's rate is 2^-rate
        while (total / (double) (1L << rate) > limit) {
            rate++;
        }
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        while (true) {
            FacetCounts counts = new FacetCounts(state);
            long counted = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = total == 0 ? null : weight.scorer(leaf);
                if (scorer != null) {
                    long n = rate == 0 ? countAll(scorer, leaf, counts, timeout)
                            : countSample(scorer, leaf, state.leaves().get(leaf.ord).sample(rate), counts, timeout);
                    if (n < 0) {
                        return null;
                    }
                    counted += n;
                }
            }
            if (counted > 0 || rate == 0) {
                return new FacetPass(counts, counted, total, rate > 0);
            }
            rate--; // an unlucky sample of a small index: the next larger one
        }
    }

    private static long countAll(Scorer scorer, LeafReaderContext leaf, FacetCounts counts, QueryTimeout timeout)
            throws IOException {
        Bits live = leaf.reader().getLiveDocs();
        TwoPhaseIterator confirm = scorer.twoPhaseIterator();
        DocIdSetIterator it = confirm == null ? scorer.iterator() : confirm.approximation();
        long n = 0;
        int steps = 0;
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (++steps % CLOCK_EVERY == 0 && timeout.shouldExit()) {
                return -1;
            }
            if ((live == null || live.get(doc)) && (confirm == null || confirm.matches())) {
                counts.add(leaf.ord, doc);
                n++;
            }
        }
        return n;
    }

    /** Counts the matches among {@code sample} (the segment's sampled docs, ascending), leaping between them. */
    private static long countSample(Scorer scorer, LeafReaderContext leaf, int[] sample, FacetCounts counts,
                                    QueryTimeout timeout) throws IOException {
        Bits live = leaf.reader().getLiveDocs();
        TwoPhaseIterator confirm = scorer.twoPhaseIterator();
        DocIdSetIterator it = confirm == null ? scorer.iterator() : confirm.approximation();
        long n = 0;
        int steps = 0;
        for (int i = 0; i < sample.length; ) {
            if (++steps % CLOCK_EVERY == 0 && timeout.shouldExit()) {
                return -1;
            }
            int target = sample[i];
            int doc = it.docID() >= target ? it.docID() : it.advance(target);
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            if (doc == target) {
                if ((live == null || live.get(doc)) && (confirm == null || confirm.matches())) {
                    counts.add(leaf.ord, doc);
                    n++;
                }
                i++;
            } else {
                // the query's next candidate is past the target: on to the first sampled doc at or after it
                int at = Arrays.binarySearch(sample, i + 1, sample.length, doc);
                i = at >= 0 ? at : -at - 1;
            }
        }
        return n;
    }

    FacetCounts counts() {
        return counts;
    }

    boolean approximate() {
        return sampled;
    }

    /** How many matches were counted. */
    long counted() {
        return counted;
    }

    /** A count over the sample scaled up to all matches (at least 1 for a value seen, at most every match). */
    long estimate(long count) {
        if (!sampled || count == 0) {
            return count;
        }
        return Math.min(total, Math.max(1, Math.round((double) count * total / counted)));
    }
}
