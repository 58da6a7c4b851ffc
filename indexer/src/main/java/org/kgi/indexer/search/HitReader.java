package org.kgi.indexer.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.index.Schema;

/**
 * Turns a page of top docs into {@link Hit}s: reads each report's stored id, title, date, source and body in
 * one pass (stopping before the stored extraction), and highlights the best passages of the body (and of the
 * headline indexed after it) from the offsets in the postings, handing the highlighter the texts already read
 * instead of letting it read them again.
 */
final class HitReader {
    /** Passages per hit. */
    static final int SNIPPETS_PER_HIT = 3;
    /**
     * Characters of a report the highlighter looks at: all that is indexed, so that a match deep in a long report has
     * its snippet (the offsets come from the postings, and the text is read whole anyway).
     */
    static final int HIGHLIGHT_MAX_LENGTH = ReportReader.MAX_TEXT_CHARS;

    private HitReader() {
    }

    static List<Hit> read(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs top, SortOrder sort) throws IOException {
        int n = top.scoreDocs.length;
        Fields[] fields = new Fields[n];
        Map<Integer, String> bodies = new HashMap<>();
        EntityMarks marks = EntityMarks.of(query);
        StoredFields stored = searcher.storedFields(); // one reader of each segment's stored fields for the page
        for (int i = 0; i < n; i++) {
            int doc = top.scoreDocs[i].doc;
            fields[i] = new Fields(marks != null);
            stored.document(doc, fields[i]);
            String body = fields[i].indexedBody();
            bodies.put(doc, body);
            if (marks != null) {
                marks.add(searcher, doc, fields[i].mentions, body, fields[i].body.length());
            }
        }
        String[] snippets = new Highlighter(searcher, analyzer, bodies, marks)
                .highlight(Schema.BODY, fuzzyExpanded(query, searcher), top, SNIPPETS_PER_HIT);
        List<Hit> hits = new ArrayList<>(n);
        TitleMarks titles = TitleMarks.of(query, analyzer);
        for (int i = 0; i < n; i++) {
            FieldDoc fd = (FieldDoc) top.scoreDocs[i];
            float score = sort == SortOrder.RELEVANCE ? (Float) fd.fields[0] : fd.score;
            Fields f = fields[i];
            hits.add(new Hit(f.id, f.title, f.date, f.source, Float.isFinite(score) ? score : 0f,
                    snippets[i] == null ? List.of() : passages(snippets[i]), titles.html(f.title)));
        }
        return hits;
    }

