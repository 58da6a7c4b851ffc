package org.kgi.indexer.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
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
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.events.Acled;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.snapshot.EntityCatalog;

/**
 * Runs searches over the current searcher of a {@link SearcherManager}: parses the query (entity-aware, see
 * {@link KgiQueryParser}), filters by facet values and dates, sorts, pages with a cursor, counts the matches and
 * their facets (over every match, or past {@link SearchRequest#facetSample()} over those in an even sample of the
 * index, see {@link FacetPass}) and highlights the best passages. Keeps the results of recent searches until
 * the index changes. Thread-safe; each search has its own time budget and is cut off past it.
 */
public final class ReportSearcher {
    /** Hits kept by the cache of recent searches (each about 1 kB with its snippets): 1,000 pages of 10. */
    public static final int DEFAULT_CACHE_HITS = 10_000;
    /** Time budget of one search. */
    public static final long TIMEOUT_MILLIS = 5_000;
    /** Facets and totals are counted over every match in an index of at most this many reports. */
    static final int EXACT_FACETS_UP_TO = 50_000;
    /**
     * How many searches run at once: {@link #slots} of this machine's cores. Others wait their turn
     * ({@link #awaitTurn}).
     */
    public static final int SLOTS = slots(Runtime.getRuntime().availableProcessors());

    /** Newest first, then by report id; by relevance, see {@link BestFirstCollector}. */
    private static final Sort BY_DATE;
    /** Oldest first, then by report id; undated last. */
    private static final Sort OLDEST_FIRST;

