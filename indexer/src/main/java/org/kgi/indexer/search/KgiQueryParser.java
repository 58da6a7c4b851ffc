package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.RegExp;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.events.Acled;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.snapshot.EntityCatalog;

/**
 * Lucene's classic syntax over the body (which indexes the headline too, see {@link Schema#BODY}), plus kgi's fields:
 * <ul>
 *   <li>{@code actor:X}, {@code place:X}: the reports naming the entity X is a name, alias or id of, in any of
 *       its forms ({@code actor:MSS} = {@code actor:"Multinational Security Support Mission"}); wildcard and
 *       fuzzy forms ({@code actor:Cheri*}, {@code place:Liancort~}) match the letters of names and aliases;</li>
 *   <li>{@code event:X}: reports with an event of ACLED type X, in any case ({@code event:battles},
 *       {@code event:"violence against civilians"}), or of sub-event type X ({@code event:"mob violence"});</li>
 *   <li>{@code date:2024}, {@code date:2024-06}, {@code date:2024-06-14}, {@code date:[2024-01 TO 2024-06]}.</li>
 * </ul>
 * Not thread-safe (neither is Lucene's parser): one per query.
 */
final class KgiQueryParser extends QueryParser {
    static final String ACTOR = "actor";
    static final String PLACE = "place";
    static final String EVENT = "event";
    static final String DATE = "date";

    /** Fuzzy, wildcard, prefix and regular-expression words a query may hold, each an automaton to build. */
    static final int MAX_EXPANDING_WORDS = 32;
    /** The states a regular expression may take, as {@link #regexpSize} estimates them before it is built. */
    static final long MAX_REGEXP_STATES = 10_000;

    private final EntityCatalog catalog;
    private int expanding;

    KgiQueryParser(Analyzer analyzer, EntityCatalog catalog) {
        super(Schema.DEFAULT_SEARCH_FIELD, analyzer);
        this.catalog = catalog;
        setDefaultOperator(Operator.OR);
        setAllowLeadingWildcard(false);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        return switch (field(field, text)) {
            case ACTOR -> entity(Kind.ACTOR, Schema.ACTOR, Schema.ACTOR_NAMES, text, quoted);
            case PLACE -> entity(Kind.PLACE, Schema.PLACE, Schema.PLACE_NAMES, text, quoted);
            case EVENT -> eventQuery(text);
            case DATE -> dateRange(text, text, true, true);
            case Schema.YEAR -> {
                if (!text.strip().matches("\\d{4}")) {
                    throw new ParseException("year:" + text + " is not a year (YYYY)");
                }
                yield super.getFieldQuery(Schema.YEAR, text.strip(), quoted);
            }
            default -> super.getFieldQuery(field(field, text), text, quoted);
        };
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        field = field(field, text);
        if (ACTOR.equals(field) || PLACE.equals(field) || EVENT.equals(field) || DATE.equals(field)) {
            return getFieldQuery(field, text, true);
        }
        return super.getFieldQuery(field, text, slop);
    }

    /**
     * A group of clauses that only excludes ({@code NOT attack}, {@code -attack}, {@code police AND (NOT attack)})
     * excludes from every report, as Elasticsearch's {@code query_string} does; in Lucene's own parser it matches
     * nothing.
     */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        Query q = super.getBooleanQuery(clauses);
        if (q instanceof BooleanQuery b && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
            b.clauses().forEach(all::add);
            return all.build();
        }
        return q;
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        field = field(field, part1 + " TO " + part2);
        if (DATE.equals(field)) {
            return dateRange(part1, part2, startInclusive, endInclusive);
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
        noWildcards(field, text);
        expanding(text);
        return super.getWildcardQuery(namesField(field(field, text)), text);
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
        noWildcards(field, text + "*");
        expanding(text + "*");
        return super.getPrefixQuery(namesField(field(field, text)), text);
    }

