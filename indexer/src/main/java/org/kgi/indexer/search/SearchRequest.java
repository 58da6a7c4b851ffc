package org.kgi.indexer.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One search.
 *
 * @param query   Lucene syntax ({@code ""} for every report)
 * @param limit   hits per page, 1 to {@link #MAX_LIMIT}
 * @param cursor  where the previous page ended ({@code next} of its result), or {@code null} for the first page
 * @param filters selected facet values: OR within a facet, AND across facets
 * @param from    earliest report date, inclusive, or {@code null}
 * @param to      latest report date, inclusive, or {@code null}
 * @param sort    order of the hits
 * @param facetSample facet counts are exact when at most this many reports match; past it they are estimated
 *                from the matches among an even sample of the index that holds between half and all of this many
 *                (see {@link SearchResult#facetsApproximate()}); the total is exact up to this many matches too, and
 *                past it estimated from that sample unless Lucene counts it without visiting the matches (a single
 *                term, every report) or {@code exactTotal} asks for an exact count
 * @param exactTotal count every match however many there are (like Elasticsearch's {@code track_total_hits=true}),
 *                at the cost of visiting them all
 * @param facetSize values listed of the actor and place facets, 1 to {@link #MAX_FACET_SIZE} (Elasticsearch's terms
 *                aggregation {@code size}; every event type and year is listed)
 */
public record SearchRequest(String query, int limit, String cursor, Map<Facet, List<String>> filters,
                            LocalDate from, LocalDate to, SortOrder sort, int facetSample,
                            boolean exactTotal, int facetSize) {
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_FACET_SIZE = 10;
    public static final int MAX_FACET_SIZE = 100;
    /**
     * The default {@link #facetSample}. Over the search benchmark's 189 queries on 100,000 generated reports, a
     * sample of 1,000 to 2,000 matches (past 2,000) put the facet values shown within 3.0% of their true counts on
     * average, 98.5% of the top-10 values were the true top 10's, and totals were within 1.6%; with 10,000 the
     * figures were 1.3%, 99.7% and 0.6%, at about five times the cost of counting (see BENCHMARKS.md).
     */
    public static final int DEFAULT_FACET_SAMPLE = 2_000;
    public static final int MAX_QUERY_CHARS = 2_000;
    public static final int MAX_FILTER_VALUES = 50;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query is longer than " + MAX_QUERY_CHARS + " characters");
        }
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((f, values) -> {
                if (values != null && !values.isEmpty()) {
                    if (values.size() > MAX_FILTER_VALUES) {
                        throw new IllegalArgumentException(f.param() + ": at most " + MAX_FILTER_VALUES + " values");
                    }
                    copy.put(f, List.copyOf(values));
                }
            });
        }
        filters = copy;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (facetSample < 1) {
            throw new IllegalArgumentException("facetSample must be at least 1, not " + facetSample);
        }
        if (facetSize < 1 || facetSize > MAX_FACET_SIZE) {
            throw new IllegalArgumentException("facetSize must be between 1 and " + MAX_FACET_SIZE + ", not "
                    + facetSize);
        }
    }

    /** With the {@link #DEFAULT_FACET_SIZE default facet size}. */
    public SearchRequest(String query, int limit, String cursor, Map<Facet, List<String>> filters,
                         LocalDate from, LocalDate to, SortOrder sort, int facetSample, boolean exactTotal) {
        this(query, limit, cursor, filters, from, to, sort, facetSample, exactTotal, DEFAULT_FACET_SIZE);
    }

    /** With the {@link #DEFAULT_FACET_SAMPLE default facet sample}. */
    public SearchRequest(String query, int limit, String cursor, Map<Facet, List<String>> filters,
                         LocalDate from, LocalDate to, SortOrder sort) {
        this(query, limit, cursor, filters, from, to, sort, DEFAULT_FACET_SAMPLE, false);
    }

    /** The same search without the values chosen of {@code facet}. */
    public SearchRequest without(Facet facet) {
        EnumMap<Facet, List<String>> rest = new EnumMap<>(Facet.class);
        rest.putAll(filters);
        rest.remove(facet);
        return new SearchRequest(query, limit, cursor, rest, from, to, sort, facetSample, exactTotal, facetSize);
    }

    /** The same search with every match counted ({@link #exactTotal()}). */
    public SearchRequest withExactTotal() {
        return new SearchRequest(query, limit, cursor, filters, from, to, sort, facetSample, true, facetSize);
    }

    /** The first page of {@code query}, best first, no filters. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, null, Map.of(), null, null, SortOrder.RELEVANCE);
    }
}
