package org.kgi.indexer.index;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.kgi.indexer.corpus.Report;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.Extraction;

/** Turns a report, its extraction and its file's fingerprint into the Lucene document of {@link Schema}. */
public final class ReportMapper {
    private ReportMapper() {
    }

    /**
     * @param fingerprint the source file's fingerprint, or {@code null} for a report sent to the API
     */
    public static Document toDocument(Report report, Extraction extraction, Fingerprint fingerprint) {
        Document doc = new Document();
        doc.add(new KeywordField(Schema.ID, report.id(), Field.Store.YES));
        if (!report.path().isEmpty()) {
            doc.add(new KeywordField(Schema.PATH, report.path(), Field.Store.YES));
        }
        if (fingerprint != null) {
            doc.add(new BinaryDocValuesField(Schema.HASH, new BytesRef(fingerprint.sha256().getBytes(StandardCharsets.US_ASCII))));
            doc.add(new NumericDocValuesField(Schema.SIZE, fingerprint.size()));
            doc.add(new NumericDocValuesField(Schema.MTIME, fingerprint.modifiedMillis()));
        }
        doc.add(new TextField(Schema.TITLE, report.title(), Field.Store.YES));
        doc.add(new Field(Schema.BODY, report.text(), Schema.BODY_TYPE));
        doc.add(new Field(Schema.BODY_PAIRS, report.text(), Schema.PAIRS_TYPE));
        if (!report.title().isEmpty()) {
            doc.add(new Field(Schema.BODY, report.title(), Schema.HEADLINE_IN_BODY_TYPE));
            doc.add(new Field(Schema.BODY_PAIRS, report.title(), Schema.PAIRS_TYPE));
        }
        if (report.date() != null) {
            doc.add(new LongField(Schema.DATE, report.date().toEpochDay(), Field.Store.YES));
            doc.add(new KeywordField(Schema.YEAR, String.valueOf(report.date().getYear()), Field.Store.NO));
        }
        if (!report.source().isEmpty()) {
            doc.add(new KeywordField(Schema.SOURCE, report.source(), Field.Store.YES));
        }
        doc.add(new KeywordField(Schema.FORMAT, report.format(), Field.Store.YES));
        doc.add(new StoredField(Schema.MENTIONS, MentionsCodec.encode(extraction)));
        doc.add(new BinaryDocValuesField(Schema.GRAPH, GraphRecordCodec.encode(report, extraction)));
        Set<String> seen = new HashSet<>();
        // names in one value per field: the same positions as one value per entity (the analyser puts no gap
        // between values), without the cost of analysing a value per entity
        StringBuilder actorNames = new StringBuilder();
        StringBuilder placeNames = new StringBuilder();
        for (Entity e : extraction.entities()) {
            if (!seen.add(e.id())) {
                continue;
            }
            boolean actor = e.kind() == Kind.ACTOR;
            if (actor || e.kind() == Kind.PLACE) {
                doc.add(new KeywordField(actor ? Schema.ACTOR : Schema.PLACE, e.id(), Field.Store.NO));
                StringBuilder names = actor ? actorNames : placeNames;
                names.append(names.isEmpty() ? "" : " | ").append(e.name());
                for (String alias : e.aliases()) {
                    names.append(" | ").append(alias);
                }
            }
        }
        if (!actorNames.isEmpty()) {
            doc.add(new TextField(Schema.ACTOR_NAMES, actorNames.toString(), Field.Store.NO));
        }
        if (!placeNames.isEmpty()) {
            doc.add(new TextField(Schema.PLACE_NAMES, placeNames.toString(), Field.Store.NO));
        }
        for (Event ev : extraction.events()) {
            if (!"asserted".equals(ev.modality())) {
                // what the report says was threatened, planned or denied did not happen: the report is not one of
                // that type's in the facet or in event: (as ACLED codes only what happened); its events list keeps it
                continue;
            }
            if (seen.add("type:" + ev.type())) {
                doc.add(new KeywordField(Schema.EVENT_TYPE, ev.type(), Field.Store.NO));
            }
            if (ev.subType() != null && seen.add("sub:" + ev.subType().toLowerCase(Locale.ROOT))) {
                doc.add(new KeywordField(Schema.EVENT_SUBTYPE, ev.subType().toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
        return doc;
    }
}