    static {
        SortedNumericSortField date = new SortedNumericSortField(Schema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        BY_DATE = new Sort(date, new SortedSetSortField(Schema.ID, false));
        SortedNumericSortField oldest = new SortedNumericSortField(Schema.DATE, SortField.Type.LONG, false);
        oldest.setMissingValue(Long.MAX_VALUE);
        OLDEST_FIRST = new Sort(oldest, new SortedSetSortField(Schema.ID, false));
    }

    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final Supplier<EntityCatalog> catalog;
    private final FacetStates facetStates = new FacetStates();
    private final ResultCache cache;
    /** The last {@link FacetFold} made: the current reader's and catalog's, most of the time. */
    private final AtomicReference<FacetFold> fold = new AtomicReference<>();
    /** Searches running at once: {@link #SLOTS} (see {@link #awaitTurn}); fair, so first come, first run. */
    private final Semaphore running = new Semaphore(SLOTS, true);

    public ReportSearcher(SearcherManager searchers, Analyzer analyzer, Supplier<EntityCatalog> catalog) {
        this(searchers, analyzer, catalog, DEFAULT_CACHE_HITS);
    }

    /** With a cache of results holding at most {@code cacheHits} hits ({@code 0}: no cache). */
    public ReportSearcher(SearcherManager searchers, Analyzer analyzer, Supplier<EntityCatalog> catalog, int cacheHits) {
        if (cacheHits < 0) {
            throw new IllegalArgumentException("cache hits must not be negative");
        }
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.catalog = catalog;
        this.cache = new ResultCache(cacheHits);
    }

    public SearchResult search(SearchRequest request) throws QuerySyntaxException, SearchTimeoutException, IOException {
        return search(request, true);
    }

    /**
     * Runs {@code request}; with {@code useCache}, answers from (and fills) the cache of recent results of the
     * current index generation. A search the cache cannot answer waits for its turn ({@link #awaitTurn}), then runs
     * on the newest searcher, not on one it held while it waited.
     */
    public SearchResult search(SearchRequest request, boolean useCache)
            throws QuerySyntaxException, SearchTimeoutException, IOException {
        EntityCatalog names = catalog.get();
        boolean caching = useCache && cache.enabled();
        if (caching) {
            SearchResult cached = cached(request, names);
            if (cached != null) {
                return cached;
            }
        }
        awaitTurn();
        try {
            IndexSearcher shared = searchers.acquire();
            try {
                IndexReader reader = shared.getIndexReader();
                ResultCache.Generation generation = caching ? generation(reader, names) : null;
                SearchResult cached = generation == null ? null : cache.get(generation, request);
                if (cached != null) {
                    return cached; // the same search, run by another while this one waited
                }
                SearchResult result = run(request, reader, names);
                if (generation != null) {
                    cache.put(generation, request, result);
                }
                return result;
            } finally {
                searchers.release(shared);
            }
        } finally {
            running.release();
        }
    }

    /** The cached answer to {@code request} over the current searcher, or {@code null}. */
    private SearchResult cached(SearchRequest request, EntityCatalog names) throws IOException {
        IndexSearcher shared = searchers.acquire();
        try {
            return cache.get(generation(shared.getIndexReader(), names), request);
        } finally {
            searchers.release(shared);
        }
    }

    private static ResultCache.Generation generation(IndexReader reader, EntityCatalog names) {
        return new ResultCache.Generation(
                reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey(), names);
    }

    /**
     * How many searches run at once on {@code cores} cores: half as many again plus one, as many as Elasticsearch's
     * search threads. With one per core, a search server under load left its cores idle 13 to 23% of the time, and
     * answered about 15% fewer requests than with this many (BENCHMARKS.md, session 47).
     */
    static int slots(int cores) {
        return cores * 3 / 2 + 1;
    }

    /** Searches waiting for their turn now (an estimate, as {@link Semaphore#getQueueLength}). */
    int waitingForTurn() {
        return running.getQueueLength();
    }

    /**
     * Waits until one of the {@link #running} permits is free, in the order the searches came: with many more
     * searches than cores at once, each would share a core and take longer, the longest most; in turn, a long one
     * holds a slot and the others wait their turn. A search that waits longer than its whole time budget is cut off
     * unrun. The caller gives the permit back.
     */
    private void awaitTurn() throws SearchTimeoutException {
        try {
            if (!running.tryAcquire(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new SearchTimeoutException("the server is busy: the search waited " + TIMEOUT_MILLIS
                        + " ms for its turn; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchTimeoutException("the search was interrupted while it waited for its turn");
        }
    }

    private SearchResult run(SearchRequest request, IndexReader reader, EntityCatalog names)
            throws QuerySyntaxException, SearchTimeoutException, IOException {
        Query user = parse(request.query(), names);
        Query searched = searched(user, reader); // the highlighter marks the words of the user's phrases
        Query query = withFilters(searched, request, names);
        FieldDoc after = request.cursor() == null ? null : Cursor.decode(request, request.cursor());
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryTimeoutImpl timeout = new QueryTimeoutImpl(TIMEOUT_MILLIS);
        searcher.setTimeout(timeout);
        Query rewritten = searcher.rewrite(query);
        // two passes: the top hits alone can skip the matches that cannot make the page (block-max scores); the
        // total and the facets are counted over the matches, or a sample of the index past the facet sample size
        TopFieldDocs top = request.sort() == SortOrder.RELEVANCE && IdOrderTop.scoresAlike(rewritten, reader)
                ? IdOrderTop.search(searcher, rewritten, request.limit() + 1, after, timeout) : null;
        if (top == null) {
            top = request.sort() == SortOrder.RELEVANCE
                    ? searcher.search(rewritten, BestFirstCollector.manager(request.limit() + 1, after))
                    : searcher.search(rewritten, new TopFieldCollectorManager(request.sort() == SortOrder.OLDEST
                            ? OLDEST_FIRST : BY_DATE, request.limit() + 1, after, request.limit() + 1));
        }
        FacetStates.ReaderState facetState = facetStates.state(reader);
        FacetFold fold = fold(reader, facetState, names);
        int facetSample = facetSample(request, reader);
        FacetPass facets = searcher.timedOut() ? null : FacetPass.run(searcher, rewritten, facetState, fold,
                facetSample, request.exactTotal(), timeout);
        // a facet with values chosen is counted without its own choice (the others' apply), so that more of its
        // values can be added, OR-ed: Elasticsearch's post_filter, Aleph's and Datashare's multi-select facets
        Map<Facet, FacetPass> own = new EnumMap<>(Facet.class);
        for (Facet chosen : request.filters().keySet()) {
            if (facets == null || searcher.timedOut()) {
                break;
            }
            Query without = searcher.rewrite(withFilters(searched, request.without(chosen), names));
            FacetPass pass = FacetPass.run(searcher, without, facetState, fold, facetSample, false, timeout);
            if (pass == null) {
                facets = null;
            } else {
                own.put(chosen, pass);
            }
        }
        if (searcher.timedOut() || facets == null) {
            throw new SearchTimeoutException("the search took longer than " + TIMEOUT_MILLIS
                    + " ms and was cut off; make the query more specific");
        }
        boolean more = top.scoreDocs.length > request.limit();
        if (more) {
            top = new TopFieldDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, request.limit()), top.fields);
        }
        if (request.sort().byDate()) {
            TopFieldCollector.populateScores(top.scoreDocs, searcher, searched);
        }
        List<Hit> hits = HitReader.read(searcher, analyzer, user, top, request.sort());
        String next = more ? Cursor.encode(request, (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]) : null;
        // estimated when any facet's pass sampled: the fewest matches a sampled pass counted is what the page says
        Long sampled = null;
        List<FacetPass> passes = new ArrayList<>(own.values());
        passes.add(facets);
        for (FacetPass pass : passes) {
            if (pass.approximate() && (sampled == null || pass.counted() < sampled)) {
                sampled = pass.counted();
            }
        }
        Map<String, List<FacetValue>> listed = facets(facets, own, request, names);
        return new SearchResult(facets.total(), facets.totalEstimated(), hits, listed, next,
                sampled != null, sampled);
    }

    /**
     * How many matches the facet pass counts before it samples: in an index of at most {@link #EXACT_FACETS_UP_TO}
     * reports every match, unless the request asks for another sample than the default (counting them all costs a
     * few milliseconds there, and an estimate that changes when a filter is added confuses more than it saves).
     */
    static int facetSample(SearchRequest request, IndexReader reader) {
        return request.facetSample() == SearchRequest.DEFAULT_FACET_SAMPLE && reader.maxDoc() <= EXACT_FACETS_UP_TO
                ? Math.max(request.facetSample(), reader.maxDoc() + 1) : request.facetSample();
    }

    /** Parses Lucene query syntax with kgi's fields; an empty query matches every report. */
    public Query parse(String text) throws QuerySyntaxException {
        return parse(text, catalog.get());
    }

    /**
     * The query a search for {@code text} runs over the current index, before filters: {@link #parse parsed}, with
     * its exact phrases looked up in the body's word pairs where the index has them ({@link PairPhrases}), and its
     * required entities as filters where other words score ({@link RequiredAlike}).
     */
    public Query searchedQuery(String text) throws QuerySyntaxException, IOException {
        IndexSearcher shared = searchers.acquire();
        try {
            return searched(parse(text), shared.getIndexReader());
        } finally {
            searchers.release(shared);
        }
    }

    private static Query searched(Query user, IndexReader reader) {
        return RequiredAlike.asFilters(PairPhrases.rewrite(user, reader), reader);
    }

    private Query parse(String text, EntityCatalog names) throws QuerySyntaxException {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            return new KgiQueryParser(analyzer, names).parse(slashesInWords(text));
        } catch (ParseException e) {
            String plain = unbalanced(text);
            if (plain == null) {
                plain = misplaced(text, describe(e));
            }
            String says = describe(e);
            String parsed = "Cannot parse '" + slashesInWords(text) + "': ";
            if (says.startsWith(parsed) && !says.startsWith(parsed + "Encountered")
                    && !says.startsWith(parsed + "Lexical error")) {
                says = says.substring(parsed.length()); // kgi's own message of a field's value: said as it is
            }
            throw new QuerySyntaxException(plain != null ? plain + " (" + says + ")" : says, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query expands to too many clauses (at most "
                    + IndexSearcher.getMaxClauseCount() + "); make it narrower", e);
        } catch (RuntimeException e) {
            // e.g. a regular expression too complex to run, or a bad date inside a range
            throw new QuerySyntaxException("query cannot be run: " + e.getMessage(), e);
        }
    }

    /** The fold of {@code names}' merged actors over {@code reader}, made once per reader and catalog. */
    private FacetFold fold(IndexReader reader, FacetStates.ReaderState state, EntityCatalog names) throws IOException {
        FacetFold f = fold.get();
        if (f == null || !f.isFor(state, names.merges())) {
            f = FacetFold.of(reader, state, names.merges());
            fold.set(f);
        }
        return f;
    }

    /**
     * {@code user} with the request's filters: any of a facet's chosen values, and each of the facets chosen; an
     * actor chosen is also any actor {@code names} takes for it across reports, or the one it is taken for.
     */
    private static Query withFilters(Query user, SearchRequest request, EntityCatalog names) {
        if (request.filters().isEmpty() && request.from() == null && request.to() == null) {
            return user;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(user, BooleanClause.Occur.MUST);
        request.filters().forEach((facet, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            Set<String> terms = new LinkedHashSet<>();
            for (String v : values) {
                for (String value : chosen(facet, v, names)) {
                    terms.addAll(facet == Facet.ACTOR ? names.withMerged(value) : List.of(value));
                }
            }
            for (String value : terms) {
                any.add(new TermQuery(new Term(facet.field(), value)), BooleanClause.Occur.SHOULD);
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

    /**
     * Each facet's top values, from {@code main} or, for a facet with values chosen, from its {@code own} pass; then
     * the values the request chose that are not among them (counted too, 0 if none match), so that a page can show
     * every filter it applies with its name and count. An actor chosen is listed as the actor it is taken for.
     */
    private static Map<String, List<FacetValue>> facets(FacetPass main, Map<Facet, FacetPass> own,
                                                        SearchRequest request, EntityCatalog names) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            FacetPass pass = own.getOrDefault(facet, main);
            FacetCounts counts = pass.counts();
            List<FacetCounts.Count> top = new ArrayList<>(counts.top(facet, facet == Facet.YEAR
                    || facet == Facet.EVENT_TYPE ? 100 : request.facetSize()));
            Set<String> listed = new LinkedHashSet<>();
            top.forEach(c -> listed.add(c.value()));
            Map<String, List<String>> chosenAs = new LinkedHashMap<>(); // a value listed, by the request's values
            for (String asked : request.filters().getOrDefault(facet, List.of())) {
                for (String value : chosen(facet, asked, names)) {
                    chosenAs.computeIfAbsent(value, v -> new ArrayList<>()).add(asked);
                    if (listed.add(value)) {
                        top.add(new FacetCounts.Count(value, counts.count(facet, value)));
                    }
                }
            }
            List<FacetValue> values = new ArrayList<>();
            for (FacetCounts.Count c : top) {
                long count = pass.estimate(c.count());
                List<String> as = chosenAs.get(c.value());
                values.add(facet == Facet.ACTOR || facet == Facet.PLACE
                        ? FacetValue.entity(c.value(), names.get(c.value()).map(e -> e.name()).orElse(c.value()), count,
                                as)
                        : FacetValue.plain(c.value(), count, as));
            }
            out.put(facet.param(), values);
        }
        return out;
    }

    /**
     * The values a facet value chosen in a request stands for, as the facet lists them: the event types it names
     * ({@link Acled#named}: in any case, singular or plural, a word of several types' names); an
     * actor's or a place's id in any case, or else its name or alias ({@code actor=TRB}), an actor as the one it is
     * taken for across reports ({@code actor:trb} is the Tactical Response Brigade); else the value itself (which
     * then matches nothing).
     *
     * @throws IllegalArgumentException for an event type that names none, as {@code event:} in a query is refused
     */
    static List<String> chosen(Facet facet, String value, EntityCatalog names) {
        return switch (facet) {
            case EVENT_TYPE -> {
                // as event: reads it (riot, violence), the types only: a sub-type is no value of this facet
                List<String> types = Acled.named(value).stream().filter(Acled.EVENT_TYPES::contains).toList();
                if (types.isEmpty()) {
                    throw new IllegalArgumentException("eventType: '" + value + "' names no ACLED event type; the "
                            + "types are " + String.join(", ", Acled.EVENT_TYPES));
                }
                yield types;
            }
            case YEAR -> List.of(value);
            case ACTOR, PLACE -> {
                Kind kind = facet == Facet.ACTOR ? Kind.ACTOR : Kind.PLACE;
                String lower = value.toLowerCase(Locale.ROOT);
                Set<String> ids = names.get(value).isPresent() ? Set.of(value)
                        : names.get(lower).isPresent() ? Set.of(lower) : names.resolve(kind, value);
                yield ids.isEmpty() ? List.of(value)
                        : ids.stream().map(names::canonical).distinct().sorted().toList();
            }
        };
    }

    static String date(Document doc) {
        IndexableField f = doc.getField(Schema.DATE);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue()).toString();
    }

    /**
     * What most syntax errors are, said plainly: a quote or a bracket left open, or a bracket that closes nothing,
     * with its column (from 1); {@code null} when the quotes and brackets are balanced.
     */
    static String unbalanced(String q) {
        int quote = -1;
        ArrayDeque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is a plain one
            } else if (c == '"') {
                quote = quote < 0 ? i : -1;
            } else if (quote < 0 && (c == '(' || c == '[' || c == '{')) {
                open.push(i);
            } else if (quote < 0 && (c == ')' || c == ']' || c == '}')) {
                if (open.isEmpty()) {
                    return "the '" + c + "' at column " + (i + 1) + " closes nothing";
                }
                open.pop();
            }
        }
        if (quote >= 0) {
            return "the quote at column " + (quote + 1) + " opens a phrase that is not closed";
        }
        return open.isEmpty() ? null : "the '" + q.charAt(open.peek()) + "' at column " + (open.peek() + 1)
                + " is not closed";
    }

    /**
     * {@code q} with each slash inside a word escaped ({@code MSS/HNP}, {@code TRB/JSAM}, {@code 24/7}: words, as
     * reports write them), outside quotes and regular expressions: in Lucene's syntax a slash opens a regular
     * expression, and such a query was a syntax error. A slash that opens a term still opens a regular expression
     * ({@code /pol.ce/}).
     */
    static String slashesInWords(String q) {
        if (q.indexOf('/') < 0) {
            return q;
        }
        StringBuilder out = new StringBuilder(q.length() + 4);
        boolean quoted = false;
        boolean regex = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\' && i + 1 < q.length()) {
                out.append(c).append(q.charAt(++i)); // escaped already
                continue;
            }
            if (c == '"' && !regex) {
                quoted = !quoted;
            } else if (c == '/' && !quoted) {
                if (regex) {
                    regex = false;
                } else if (i > 0 && Character.isLetterOrDigit(q.charAt(i - 1))) {
                    out.append('\\');
                } else {
                    regex = true;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** What some other syntax errors are, said plainly; {@code null} for the rest. */
    static String misplaced(String q, String parserSays) {
        if (parserSays.contains("<AND>") || parserSays.contains("<OR>") || parserSays.contains("<NOT>")
                || q.strip().matches("(?s).*(\\s|^)(AND|OR|NOT|&&|\\|\\|)")) {
            return "AND, OR and NOT join two words or groups (police AND gang); to search for one of them as a word, "
                    + "write it in lower case or in quotes";
        }
        if (q.matches("(?s).*\\^(?![0-9.]).*")) {
            return "a boost '^' takes a number after it (police^2)";
        }
        String end = q.strip();
        if (parserSays.contains("Encountered \"<EOF>\"") && !end.isEmpty()) {
            char last = end.charAt(end.length() - 1);
            if (last == '-' || last == '+' || last == '!') {
                return operatorAlone(last);
            }
            if (last == ':') {
                return "'" + end.substring(end.lastIndexOf(' ') + 1) + "' is a field with nothing after it: give a "
                        + "word, a phrase or a group (title:police)";
            }
        }
        if (parserSays.contains("Lexical error") && end.endsWith("\\")) {
            return "a backslash escapes the character after it, and nothing follows it; to search for a backslash, "
                    + "write two (\\\\)";
        }
        Matcher regex = UNCLOSED_REGEX.matcher(parserSays);
        if (parserSays.contains("Lexical error") && regex.find()) {
            return "'" + regex.group(1) + "' opens a regular expression that no '/' closes (/pol.ce/); to search for "
                    + "a slash, escape it (\\/)";
        }
        Matcher operator = OPERATOR_ALONE.matcher(parserSays);
        if (operator.find()) {
            return operatorAlone(operator.group(1).charAt(0));
        }
        return null;
    }

    /** The parser's words for a regular expression that nothing closes, and for an operator before nothing. */
    private static final Pattern UNCLOSED_REGEX = Pattern.compile("after prefix \"(/[^\"]*)\"");
    private static final Pattern OPERATOR_ALONE = Pattern.compile("Encountered \" \"([-+!])\" ");

    /** What a query is told whose {@code -}, {@code +} or {@code !} comes before no word or group. */
    private static String operatorAlone(char operator) {
        return "'" + operator + "' goes right before the word or group it applies to (-police, +gang); to search for"
                + " the character itself, escape it (\\" + operator + ")";
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
