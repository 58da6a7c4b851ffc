package org.kgi.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.kgi.indexer.index.Schema;

/**
 * The best {@code n} matches by score, ties broken by report id (the order a {@code Sort(SCORE, id)} gives, so
 * that a cursor of score and id resumes a page exactly), after an optional cursor. Unlike Lucene's
 * {@code TopFieldCollector} on that sort, it tells the scorer the least score that can still make the page, so
 * block-max WAND and MaxScore skip the rest: a doc scoring less than the last of a full page cannot enter it, and
 * one scoring the same only enters with a smaller id. Ids are compared as segment ordinals within a segment, and
 * a kept hit's id is read only when a hit of another segment ties with it or it makes the page, and then looked up
 * in the next segment's terms once (as Lucene's ordinal comparator does), so ties cost an ordinal read, not a string.
 */
final class BestFirstCollector implements Collector {
    /**
     * A kept hit: its global doc, score, and the ordinal of its id in the segment where it was collected, whose ids
     * give the id itself when it is first asked for (most hits kept for a while are pushed out of the page before
     * that, and two hits of one segment compare by ordinal: reading every kept hit's id cost 4 to 5% of the top
     * hits' time, BENCHMARKS.md, session 48).
     */
    private static final class Entry {
        private final int doc;
        private final float score;
        private final int leaf;
        private final long ord;
        private final SortedSetDocValues ids;
        private BytesRef id;

        Entry(int doc, float score, int leaf, long ord, SortedSetDocValues ids) {
            this.doc = doc;
            this.score = score;
            this.leaf = leaf;
            this.ord = ord;
            this.ids = ids;
        }

        /** The report id ({@code ""} for a doc without one). */
        BytesRef id() {
            if (id == null) {
                try {
                    id = ord < 0 ? new BytesRef() : BytesRef.deepCopyOf(ids.lookupOrd(ord));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return id;
        }
    }

    /** Best first: higher score, then smaller id (by ordinal within a segment, where ordinals follow the ids). */
    private static final Comparator<Entry> BEST_FIRST = Comparator.<Entry>comparingDouble(e -> -e.score)
            .thenComparing((a, b) -> a.leaf == b.leaf ? Long.compare(a.ord, b.ord) : a.id().compareTo(b.id()));

    private final int n;
    private final Float afterScore;
    private final BytesRef afterId;
    /** The worst kept hit on top. */
    private final PriorityQueue<Entry> kept;

    private BestFirstCollector(int n, FieldDoc after) {
        this.n = n;
        this.afterScore = after == null ? null : (Float) after.fields[0];
        this.afterId = after == null ? null : (BytesRef) after.fields[1];
        this.kept = new PriorityQueue<>(n + 1, BEST_FIRST.reversed());
    }

    /** The best {@code n} after {@code after} (a cursor's score and id, or {@code null}), one answer for all slices. */
    static CollectorManager<BestFirstCollector, TopFieldDocs> manager(int n, FieldDoc after) {
        return new CollectorManager<>() {
            @Override
            public BestFirstCollector newCollector() {
                return new BestFirstCollector(n, after);
            }

            @Override
            public TopFieldDocs reduce(Collection<BestFirstCollector> collectors) {
                List<Entry> all = new ArrayList<>();
                for (BestFirstCollector c : collectors) {
                    all.addAll(c.kept);
                }
                all.sort(BEST_FIRST);
                List<ScoreDoc> top = new ArrayList<>();
                for (Entry e : all.subList(0, Math.min(n, all.size()))) {
                    top.add(new FieldDoc(e.doc, e.score, new Object[] {e.score, e.id()}));
                }
                return page(top);
            }
        };
    }

    /** A page of hits in this order (score, then id), as a search answers it. */
    static TopFieldDocs page(List<ScoreDoc> hits) {
        SortField[] fields = {SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING)};
        return new TopFieldDocs(new TotalHits(hits.size(), TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO),
                hits.toArray(ScoreDoc[]::new), fields);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues ids = DocValues.getSortedSet(context.reader(), Schema.ID);
        long afterKey = afterId == null ? 0 : key(ids, afterId);
        return new LeafCollector() {
            private Scorable scorer;
            /** The worst kept hit and its id's place in this segment (see {@link #key}), while the page is full. */
            private Entry bottom;
            private long bottomKey;
            /** The last doc whose id ordinal was read, and that ordinal ({@code -1}: no id). */
            private int lastDoc = -1;
            private long lastOrd;

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                this.scorer = scorer;
                if (kept.size() >= n) {
                    updateBottom();
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                float score = scorer.score();
                if (afterScore != null && (score > afterScore || score == afterScore && docKey(doc) <= afterKey)) {
                    return; // on an earlier page
                }
                if (bottom != null && (score < bottom.score || score == bottom.score && docKey(doc) >= bottomKey)) {
                    return;
                }
                kept.add(new Entry(context.docBase + doc, score, context.ord, ord(doc), ids));
                if (kept.size() > n) {
                    kept.poll();
                }
                if (kept.size() >= n) {
                    updateBottom();
                }
            }

            private void updateBottom() throws IOException {
                Entry worst = kept.peek();
                if (worst != bottom) {
                    bottom = worst;
                    bottomKey = worst.leaf == context.ord && worst.ord >= 0 ? 2 * worst.ord : key(ids, worst.id());
                    scorer.setMinCompetitiveScore(worst.score);
                }
            }

            /** The place of {@code doc}'s id among this segment's ids, comparable with {@link #key}. */
            private long docKey(int doc) throws IOException {
                long ord = ord(doc);
                return ord < 0 ? -1 : 2 * ord;
            }

            private long ord(int doc) throws IOException {
                if (doc != lastDoc) {
                    lastDoc = doc;
                    lastOrd = ids.advanceExact(doc) ? ids.nextOrd() : -1;
                }
                return lastOrd;
            }
        };
    }

    /**
     * The place of {@code id} among a segment's ids: twice its ordinal when the segment has it, else just below
     * twice the ordinal of the first greater id; so that comparing keys compares ids.
     */
    private static long key(SortedSetDocValues ids, BytesRef id) throws IOException {
        long ord = ids.lookupTerm(id);
        return ord >= 0 ? 2 * ord : 2 * (-ord - 1) - 1;
    }
}