    /**
     * A regular expression whose automaton would be too large to build in the time a search has ({@code /a{3000000}/}
     * took 35 s and gigabytes before the search's clock even started) is a syntax error that says so.
     */
    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
        expanding("/" + text + "/");
        long size;
        try {
            size = regexpSize(new RegExp(text, RegExp.ALL));
        } catch (IllegalArgumentException e) {
            size = 0; // Lucene's own parse of it says what is wrong
        }
        if (size > MAX_REGEXP_STATES) {
            throw new ParseException("regular expression /" + text + "/ is too large: it would take about " + size
                    + " states (at most " + MAX_REGEXP_STATES + "); use smaller repeat counts");
        }
        return super.getRegexpQuery(field(field, text), text);
    }

    /** About how many states the automaton of {@code r} has, saturated at {@code Long.MAX_VALUE / 2}. */
    static long regexpSize(RegExp r) {
        long size = switch (r.kind) {
            case REGEXP_UNION, REGEXP_CONCATENATION -> regexpSize(r.exp1) + regexpSize(r.exp2);
            case REGEXP_INTERSECTION -> times(regexpSize(r.exp1), regexpSize(r.exp2));
            case REGEXP_OPTIONAL, REGEXP_REPEAT, REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT ->
                    regexpSize(r.exp1) + 1;
            case REGEXP_REPEAT_MIN -> times(regexpSize(r.exp1), r.min + 1L);
            case REGEXP_REPEAT_MINMAX -> times(regexpSize(r.exp1), Math.max(1L, Math.max(r.min, r.max)));
            case REGEXP_STRING -> r.s.length() + 1L;
            case REGEXP_INTERVAL -> 10L * Math.max(1, r.digits);
            default -> 1;
        };
        return Math.min(size, Long.MAX_VALUE / 2);
    }

    private static long times(long a, long b) {
        return a > Long.MAX_VALUE / 2 / Math.max(1, b) ? Long.MAX_VALUE / 2 : a * b;
    }

    /** A wildcard in {@code date:}, {@code year:} or {@code event:}, whose values are no words: said, not searched. */
    private static void noWildcards(String field, String text) throws ParseException {
        String f = field.toLowerCase(Locale.ROOT);
        if (f.equals(DATE) || f.equals(Schema.YEAR)) {
            throw new ParseException(f + ":" + text + " takes no wildcard; give a date or a range (date:2023, "
                    + "date:2023-06, date:[2023-01 TO 2023-06])");
        }
        if (f.equals(EVENT)) {
            throw new ParseException("event:" + text + " takes no wildcard; give an event type, or a word of its name "
                    + "(event:battles, event:violence)");
        }
    }

    /** Counts a word that expands to the index's words matching it: at most {@link #MAX_EXPANDING_WORDS}. */
    private void expanding(String word) throws ParseException {
        if (++expanding > MAX_EXPANDING_WORDS) {
            throw new ParseException("too many fuzzy, wildcard or regular expression words (at most "
                    + MAX_EXPANDING_WORDS + "; the one past it is " + word + ")");
        }
    }

    /** The fields a query can name: kgi's own, and the index's fields a user may know from a report's answer. */
    private static final List<String> FIELDS = List.of(Schema.TITLE, Schema.BODY, ACTOR, PLACE, EVENT, DATE,
            Schema.ID, Schema.SOURCE, Schema.YEAR, Schema.FORMAT, Schema.PATH);

    /**
     * {@code field} as the index names it ({@code Title} is {@code title}), or a syntax error that says which fields
     * there are: an unknown field would silently find nothing ({@code titel:police}; {@code 12:30}, the time, is
     * field {@code 12}).
     */
    private static String field(String field, String text) throws ParseException {
        if (FIELDS.contains(field)) {
            return field;
        }
        String lower = field.toLowerCase(Locale.ROOT);
        if (FIELDS.contains(lower)) {
            return lower;
        }
        throw new ParseException("no field '" + field + "' (in '" + field + ":" + text + "'): the fields are title, "
                + "body, actor, place, event and date (also id, source, year, format and path); to search for a word "
                + "with a colon, put it in quotes (\"" + field + ":" + text + "\") or escape the colon (" + field
                + "\\:" + text + ")");
    }

    /**
     * A fuzzy word of the body or the headline matches the words near it as written, and its own stem, the form the
     * index holds: {@code kidnapping~} finds "kidnapping" (stem {@code kidnap}, three edits from the word as written),
     * and {@code kidnaping~} finds it too. Elasticsearch's fuzzy words on a stemmed field find neither. Words near the
     * stem are not matched: the stems of names are not words ({@code Cherizer~} would find "cherish").
     */
    @Override
    protected Query getFuzzyQuery(String field, String text, float minSimilarity) throws ParseException {
        expanding(text + "~");
        field = field(field, text);
        Query written = super.getFuzzyQuery(namesField(field), text, minSimilarity);
        if (!Schema.BODY.equals(field) && !Schema.TITLE.equals(field)) {
            return written;
        }
        String stem = stem(field, text);
        if (stem == null || written instanceof FuzzyQuery f && f.getTerm().text().equals(stem)) {
            return written;
        }
        return new BooleanQuery.Builder().add(written, BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(field, stem)), BooleanClause.Occur.SHOULD).build();
    }

    /** The one term the field's analysis makes of {@code word}, or {@code null} (a stop word, or several terms). */
    private String stem(String field, String word) {
        try (TokenStream ts = getAnalyzer().tokenStream(field, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String first = ts.incrementToken() ? term.toString() : null;
            boolean more = first != null && ts.incrementToken();
            ts.end();
            return more ? null : first;
        } catch (IOException e) {
            return null;
        }
    }

    private static String namesField(String field) {
        if (ACTOR.equals(field)) {
            return Schema.ACTOR_NAMES;
        }
        return PLACE.equals(field) ? Schema.PLACE_NAMES : field;
    }

    /** The reports naming any entity {@code text} resolves to, or whose entity names hold {@code text} as a phrase. */
    private Query entity(Kind kind, String idField, String namesField, String text, boolean quoted) throws ParseException {
        Set<String> ids = catalog.resolve(kind, text);
        String[] words = text.strip().split("\\s+");
        if (ids.isEmpty() && !quoted && words.length > 1 && !text.startsWith(kind.label() + ":")) {
            // actor:(trb valcin), words no entity is named together: each word's entity, as field:(a b) is a OR b
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String word : words) {
                Query each = entity(kind, idField, namesField, word, false);
                if (!(each instanceof MatchNoDocsQuery)) {
                    any.add(each, BooleanClause.Occur.SHOULD);
                }
            }
            BooleanQuery q = any.build();
            if (!q.clauses().isEmpty()) {
                return new ConstantScoreQuery(q);
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String id : ids) {
            b.add(new TermQuery(new Term(idField, id)), BooleanClause.Occur.SHOULD);
        }
        if (text.startsWith(kind.label() + ":")) {
            b.add(new TermQuery(new Term(idField, text)), BooleanClause.Occur.SHOULD);
        }
        if (ids.isEmpty()) {
            Query byLetters = super.getFieldQuery(namesField, text, true);
            if (byLetters != null) {
                b.add(byLetters, BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery q = b.build();
        if (q.clauses().isEmpty()) {
            return new MatchNoDocsQuery("no " + kind.label() + " named '" + text + "'");
        }
        // every report that names the entity scores alike, however many ids it has: as a disjunction of terms, a
        // report carrying only the rarest of them ("TRB", in one report) would score above the others
        return q.clauses().size() == 1 ? q : new ConstantScoreQuery(q);
    }

    /**
     * The reports with an event of the type or sub-type {@code text} names: its name in any case, singular or plural
     * ({@code riot}, {@code "mob violence"}), else every type and sub-type whose name has its words ({@code violence}:
     * violence against civilians, remote violence, sexual and mob violence), else, for words that name no type
     * together, the types each names ({@code event:(riots protests)}, as {@code field:(a b)} is {@code a OR b}). A
     * text that names no type is a syntax error that lists them, not a search that silently finds nothing.
     */
    private static Query eventQuery(String text) throws ParseException {
        String t = text.strip().replace('_', ' ');
        Set<Term> terms = new LinkedHashSet<>(eventTerms(t));
        if (terms.isEmpty() && t.contains(" ")) {
            for (String word : t.split("\\s+")) {
                List<Term> each = eventTerms(word);
                if (each.isEmpty()) {
                    throw unknownEvent(word);
                }
                terms.addAll(each);
            }
        }
        if (terms.isEmpty()) {
            throw unknownEvent(t);
        }
        if (terms.size() == 1) {
            return new TermQuery(terms.iterator().next());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach(term -> any.add(new TermQuery(term), BooleanClause.Occur.SHOULD));
        return new ConstantScoreQuery(any.build()); // every report with such an event alike, as for one type
    }

    private static ParseException unknownEvent(String text) {
        return new ParseException("event:" + text + " " + Acled.namesNone());
    }

    /** The terms of the event types and sub-types {@code text} names ({@link Acled#named}). */
    private static List<Term> eventTerms(String text) {
        List<Term> terms = new ArrayList<>();
        for (String name : Acled.named(text)) {
            terms.add(Acled.EVENT_TYPES.contains(name) ? new Term(Schema.EVENT_TYPE, name)
                    : new Term(Schema.EVENT_SUBTYPE, name.toLowerCase(Locale.ROOT)));
        }
        return terms;
    }

    /**
     * Reports dated from {@code a} to {@code b}, each a day, a month or a year: an inclusive bound holds all of its
     * days, an exclusive one none of them ({@code date:{2023 TO 2024]} is 2024; Elasticsearch rounds {@code gt} and
     * {@code lt} of a partial date so too).
     */
    private static Query dateRange(String a, String b, boolean startInclusive, boolean endInclusive) throws ParseException {
        long lo = a == null || a.equals("*") ? Long.MIN_VALUE : startInclusive ? first(a) : last(a) + 1;
        long hi = b == null || b.equals("*") ? Long.MAX_VALUE : endInclusive ? last(b) : first(b) - 1;
        if (a != null && b != null && !a.equals("*") && !b.equals("*") && first(b) < first(a)) {
            throw new ParseException("the date range [" + a + " TO " + b + "] ends before it starts");
        }
        return LongField.newRangeQuery(Schema.DATE, lo, hi);
    }

    static long first(String s) throws ParseException {
        try {
            return DateBound.first(s).toEpochDay();
        } catch (IllegalArgumentException e) {
            throw new ParseException(e.getMessage());
        }
    }

    static long last(String s) throws ParseException {
        try {
            return DateBound.last(s).toEpochDay();
        } catch (IllegalArgumentException e) {
            throw new ParseException(e.getMessage());
        }
    }
}
