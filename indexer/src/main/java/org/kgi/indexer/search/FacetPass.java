package org.kgi.indexer.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;

/**
 * Counts a query's matches and the facets of those matches, in one pass over at most about {@code limit} of them.
 * When at most {@code limit} reports match, every match is counted: the total and the facets are exact. Past that,
 * only the matches in an even, deterministic sample of the index (runs of consecutive docs) are visited: the smallest
 * of the {@linkplain FacetStates.SegmentOrds#samples samples of rate 1/2, 1/4, 1/8...} expected to hold at most
 * {@code limit} of them (like Elasticsearch's random sampler aggregation, which also picks docs before matching
 * them). The query is only asked about the sampled docs (its iterator leaps from one to the next), so a sample costs
 * about the same however many reports match. The facet counts are then scaled up to the total, and the total is
 * Lucene's own count when it has one without visiting the matches (a term's document frequency in a segment without
 * deletions, every report), an
 * exact count when asked for, and else the sample's matches scaled up by the sample's rate in each segment (like
 * Elasticsearch, which stops counting at 10,000 by default and says so).
 */
final class FacetPass {
    /** Docs between two looks at the clock. */
    private static final int CLOCK_EVERY = 1 << 10;
    /** Samples tried at most, when one holds far fewer or more matches than the first guess of the total said. */
    private static final int MAX_SAMPLES = 3;

    private final FacetCounts counts;
    private final long counted;
    private final long total;
    private final boolean sampled;
    private final boolean totalEstimated;

    private FacetPass(FacetCounts counts, long counted, long total, boolean sampled, boolean totalEstimated) {
        this.counts = counts;
        this.counted = counted;
        this.total = total;
        this.sampled = sampled;
        this.totalEstimated = totalEstimated;
    }

    /**
     * Counts the matches of {@code query} (rewritten) and their facets, with the states of {@code searcher}'s reader;
     * with {@code exactTotal} the total is counted exactly however many match; gives up with {@code null} when
     * {@code timeout} says so.
     */
    static FacetPass run(IndexSearcher searcher, Query query, FacetStates.ReaderState state, int limit,
                         boolean exactTotal, QueryTimeout timeout) throws IOException {
        return run(searcher, query, state, FacetFold.NONE, limit, exactTotal, timeout);
    }