    /**
     * The query to mark with its fuzzy words replaced by the words of the index they stand for (at most 50 each, as
     * the search ran them). The highlighter would otherwise match each fuzzy word's automaton against the terms of
     * every hit: a query of 120 fuzzy words took a tenth of a second a hit, 12 s for a page of 100.
     */
    static Query fuzzyExpanded(Query q, IndexSearcher searcher) throws IOException {
        if (q instanceof FuzzyQuery) {
            return searcher.rewrite(q);
        }
        if (q instanceof BoostQuery b) {
            return new BoostQuery(fuzzyExpanded(b.getQuery(), searcher), b.getBoost());
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                out.add(fuzzyExpanded(c.query(), searcher), c.occur());
            }
            return out.build();
        }
        return q;
    }

    /** A hit's passages, as the formatter joined them, each without the white space at its ends. */
    private static List<String> passages(String joined) {
        List<String> out = new ArrayList<>(SNIPPETS_PER_HIT);
        for (String p : joined.split("\u2029")) {
            String s = p.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The stored fields of a hit; stops at the format, stored after them, or at the mentions stored after the format
     * when the snippets mark entities ({@link EntityMarks}).
     */
    private static final class Fields extends StoredFieldVisitor {
        private final boolean withMentions;
        String id;
        String title;
        String date;
        String source;
        String body = "";
        BytesRef mentions;
        /** Whether the body was cut at {@link #HIGHLIGHT_MAX_LENGTH} characters. */
        boolean cut;

        Fields(boolean withMentions) {
            this.withMentions = withMentions;
        }

        /**
         * The body field's text as indexed: the body, then the headline after one character (Lucene's offset gap
         * between two values), so that the offsets in the postings fall on the same characters. That character is a
         * line separator, which ends a passage ({@link SentenceBreakIterator}), so no snippet runs from the body's
         * last words into the headline. The body alone when cut, or when it holds the headline already (as its first
         * line, often), the headline's offsets being past what the highlighter reads: its passage would say again
         * what a passage of the body says.
         */
        String indexedBody() {
            return title == null || title.isEmpty() || cut || body.contains(title) ? body : body + "\u2028" + title;
        }

        @Override
        public Status needsField(FieldInfo field) {
            if (mentions != null) {
                return Status.STOP;
            }
            return switch (field.name) {
                case Schema.ID, Schema.TITLE, Schema.BODY, Schema.DATE, Schema.SOURCE -> Status.YES;
                case Schema.FORMAT -> withMentions ? Status.NO : Status.STOP;
                case Schema.MENTIONS -> withMentions ? Status.YES : Status.NO;
                default -> Status.NO;
            };
        }

        @Override
        public void binaryField(FieldInfo field, byte[] value) {
            if (Schema.MENTIONS.equals(field.name)) {
                mentions = new BytesRef(value);
            }
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            switch (field.name) {
                case Schema.ID -> id = value;
                case Schema.TITLE -> title = value;
                case Schema.BODY -> {
                    cut = value.length() > HIGHLIGHT_MAX_LENGTH;
                    body = cut ? value.substring(0, HIGHLIGHT_MAX_LENGTH) : value;
                }
                case Schema.SOURCE -> source = value;
                default -> {
                }
            }
        }

        @Override
        public void longField(FieldInfo field, long value) {
            if (Schema.DATE.equals(field.name)) {
                date = LocalDate.ofEpochDay(value).toString();
            }
        }
    }

    /** The UnifiedHighlighter over bodies already read, with the offset source the schema gives the body. */
    private static final class Highlighter extends UnifiedHighlighter {
        private final Map<Integer, String> bodies;
        private final EntityMarks marks;

        Highlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> bodies, EntityMarks marks) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new EachPassageApart())
                    .withScorer(new LeanPassageScorer())
                    .withBreakIterator(SentenceBreakIterator::new)
                    .withMaxLength(HIGHLIGHT_MAX_LENGTH));
            this.bodies = bodies;
            this.marks = marks;
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            FieldOffsetStrategy own = super.getOffsetStrategy(source, components);
            return marks == null ? own : marks.offsets(own);
        }

        /** The body has offsets in its postings ({@link Schema#BODY_TYPE}); saves merging every segment's field infos. */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return Schema.BODY.equals(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] v = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    v[f] = Schema.BODY.equals(fields[f]) ? bodies.getOrDefault(doc, "") : "";
                }
                values.add(v);
            }
            return values;
        }
    }

    /**
     * Lucene's {@link DefaultPassageFormatter} (matches in {@code <mark>}, the text HTML-escaped), each passage on its
     * own, joined by a paragraph separator that {@link #passages} splits at. Lucene's joins two passages that follow
     * each other with nothing between them, so that two sentences next to each other came back as one snippet.
     */
    static final class EachPassageApart extends PassageFormatter {
        /** One passage: its text HTML-escaped, its matches in {@code <mark>} (also a hit's title, see TitleMarks). */
        static final DefaultPassageFormatter ONE = new DefaultPassageFormatter("<mark>", "</mark>", "", true);

        @Override
        public String format(Passage[] passages, String content) {
            StringBuilder joined = new StringBuilder();
            for (Passage p : passages) {
                joined.append(joined.isEmpty() ? "" : "\u2029").append(ONE.format(new Passage[] {p}, content));
            }
            return joined.toString();
        }
    }

    /**
     * Lucene's {@link PassageScorer} (BM25 over the passage, the same parameters), score for score: its
     * {@code score} counts a passage's terms in a new {@code BytesRefHash}, whose first block of 32 kB is
     * allocated for every passage of every hit (half of what a page of hits allocated, measured over the search
     * benchmark's queries); this counts them in arrays the size of the passage's matches, the distinct terms in the
     * order they first occur, and sums in that order as Lucene does.
     */
    static final class LeanPassageScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int n = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            BytesRef[] distinct = new BytesRef[n];
            int[] inPassage = new int[n];
            int[] inDoc = new int[n];
            int size = 0;
            for (int i = 0; i < n; i++) {
                int id = 0;
                while (id < size && !distinct[id].equals(terms[i])) {
                    id++;
                }
                if (id == size) {
                    distinct[size++] = terms[i];
                    inDoc[id] = freqsInDoc[i];
                }
                inPassage[id]++;
            }
            double score = 0;
            for (int id = 0; id < size; id++) {
                score += tf(inPassage[id], passage.getLength()) * weight(contentLength, inDoc[id]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }
}
