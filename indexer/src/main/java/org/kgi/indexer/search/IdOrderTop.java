package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.kgi.indexer.index.Schema;

/**
 * The relevance page of a query whose every match scores the same, such as {@code actor:police}, {@code event:Battles}
 * or the empty query: in the order of {@link BestFirstCollector} (score, then id), which for equal scores is id
 * order, so the page is the smallest ids among the matches. {@link BestFirstCollector} has to look at every match
 * for that (no score can be skipped when they all tie: 10 to 16 ms for the top 10 of such a term at 1,000,000
 * reports, where Lucene's own top 10, ties in doc order, takes 0.2 ms). Here the matches are first marked in a bit set
 * per segment, then the index's ids are walked in order (each segment's terms of the id field, merged) until the page
 * is full: a walk of about the page's size over the share of the reports that match. Used only where that share is
 * large enough ({@link #MIN_DENSITY}); a query that matches few reports is cheaper for the collector.
 */
final class IdOrderTop {
    /** The least share of the index a query must match for the id walk (by Lucene's estimate, then counted). */
    static final int MIN_DENSITY = 16;
    /** Steps of the walk between two looks at the clock. */
    private static final int CLOCK_EVERY = 1 << 10;

    private IdOrderTop() {
    }

    /**
     * Whether every match of {@code query} (rewritten) scores the same in {@code reader}: all reports, a constant
     * score, a term of a field indexed with docs only and no norms (the entity, year and keyword fields), any of these
     * boosted, or a conjunction of them (with filters and exclusions, which do not score).
     */
    static boolean scoresAlike(Query query, IndexReader reader) {
        if (query instanceof BoostQuery boost) {
            return scoresAlike(boost.getQuery(), reader);
        }
        if (query instanceof MatchAllDocsQuery || query instanceof ConstantScoreQuery) {
            return true;
        }
        if (query instanceof TermQuery term) {
            String field = term.getTerm().field();
            for (LeafReaderContext leaf : reader.leaves()) {
                FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
                if (info != null && (info.getIndexOptions() != IndexOptions.DOCS || !info.omitsNorms())) {
                    return false;
                }
            }
            return true;
        }
        if (query instanceof BooleanQuery bool) {
            int should = 0;
            int required = 0;
            for (BooleanClause c : bool.clauses()) {
                switch (c.occur()) {
                    case SHOULD -> should++;
                    case MUST, FILTER -> required++;
                    case MUST_NOT -> {
                    }
                }
                if (c.isScoring() && !scoresAlike(c.query(), reader)) {
                    return false;
                }
            }
            // an optional clause beside required ones, or two optional ones, scores some matches more than others
            return should == 0 || should == 1 && required == 0;
        }
        return false;
    }

    /**
     * The best {@code n} matches of {@code query} after {@code after} (a cursor's score and id, or {@code null}), as
     * {@link BestFirstCollector} gives them, when {@link #scoresAlike} holds; {@code null} when the query matches too
     * small a share of the index for the walk to pay. Gives up with {@code null} too when {@code timeout} says so:
     * the caller's search then runs, and times out, as any other.
     */
    static TopFieldDocs search(IndexSearcher searcher, Query query, int n, FieldDoc after, QueryTimeout timeout)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        long cost = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            ScorerSupplier s = weight.scorerSupplier(leaf);
            cost += s == null ? 0 : s.cost();
        }
        if (cost == 0 || cost * MIN_DENSITY < reader.maxDoc()) {
            return null;
        }
        // the score every match has: that of the first one met
        Weight scoring = searcher.createWeight(query, ScoreMode.COMPLETE, 1f);
        Float score = null;
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = scoring.scorer(leaf);
            if (scorer != null && scorer.iterator().nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                score = scorer.score();
                break;
            }
        }
        List<ScoreDoc> page = new ArrayList<>(n);
        // as BestFirstCollector: a match is after the cursor when it scores less, or as much with a greater id
        Float afterScore = after == null ? null : (Float) after.fields[0];
        if (score == null || afterScore != null && score > afterScore) {
            return BestFirstCollector.page(page);
        }
        BytesRef from = afterScore != null && score.equals(afterScore) ? (BytesRef) after.fields[1] : null;
        PriorityQueue<Cursor> next = new PriorityQueue<>((a, b) -> a.id().compareTo(b.id()));
        long marked = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            Terms ids = leaf.reader().terms(Schema.ID);
            if (scorer == null || ids == null) {
                continue;
            }
            FixedBitSet matches = new FixedBitSet(leaf.reader().maxDoc());
            matches.or(scorer.iterator()); // queries that score alike have no second phase
            marked += matches.cardinality();
            Cursor c = new Cursor(leaf, matches, ids.iterator());
            if (c.start(from)) {
                next.add(c);
            }
        }
        if (marked * MIN_DENSITY < reader.maxDoc()) {
            return null; // the estimate was far above the matches (a conjunction, an exclusion): a long walk
        }
        for (int steps = 1; !next.isEmpty() && page.size() < n; steps++) {
            if (steps % CLOCK_EVERY == 0 && timeout.shouldExit()) {
                return null;
            }
            Cursor c = next.poll();
            int doc = c.matchingDoc();
            if (doc >= 0) {
                page.add(new FieldDoc(c.leaf.docBase + doc, score, new Object[] {score, BytesRef.deepCopyOf(c.id())}));
            }
            if (c.advance()) {
                next.add(c);
            }
        }
        return BestFirstCollector.page(page);
    }

    /** One segment's ids in order, from the first after the cursor's. */
    private static final class Cursor {
        final LeafReaderContext leaf;
        private final FixedBitSet matches;
        private final Bits live;
        private final TermsEnum ids;
        private PostingsEnum postings;
        /** The current id (the enum's own bytes, valid until it moves on). */
        private BytesRef id;

        Cursor(LeafReaderContext leaf, FixedBitSet matches, TermsEnum ids) {
            this.leaf = leaf;
            this.matches = matches;
            this.live = leaf.reader().getLiveDocs();
            this.ids = ids;
        }

        /** Positions on the first id greater than {@code after} (the first id with none); whether there is one. */
        boolean start(BytesRef after) throws IOException {
            if (after == null) {
                return advance();
            }
            TermsEnum.SeekStatus status = ids.seekCeil(after);
            if (status == TermsEnum.SeekStatus.NOT_FOUND) {
                id = ids.term();
                return true;
            }
            return status == TermsEnum.SeekStatus.FOUND && advance();
        }

        BytesRef id() {
            return id;
        }

        /** The live matching doc of the current id in this segment, or {@code -1}. */
        int matchingDoc() throws IOException {
            postings = ids.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (matches.get(doc) && (live == null || live.get(doc))) {
                    return doc;
                }
            }
            return -1;
        }

        /** Moves on to the next id; whether there is one. */
        boolean advance() throws IOException {
            id = ids.next();
            return id != null;
        }
    }
}
