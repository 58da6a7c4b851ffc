package org.kgi.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The one place that declares the index's fields: each name, how it is indexed and whether it is
 * stored. {@link ReportMapper} is the only writer of documents; searches read these names.
 */
public final class Schema {
    /**
     * Bumped when what the fields hold changes incompatibly: an index written with another version is extracted
     * again by the next {@code kgi index} (2: mentions stored as spans instead of the extraction as JSON; 3: the
     * graph record's strings of entities apart from the others; 4: the headline indexed in the body field too; 5: the
     * body's word pairs, {@link #BODY_PAIRS}; 6: the events' sub-types, {@link #EVENT_SUBTYPE}, and accents folded in
     * the body, the headline and the entities' names; 7: the event types and sub-types of what happened only, not of
     * what was threatened, planned or denied).
     */
    public static final int VERSION = 7;
    /** Report id: {@code KeywordField}, stored, doc values; the unique key of a report. */
    public static final String ID = "id";
    /** Corpus-relative path of the source file: {@code KeywordField}, stored; absent for API reports. */
    public static final String PATH = "path";
    /** SHA-256 of the source file: binary doc values, read by the incremental check without stored fields. */
    public static final String HASH = "hash";
    /** Size in bytes of the source file: numeric doc values (cheap unchanged-file check). */
    public static final String SIZE = "size";
    /** Last-modified time of the source file, epoch millis: numeric doc values. */
    public static final String MTIME = "mtime";
    /** Headline: analysed text (English), stored for display. */
    public static final String TITLE = "title";
    /**
     * Body text: analysed (English), stored, with offsets in the postings for the UnifiedHighlighter. The headline is
     * indexed in it too, as a second value after the body (not stored; a gap of positions between them, so no phrase
     * spans the two), like Elasticsearch's {@code copy_to} into one {@code all} field: a query without a field searches
     * this one field, one list of postings per term, where a list for the title and one for the body made every term
     * a disjunction of two, and the top hits of conjunctions and phrases over many reports two to three times as
     * slow to find. {@code title:} still searches the headline alone.
     */
    public static final String BODY = "body";
    /**
     * Each two adjacent words of the body field (body and headline) as one term, stemmed as the body's are and joined
     * by a space ({@code "suspect member"}), at the first word's position; no pair spans a stop word taken out. Not
     * stored, no offsets. A search looks an exact phrase of the body up here ({@code PairPhrases}): a two-word phrase
     * is one term, a longer one a phrase of every other pair, where the body's phrase checked the positions of every
     * report holding all its words. Elasticsearch's {@code index_phrases} does the same.
     */
    public static final String BODY_PAIRS = "body_pairs";
    /** Report date as epoch day: {@code LongField} (points for ranges, doc values for sorting), stored. */
    public static final String DATE = "date";
    /** Publisher: {@code KeywordField}, stored. */
    public static final String SOURCE = "source";
    /** How the report was read (txt, md, json, jsonl, api): {@code KeywordField}, stored. */
    public static final String FORMAT = "format";
    /**
     * Where the report names each of its entities ({@link MentionsCodec}): stored bytes only, for the document view,
     * which puts the whole extraction back together from them, {@link #GRAPH} and the stored body.
     */
    public static final String MENTIONS = "mentions";
    /**
     * The report's part of the knowledge graph in a compact binary form ({@link GraphRecordCodec}): binary doc
     * values, decoded once per segment to rebuild the graph and the entity catalog without touching stored fields.
     */
    public static final String GRAPH = "graph";
    /** Ids of the actors the report names: {@code KeywordField} (filters, facets), not stored. */
    public static final String ACTOR = "actor";
    /** Ids of the places the report names: {@code KeywordField}, not stored. */
    public static final String PLACE = "place";
    /** ACLED event types of the report's events: {@code KeywordField}, not stored. */
    public static final String EVENT_TYPE = "event";
    /**
     * ACLED sub-event types of the report's events, in lower case ({@code "mob violence"}): {@code KeywordField}, not
     * stored; what {@code event:} finds when its value is no event type.
     */
    public static final String EVENT_SUBTYPE = "event_sub";
    /** Year of the report's date: {@code KeywordField} (facet), not stored. */
    public static final String YEAR = "year";
    /**
     * Names and aliases of the report's actors: analysed text (standard, accents folded), for fuzzy and wildcard
     * {@code actor:} queries.
     */
    public static final String ACTOR_NAMES = "actor_names";
    /** Names and aliases of the report's places: analysed text (standard, accents folded). */
    public static final String PLACE_NAMES = "place_names";

    /** The field searched when a query names none: the body, which also indexes the headline. */
    public static final String DEFAULT_SEARCH_FIELD = BODY;
    /** Positions between the values of a multi-valued text field: the body and the headline indexed after it. */
    public static final int POSITION_GAP = 100;

    /** Stored, tokenized, with positions and offsets (phrases and highlighting). */
    public static final FieldType BODY_TYPE;
    /** The headline's value of the body field: indexed as the body is, not stored. */
    public static final FieldType HEADLINE_IN_BODY_TYPE;
    /** Tokenized with positions, not stored: {@link #BODY_PAIRS}. */
    public static final FieldType PAIRS_TYPE;

    static {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        BODY_TYPE = t;
        FieldType h = new FieldType(t);
        h.setStored(false);
        h.freeze();
        HEADLINE_IN_BODY_TYPE = h;
        FieldType p = new FieldType();
        p.setTokenized(true);
        p.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        p.freeze();
        PAIRS_TYPE = p;
    }

    private Schema() {
    }

    /** Entity names: the standard tokenizer, lower case, accents folded ({@code place:velo*} finds Vèlojet). */
    private static Analyzer foldedNames() {
        try {
            return CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.NAME)
                    .addTokenFilter(LowerCaseFilterFactory.NAME).addTokenFilter(ASCIIFoldingFilterFactory.NAME).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the names' analyzer", e);
        }
    }

    /**
     * Analysis for indexing and querying: English stemming for text (Lucene's English analysis, its stems cached:
     * {@link StemCachingEnglishAnalyzer}), exact terms for keyword fields.
     */
    public static Analyzer analyzer() {
        Analyzer keyword = new KeywordAnalyzer();
        Analyzer names = foldedNames();
        Map<String, Analyzer> fields = new HashMap<>(Map.of(ACTOR_NAMES, names, PLACE_NAMES, names));
        for (String f : List.of(ID, PATH, SOURCE, FORMAT, ACTOR, PLACE, EVENT_TYPE, EVENT_SUBTYPE, YEAR)) {
            fields.put(f, keyword);
        }
        return new PerFieldAnalyzerWrapper(new StemCachingEnglishAnalyzer(), Map.copyOf(fields));
    }
}
