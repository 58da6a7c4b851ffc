package org.kgi.indexer.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.kgi.indexer.index.Schema;

/**
 * Runs searches over whatever searcher the {@link SearcherManager} currently holds: parses the query,
 * ranks, counts every match, and highlights the best passages. Stateless and thread-safe.
 */
public final class ReportSearcher {
    /** Passages per hit. */
    static final int SNIPPETS_PER_HIT = 3;
    /** Characters of a report the highlighter looks at. */
    static final int HIGHLIGHT_MAX_LENGTH = 200_000;

    private final SearcherManager searchers;
    private final Analyzer analyzer;

    public ReportSearcher(SearcherManager searchers, Analyzer analyzer) {
        this.searchers = searchers;
        this.analyzer = analyzer;
    }

    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        Query query = parse(request.query());
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(request.limit(), null, Integer.MAX_VALUE));
            String[] snippets = highlighter(searcher).highlight(Schema.BODY, query, top, SNIPPETS_PER_HIT);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = stored.document(sd.doc);
                hits.add(new Hit(doc.get(Schema.ID), doc.get(Schema.TITLE), date(doc), sd.score,
                        snippets[i] == null ? List.of() : List.of(snippets[i].split("\u2029"))));
            }
            return new SearchResult(top.totalHits.value(), hits);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Parses Lucene query syntax over title and body; an empty query matches every report. */
    public Query parse(String text) throws QuerySyntaxException {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(Schema.DEFAULT_SEARCH_FIELDS, analyzer, Schema.DEFAULT_BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new QuerySyntaxException(describe(e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query expands to too many clauses (at most "
                    + IndexSearcher.getMaxClauseCount() + "); make it narrower", e);
        }
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2029", true))
                .withMaxLength(HIGHLIGHT_MAX_LENGTH)
                .build();
    }

    private static String date(Document doc) {
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
