package org.kgi.indexer.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.snapshot.EntityCatalog;

/**
 * Runs searches over the current searcher of a {@link SearcherManager}: parses the query (entity-aware, see
 * {@link KgiQueryParser}), filters by facet values and dates, sorts, pages with a cursor, counts facets over
 * every match and highlights the best passages. Stateless and thread-safe; each search has its own time
 * budget and is cut off past it.
 */
public final class ReportSearcher {
    /** Passages per hit. */
    static final int SNIPPETS_PER_HIT = 3;
    /** Characters of a report the highlighter looks at. */
    static final int HIGHLIGHT_MAX_LENGTH = 200_000;
    /** Values returned per facet. */
    static final int FACET_VALUES = 10;
    /** Time budget of one search. */
    public static final long TIMEOUT_MILLIS = 5_000;

    private static final SortField ID_ORDER = new SortedSetSortField(Schema.ID, false);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, ID_ORDER);
    private static final Sort BY_DATE;

    static {
        SortedNumericSortField date = new SortedNumericSortField(Schema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        BY_DATE = new Sort(date, ID_ORDER);
    }

    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final Supplier<EntityCatalog> catalog;
    private final FacetStates facetStates = new FacetStates();

    public ReportSearcher(SearcherManager searchers, Analyzer analyzer, Supplier<EntityCatalog> catalog) {
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.catalog = catalog;
    }

    public SearchResult search(SearchRequest request) throws QuerySyntaxException, SearchTimeoutException, IOException {
        Query user = parse(request.query());
        Query query = withFilters(user, request);
        FieldDoc after = request.cursor() == null ? null : Cursor.decode(request.sort(), request.cursor());
        Sort sort = request.sort() == SortOrder.DATE ? BY_DATE : BY_RELEVANCE;
        IndexSearcher shared = searchers.acquire();
        try {
            IndexReader reader = shared.getIndexReader();
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setTimeout(new QueryTimeoutImpl(TIMEOUT_MILLIS));
            Object[] results = searcher.search(query, new MultiCollectorManager(
                    new TopFieldCollectorManager(sort, request.limit() + 1, after, Integer.MAX_VALUE),
                    new FacetsCollectorManager()));
            if (searcher.timedOut()) {
                throw new SearchTimeoutException("the search took longer than " + TIMEOUT_MILLIS + " ms and was cut off; make the query more specific");
            }
            TopFieldDocs top = (TopFieldDocs) results[0];
            boolean more = top.scoreDocs.length > request.limit();
            if (more) {
                top = new TopFieldDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, request.limit()), top.fields);
            }
            if (request.sort() == SortOrder.DATE) {
                TopFieldCollector.populateScores(top.scoreDocs, searcher, user);
            }
            List<Hit> hits = hits(searcher, user, top, request.sort());
            String next = more ? Cursor.encode(request.sort(), (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]) : null;
            return new SearchResult(top.totalHits.value(), hits, facets(reader, (FacetsCollector) results[1]), next);
        } finally {
            searchers.release(shared);
        }
    }

    /** Parses Lucene query syntax with kgi's fields; an empty query matches every report. */
    public Query parse(String text) throws QuerySyntaxException {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            return new KgiQueryParser(analyzer, catalog.get()).parse(text);
        } catch (ParseException e) {
            throw new QuerySyntaxException(describe(e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query expands to too many clauses (at most "
                    + IndexSearcher.getMaxClauseCount() + "); make it narrower", e);
        } catch (RuntimeException e) {
            // e.g. a regular expression too complex to run, or a bad date inside a range
            throw new QuerySyntaxException("query cannot be run: " + e.getMessage(), e);
        }
    }

    private static Query withFilters(Query user, SearchRequest request) {
        if (request.filters().isEmpty() && request.from() == null && request.to() == null) {
            return user;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(user, BooleanClause.Occur.MUST);
        request.filters().forEach((facet, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : values) {
                any.add(new TermQuery(new Term(facet.field(), v)), BooleanClause.Occur.SHOULD);
            }
            b.add(any.build(), BooleanClause.Occur.FILTER);
        });
        if (request.from() != null || request.to() != null) {
            long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            b.add(LongField.newRangeQuery(Schema.DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private List<Hit> hits(IndexSearcher searcher, Query user, TopFieldDocs top, SortOrder sort) throws IOException {
        String[] snippets = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2029", true))
                .withMaxLength(HIGHLIGHT_MAX_LENGTH)
                .build()
                .highlight(Schema.BODY, user, top, SNIPPETS_PER_HIT);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            FieldDoc fd = (FieldDoc) top.scoreDocs[i];
            float score = sort == SortOrder.RELEVANCE ? (Float) fd.fields[0] : fd.score;
            Document doc = stored.document(fd.doc);
            hits.add(new Hit(doc.get(Schema.ID), doc.get(Schema.TITLE), date(doc), doc.get(Schema.SOURCE), Float.isFinite(score) ? score : 0f,
                    snippets[i] == null ? List.of() : List.of(snippets[i].split("\u2029"))));
        }
        return hits;
    }

    private Map<String, List<FacetValue>> facets(IndexReader reader, FacetsCollector hits) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        EntityCatalog names = catalog.get();
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = new ArrayList<>();
            FacetResult result = new StringValueFacetCounts(facetStates.state(reader, facet), hits)
                    .getTopChildren(facet == Facet.YEAR || facet == Facet.EVENT_TYPE ? 100 : FACET_VALUES, facet.field());
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    long count = lv.value.longValue();
                    values.add(facet == Facet.ACTOR || facet == Facet.PLACE
                            ? FacetValue.entity(lv.label, names.get(lv.label).map(e -> e.name()).orElse(lv.label), count)
                            : FacetValue.plain(lv.label, count));
                }
            }
            out.put(facet.param(), values);
        }
        return out;
    }

    static String date(Document doc) {
        IndexableField f = doc.getField(Schema.DATE);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue()).toString();
    }

    /** The parser's message without its long list of expected tokens: what was found, and where. */
    private static String describe(ParseException e) {
        String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
        int expecting = msg.indexOf("Was expecting");
        if (expecting > 0) {
            msg = msg.substring(0, expecting).strip();
        }
        return msg.replace('\n', ' ');
    }
}
