package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every match, without scores, as one bit set per segment: what {@link FacetsCollector} gathers, but set bit by
 * bit (or range by range, when the scorer hands over a dense run of matches) instead of through a growing
 * {@code DocIdSetBuilder}. Its result is a {@link FacetsCollector} answer for the facet counting.
 */
final class MatchCollector implements Collector {
    private final List<FacetsCollector.MatchingDocs> matches = new ArrayList<>();

    /** One collector per slice, merged into one answer. */
    static CollectorManager<MatchCollector, FacetsCollector> manager() {
        return new CollectorManager<>() {
            @Override
            public MatchCollector newCollector() {
                return new MatchCollector();
            }

            @Override
            public FacetsCollector reduce(java.util.Collection<MatchCollector> collectors) {
                List<FacetsCollector.MatchingDocs> all = new ArrayList<>();
                for (MatchCollector c : collectors) {
                    all.addAll(c.matches);
                }
                all.sort((a, b) -> Integer.compare(a.context().ord, b.context().ord));
                return new Matches(all);
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
        FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
        return new LeafCollector() {
            private int count;

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) {
                bits.set(doc);
                count++;
            }

            @Override
            public void collectRange(int min, int max) {
                bits.set(min, max);
                count += max - min;
            }

            @Override
            public void collect(DocIdStream stream) throws IOException {
                stream.forEach(doc -> {
                    bits.set(doc);
                    count++;
                });
            }

            @Override
            public void finish() {
                if (count > 0) {
                    matches.add(new FacetsCollector.MatchingDocs(context, new BitDocIdSet(bits, count), count, null));
                }
            }
        };
    }

    /** Matches in the form facet counting reads (also a sample of them, see {@link FacetSample}). */
    static final class Matches extends FacetsCollector {
        private final List<MatchingDocs> docs;

        Matches(List<MatchingDocs> docs) {
            this.docs = docs;
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }
    }
}
