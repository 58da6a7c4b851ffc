package org.kgi.indexer.search;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.kgi.graph.DateWindow;
import org.kgi.graph.Kind;
import org.kgi.graph.Relation;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.index.GraphRecord;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.index.GraphRecordCodec;
import org.kgi.indexer.index.MentionsCodec;

/** Reads whole reports back from the index, and finds reports like a given one. Thread-safe. */
public final class ReportStore {
    /** The stored fields a similar report's hit shows. */
    private static final Set<String> SIMILAR_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.DATE);

    private final SearcherManager searchers;
    private final org.apache.lucene.analysis.Analyzer analyzer;

    public ReportStore(SearcherManager searchers, org.apache.lucene.analysis.Analyzer analyzer) {
        this.searchers = searchers;
        this.analyzer = analyzer;
    }

    public Optional<ReportView> get(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Optional<Found> found = byId(s, id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Document doc = found.get().doc();
            Extraction x = found.get().extraction(s);
            return Optional.of(new ReportView(doc.get(Schema.ID), doc.get(Schema.TITLE), ReportSearcher.date(doc),
                    doc.get(Schema.SOURCE), doc.get(Schema.PATH), doc.get(Schema.FORMAT), doc.get(Schema.BODY),
                    x.entities(), x.events()));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * A relation's evidence read from the index: its report, the span of its sentence and its date (the first day of
     * a month or a year, as {@code precision} says: {@link DateWindow#DAY}, {@code MONTH} or {@code YEAR}).
     */
    public record RelationEvidence(String document, int start, int end, LocalDate date, int precision) {
    }

    /** Reports read at most by one {@link #relationEvidence} call, the earliest dated first. */
    public static final int MAX_EVIDENCE_REPORTS = 1_000;
    /** Reports by date, the earliest first, the undated last. */
    private static final Sort OLDEST_FIRST;

    static {
        SortedNumericSortField date = new SortedNumericSortField(Schema.DATE, SortField.Type.LONG);
        date.setMissingValue(Long.MAX_VALUE);
        OLDEST_FIRST = new Sort(date);
    }

    /**
     * Up to {@code limit} pieces of evidence of the relation {@code relation} from {@code source} to {@code target}
     * (ids of actors or places) dated from {@code from} to {@code to} (inclusive), earliest first as the graph orders
     * them: what the graph, which keeps the earliest few of each edge, cannot show for a window. Read from the graph
     * records of the reports that name both ends, dated no earlier than {@code from} or undated (a report tells what
     * happened before it, so no earlier one holds evidence in the window), the earliest first, at most {@link
     * #MAX_EVIDENCE_REPORTS} of them (the earliest reports in a window tell most of its earliest evidence; a busy edge
     * over a long window may show later sentences than its earliest). Each piece is dated as the graph dates it: the
     * relation's first day, else its report's date.
     */
    public List<RelationEvidence> relationEvidence(String source, String target, Relation relation, LocalDate from,
                                                   LocalDate to, int limit) throws IOException {
        String sourceField = entityField(source);
        String targetField = entityField(target);
        if (sourceField == null || targetField == null || limit <= 0) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(sourceField, source)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(targetField, target)), BooleanClause.Occur.FILTER);
        if (from != null) {
            Query undated = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(new FieldExistsQuery(Schema.DATE), BooleanClause.Occur.MUST_NOT).build();
            b.add(new BooleanQuery.Builder()
                    .add(LongField.newRangeQuery(Schema.DATE, from.toEpochDay(), Long.MAX_VALUE),
                            BooleanClause.Occur.SHOULD)
                    .add(undated, BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.FILTER);
        }
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(b.build(), MAX_EVIDENCE_REPORTS, OLDEST_FIRST);
            List<RelationEvidence> found = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                BytesRef bytes = graphRecord(s, sd.doc);
                if (bytes == null) {
                    continue;
                }
                GraphRecord record;
                try {
                    record = GraphRecordCodec.decode(bytes);
                } catch (RuntimeException e) {
                    continue; // a record that cannot be read shows no evidence; the document view reports it
                }
                for (org.kgi.indexer.extract.Relation r : record.relations()) {
                    boolean ends = r.source().equals(source) && r.target().equals(target)
                            || relation.isSymmetric() && r.source().equals(target) && r.target().equals(source);
                    if (!ends || !relation.label().equalsIgnoreCase(r.type().strip().replace('-', '_'))) {
                        continue;
                    }
                    LocalDate own = evidenceDay(r.date(), true, null);
                    LocalDate date = own == null ? record.reportDate() : own;
                    LocalDate last = evidenceDay(r.date(), false, date); // a month or a year: inside only all of it
                    boolean inside = date != null && (from == null || !date.isBefore(from))
                            && (to == null || !last.isAfter(to));
                    if (inside) {
                        found.add(new RelationEvidence(record.reportId(), r.evidence().start(), r.evidence().end(),
                                date, own == null ? DateWindow.DAY : DateWindow.precisionOf(r.date())));
                    }
                }
            }
            found.sort(Comparator.comparing(RelationEvidence::date).thenComparing(RelationEvidence::document)
                    .thenComparingInt(RelationEvidence::start).thenComparingInt(RelationEvidence::end));
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        } finally {
            searchers.release(s);
        }
    }

    /** The graph record of doc {@code doc} of the searcher's reader ({@link Schema#GRAPH}), or {@code null}. */
    static BytesRef graphRecord(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues graph = leaf.reader().getBinaryDocValues(Schema.GRAPH);
        return graph != null && graph.advanceExact(doc - leaf.docBase) ? graph.binaryValue() : null;
    }

    /** The indexed field of an actor's or a place's id, {@code null} for other ids. */
    private static String entityField(String id) {
        if (id.startsWith(Kind.ACTOR.label() + ":")) {
            return Schema.ACTOR;
        }
        return id.startsWith(Kind.PLACE.label() + ":") ? Schema.PLACE : null;
    }

    /** A relation's date as the graph dates its evidence: the first day of its date, else the report's. */
    /**
     * The first day ({@code first}) or the last of an evidence's date (of its month or year when that is all it
     * says); {@code otherwise} when it has none: the report's date, as the graph dates it.
     */
    private static LocalDate evidenceDay(String date, boolean first, LocalDate otherwise) {
        if (date != null && !date.isBlank()) {
            try {
                return first ? DateBound.first(date) : DateBound.last(date);
            } catch (IllegalArgumentException e) {
                // not a date: the report's, as the graph does
            }
        }
        return otherwise;
    }

    /** The corpus path of the report with this id ({@code ""} for one sent to the API), if it exists. */
    public Optional<String> pathOf(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return byId(s, id).map(Found::doc).map(d -> d.get(Schema.PATH) == null ? "" : d.get(Schema.PATH));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Reports like {@code id}: the words that set its text apart (MoreLikeThis over title and body), and the
     * actors and places it names. Empty if there is no such report.
     */
    public Optional<List<SimilarHit>> similar(String id, int limit) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Optional<Found> self = byId(s, id);
            if (self.isEmpty()) {
                return Optional.empty();
            }
            Document doc = self.get().doc();
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            Query words = mlt.like(Schema.BODY, new StringReader(doc.get(Schema.TITLE) + "\n" + doc.get(Schema.BODY)));
            if (words instanceof BooleanQuery terms && terms.clauses().size() > 1) {
                // at least 30% of its distinctive words, as Elasticsearch's more_like_this asks: a report that
                // shares one of them, or only a generic actor, is not like it
                BooleanQuery.Builder most = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(Math.max(1, terms.clauses().size() * 3 / 10));
                terms.clauses().forEach(most::add);
                words = most.build();
            }
            b.add(words, BooleanClause.Occur.SHOULD);
            List<Query> shared = new ArrayList<>();
            for (Entity e : self.get().entities(s)) {
                if (e.kind() == Kind.ACTOR || e.kind() == Kind.PLACE) {
                    String field = e.kind() == Kind.ACTOR ? Schema.ACTOR : Schema.PLACE;
                    shared.add(new BoostQuery(new TermQuery(new Term(field, e.id())), 0.5f));
                }
            }
            if (!shared.isEmpty()) { // two of its actors and places at least, when it names two
                BooleanQuery.Builder entities = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(Math.min(2, shared.size()));
                shared.forEach(q -> entities.add(q, BooleanClause.Occur.SHOULD));
                b.add(entities.build(), BooleanClause.Occur.SHOULD);
            }
            b.add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST_NOT);
            Query q = b.build();
            TopDocs top = s.search(q, limit);
            List<SimilarHit> hits = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc, SIMILAR_FIELDS); // not the body and the mentions
                hits.add(new SimilarHit(d.get(Schema.ID), d.get(Schema.TITLE), ReportSearcher.date(d), sd.score));
            }
            return Optional.of(hits);
        } finally {
            searchers.release(s);
        }
    }

    private static Optional<Found> byId(IndexSearcher s, String id) throws IOException {
        TopDocs top = s.search(new TermQuery(new Term(Schema.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int doc = top.scoreDocs[0].doc;
        return Optional.of(new Found(doc, s.storedFields().document(doc)));
    }

    /** A report found by id: its doc id in the searcher's reader and its stored fields. */
    private record Found(int docId, Document doc) {
        /** Its extraction, put back together from the graph record, the stored mentions and the body. */
        Extraction extraction(IndexSearcher s) throws IOException {
            BytesRef mentions = doc.getBinaryValue(Schema.MENTIONS);
            BytesRef record = graphRecord(s);
            if (mentions == null || record == null) {
                return Extraction.EMPTY;
            }
            try {
                String body = doc.get(Schema.BODY);
                return MentionsCodec.restore(GraphRecordCodec.decode(record), mentions, body == null ? "" : body);
            } catch (RuntimeException e) {
                throw unreadable(e);
            }
        }

        /** Its entities alone (no mentions), from the entity part of the graph record: all that similar reports use. */
        List<Entity> entities(IndexSearcher s) throws IOException {
            BytesRef record = graphRecord(s);
            try {
                return record == null ? List.of() : GraphRecordCodec.decodeEntities(record);
            } catch (RuntimeException e) {
                throw unreadable(e);
            }
        }

        private BytesRef graphRecord(IndexSearcher s) throws IOException {
            return ReportStore.graphRecord(s, docId);
        }

        private IOException unreadable(RuntimeException e) {
            return new IOException("stored extraction of report " + doc.get(Schema.ID) + " cannot be read: " + e.getMessage(), e);
        }
    }
}
