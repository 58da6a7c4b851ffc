package org.kgi.indexer.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.apache.lucene.util.BytesRef;
import org.kgi.indexer.index.GraphRecordCodec;
import org.kgi.indexer.index.MentionsCodec;
import org.kgi.indexer.index.Schema;

/**
 * Marks in the snippets where a hit names the entities its query asks for: {@code actor:MSS} matches the report's
 * resolved entity, not the letters of its body, so the highlighter alone finds nothing to mark (and showed the report's
 * first sentences). The report's stored mentions say where it names each entity, in whatever form ("the Multinational
 * Security Support Mission", "MSS", "the Mission"); those spans are added to the body's matches, and the passages that
 * name the entity are the ones shown, marked like any matched word.
 */
final class EntityMarks {
    private final Set<String> ids;
    /** Each hit's spans, keyed by the very string handed to the highlighter as its body (see {@link #offsets}). */
    private final Map<String, int[]> spansByBody = new IdentityHashMap<>();

    private EntityMarks(Set<String> ids) {
        this.ids = ids;
    }

    /** The marks for the entities {@code query} asks for (not those it excludes), or {@code null} if none. */
    static EntityMarks of(Query query) {
        Set<String> ids = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return Schema.ACTOR.equals(field) || Schema.PLACE.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    ids.add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return ids.isEmpty() ? null : new EntityMarks(ids);
    }

    /**
     * Reads where hit {@code doc} names the entities, from its graph record (the order of its entities) and its stored
     * {@code mentions}, keeping the spans that lie in the first {@code length} characters of {@code body}.
     */
    void add(IndexSearcher searcher, int doc, BytesRef mentions, String body, int length) throws IOException {
        if (mentions == null) {
            return;
        }
        BytesRef record = ReportStore.graphRecord(searcher, doc);
        if (record == null) {
            return;
        }
        int[] spans;
        try {
            spans = MentionsCodec.spansOf(GraphRecordCodec.decodeEntities(record), mentions, ids);
        } catch (RuntimeException e) {
            return; // a record that cannot be read marks nothing; the document view reports it
        }
        int n = 0;
        while (n < spans.length && spans[n + 1] <= length) {
            n += 2;
        }
        if (n > 0) {
            spansByBody.put(body, n == spans.length ? spans : Arrays.copyOf(spans, n));
        }
    }

    /**
     * {@code strategy} with the entity spans of each hit added to the matches it finds. The highlighter gives the
     * strategy a segment's reader, a doc of that segment and the text to highlight: the text, the very string this
     * class was given for the hit, is what tells the hits apart.
     */
    FieldOffsetStrategy offsets(FieldOffsetStrategy strategy) {
        return new FieldOffsetStrategy(null) {
            @Override
            public String getField() {
                return strategy.getField();
            }

            @Override
            public OffsetSource getOffsetSource() {
                OffsetSource own = strategy.getOffsetSource();
                return own == OffsetSource.NONE_NEEDED ? OffsetSource.POSTINGS : own;
            }

            @Override
            public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
                OffsetsEnum found = strategy.getOffsetsEnum(reader, docId, content);
                int[] spans = spansByBody.get(content);
                return spans == null ? found : new OffsetsEnum.MultiOffsetsEnum(List.of(found, new Spans(spans)));
            }
        };
    }

    /** Entity spans as matches of one term, the term a highlighter's scorer counts them under. */
    private static final class Spans extends OffsetsEnum {
        private static final BytesRef TERM = new BytesRef("\u0000entity");
        private final int[] spans;
        private int at = -2;

        Spans(int[] spans) {
            this.spans = spans;
        }

        @Override
        public boolean nextPosition() {
            at += 2;
            return at < spans.length;
        }

        @Override
        public int freq() {
            return spans.length / 2;
        }

        @Override
        public BytesRef getTerm() {
            return TERM;
        }

        @Override
        public int startOffset() {
            return spans[at];
        }

        @Override
        public int endOffset() {
            return spans[at + 1];
        }
    }
}