    /** As {@link #run(IndexSearcher, Query, FacetStates.ReaderState, int, boolean, QueryTimeout)}, folding actors. */
    static FacetPass run(IndexSearcher searcher, Query query, FacetStates.ReaderState state, FacetFold fold, int limit,
                         boolean exactTotal, QueryTimeout timeout) throws IOException {
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        long known = cheapCount(weight, leaves);
        long guess = known;
        if (known < 0 || known <= limit) {
            // every match while there are at most limit of them, kept to count their facets once the total is known
            Prefix prefix = new Prefix(limit, leaves);
            for (LeafReaderContext leaf : leaves) {
                Scorer scorer = weight.scorer(leaf);
                long n = scorer == null ? 0 : forEachMatch(scorer, leaf, timeout, doc -> prefix.add(leaf, doc));
                if (n < 0) {
                    return null;
                }
                if (prefix.full()) {
                    break;
                }
            }
            if (!prefix.full()) {
                FacetCounts counts = new FacetCounts(state, fold);
                prefix.addTo(counts);
                return new FacetPass(counts, prefix.size, prefix.size, false, false);
            }
            if (known < 0 && exactTotal) {
                known = searcher.count(query); // only now: a total within the limit was counted above
                if (searcher.timedOut()) {
                    return null;
                }
            }
            guess = known >= 0 ? known : prefix.extrapolated();
        }
        int rate = rateFor(guess, limit);
        for (int tries = 1; ; tries++) {
            FacetCounts counts = new FacetCounts(state, fold);
            long counted = 0;
            double estimate = 0;
            for (LeafReaderContext leaf : leaves) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                FacetStates.Sample sample = state.leaves().get(leaf.ord).sample(rate);
                long n;
                if (rate == 0) {
                    n = forEachMatch(scorer, leaf, timeout, doc -> {
                        counts.add(leaf.ord, doc);
                        return true;
                    });
                    estimate += n;
                    counted += n;
                } else if (sample.docs() == 0) {
                    // a segment too small to hold a doc of this sample: its matches are counted, not sampled
                    n = forEachMatch(scorer, leaf, timeout, doc -> true);
                    estimate += n;
                } else {
                    n = countSample(scorer, leaf, sample, counts, timeout);
                    estimate += (double) n * leaf.reader().maxDoc() / sample.docs();
                    counted += n;
                }
                if (n < 0) {
                    return null;
                }
            }
            int better = rateFor(Math.round(estimate), limit);
            if (rate > 0 && (counted == 0 && better < rate || better < rate - 1) && tries < MAX_SAMPLES) {
                // far fewer matches in the sample than guessed: a larger sample (the first guess extrapolated
                // from the first matches of the index, which need not be spread like the rest)
                rate = better;
                continue;
            }
            long total = known >= 0 ? known : Math.max(limit + 1, Math.round(estimate));
            return new FacetPass(counts, counted, total, rate > 0, known < 0 && rate > 0);
        }
    }

    /** The sum of the segments' counts when Lucene knows each without visiting the matches, else {@code -1}. */
    private static long cheapCount(Weight weight, List<LeafReaderContext> leaves) throws IOException {
        long sum = 0;
        for (LeafReaderContext leaf : leaves) {
            int n = weight.count(leaf);
            if (n < 0) {
                return -1;
            }
            sum += n;
        }
        return sum;
    }

    /** The rate (2<sup>-rate</sup>) of the largest sample expected to hold at most {@code limit} of {@code total}. */
    private static int rateFor(long total, int limit) {
        int rate = 0;
        while (total / (double) (1L << rate) > limit) {
            rate++;
        }
        return rate;
    }

    /** The first matches of the index in doc order, up to the limit; full when one more was met. */
    private static final class Prefix {
        private final int limit;
        private final long maxDoc;
        private int[] leafOf;
        private int[] docOf;
        private int size;
        /** Docs of the index up to and with the first match past the limit; 0 until then. */
        private long docsSeen;

        Prefix(int limit, List<LeafReaderContext> leaves) {
            this.limit = limit;
            this.maxDoc = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
            this.leafOf = new int[Math.min(limit, 1024)];
            this.docOf = new int[leafOf.length];
        }

        /** Keeps a match, or notes that the limit is passed; whether to go on. */
        boolean add(LeafReaderContext leaf, int doc) {
            if (size == limit) {
                docsSeen = leaf.docBase + doc + 1L;
                return false;
            }
            if (size == leafOf.length) {
                leafOf = ArrayUtil.growExact(leafOf, Math.min(limit, size * 2));
                docOf = ArrayUtil.growExact(docOf, leafOf.length);
            }
            leafOf[size] = leaf.ord;
            docOf[size++] = doc;
            return true;
        }

        boolean full() {
            return docsSeen > 0;
        }

        void addTo(FacetCounts counts) {
            for (int i = 0; i < size; i++) {
                counts.add(leafOf[i], docOf[i]);
            }
        }

        /** A first guess of the total: the matches so far, as if the rest of the index held them as densely. */
        long extrapolated() {
            return Math.round((size + 1.0) * maxDoc / docsSeen);
        }
    }

    /** What is done with a match; whether to go on to the next. */
    private interface Visit {
        boolean at(int doc);
    }

    /**
     * Visits the live matches of a segment in doc order until {@code visit} says stop; how many it visited, or
     * {@code -1} when {@code timeout} said to give up.
     */
    private static long forEachMatch(Scorer scorer, LeafReaderContext leaf, QueryTimeout timeout, Visit visit)
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
                n++;
                if (!visit.at(doc)) {
                    break;
                }
            }
        }
        return n;
    }

    /**
     * Counts the matches among {@code sample}'s docs, run by run: leaps to a run's first doc, steps through the run's
     * matches, and passes over the runs before the query's next candidate.
     */
    private static long countSample(Scorer scorer, LeafReaderContext leaf, FacetStates.Sample sample,
                                    FacetCounts counts, QueryTimeout timeout) throws IOException {
        Bits live = leaf.reader().getLiveDocs();
        TwoPhaseIterator confirm = scorer.twoPhaseIterator();
        DocIdSetIterator it = confirm == null ? scorer.iterator() : confirm.approximation();
        int[] runs = sample.runs();
        int length = sample.runLength();
        int maxDoc = leaf.reader().maxDoc();
        long n = 0;
        int steps = 0;
        for (int i = 0; i < runs.length; ) {
            if (++steps % CLOCK_EVERY == 0 && timeout.shouldExit()) {
                return -1;
            }
            int from = runs[i] * length;
            int to = Math.min(from + length, maxDoc);
            int doc = it.docID() >= from ? it.docID() : it.advance(from);
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            if (doc >= to) {
                // the query's next candidate is past this run: on to the first sampled run that can hold it (a search
                // in the runs, a few kB, where one in the sampled docs read megabytes)
                int at = Arrays.binarySearch(runs, i + 1, runs.length, doc / length);
                i = at >= 0 ? at : -at - 1;
                continue;
            }
            for (; doc < to; doc = it.nextDoc()) {
                if (++steps % CLOCK_EVERY == 0 && timeout.shouldExit()) {
                    return -1;
                }
                if ((live == null || live.get(doc)) && (confirm == null || confirm.matches())) {
                    counts.add(leaf.ord, doc);
                    n++;
                }
            }
            i++;
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

    /** How many reports match: exact unless {@link #totalEstimated()}. */
    long total() {
        return total;
    }

    /** Whether {@link #total()} was estimated from the sample. */
    boolean totalEstimated() {
        return totalEstimated;
    }

    /** A count over the sample scaled up to all matches (at least 1 for a value seen, at most every match). */
    long estimate(long count) {
        if (!sampled || count == 0) {
            return count;
        }
        return Math.min(total, Math.max(1, Math.round((double) count * total / counted)));
    }
}
