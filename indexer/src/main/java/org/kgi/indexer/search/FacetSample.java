package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches that facets are counted over: all of them when there are at most {@code limit}, else an even,
 * deterministic sample of about {@code limit} of them (like Elasticsearch's random sampler aggregation). A
 * match is in the sample when a hash of its doc id falls below the sampling rate, so the same query on the same
 * index generation always counts the same reports, and the sample is spread over the whole index whatever the
 * order of its segments.
 */
final class FacetSample {
    private final FacetsCollector hits;
    private final long counted;
    private final long total;

    private FacetSample(FacetsCollector hits, long counted, long total) {
        this.hits = hits;
        this.counted = counted;
        this.total = total;
    }

    static FacetSample of(FacetsCollector all, long total, int limit) throws IOException {
        if (total <= limit) {
            return new FacetSample(all, total, total);
        }
        long cut = (long) ((double) limit / total * (1L << 32));
        List<FacetsCollector.MatchingDocs> sampled = new ArrayList<>();
        long counted = 0;
        for (FacetsCollector.MatchingDocs md : all.getMatchingDocs()) {
            if (md.totalHits() == 0 || md.bits() == null) {
                continue;
            }
            FixedBitSet bits = new FixedBitSet(md.context().reader().maxDoc());
            int n = 0;
            int base = md.context().docBase;
            DocIdSetIterator it = md.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((mix(base + doc) & 0xFFFF_FFFFL) < cut) {
                    bits.set(doc);
                    n++;
                }
            }
            sampled.add(new FacetsCollector.MatchingDocs(md.context(), new BitDocIdSet(bits, n), n, null));
            counted += n;
        }
        return new FacetSample(new MatchCollector.Matches(sampled), counted, total);
    }

    /** The matches to count. */
    FacetsCollector hits() {
        return hits;
    }

    boolean approximate() {
        return counted < total;
    }

    /** How many matches are counted. */
    long counted() {
        return counted;
    }

    /** A count over the sample scaled up to all matches (at least 1 for a value seen, at most every match). */
    long estimate(long count) {
        if (!approximate() || count == 0) {
            return count;
        }
        return Math.min(total, Math.max(1, Math.round((double) count * total / counted)));
    }

    /** The murmur3 finaliser: spreads consecutive doc ids evenly over the 32 bits. */
    private static int mix(int k) {
        k ^= k >>> 16;
        k *= 0x85ebca6b;
        k ^= k >>> 13;
        k *= 0xc2b2ae35;
        k ^= k >>> 16;
        return k;
    }
}
