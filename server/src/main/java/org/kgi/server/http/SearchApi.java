package org.kgi.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kgi.indexer.search.DateBound;
import org.kgi.indexer.search.Facet;
import org.kgi.indexer.search.QuerySyntaxException;
import org.kgi.indexer.search.ReportSearcher;
import org.kgi.indexer.search.SearchRequest;
import org.kgi.indexer.search.SearchTimeoutException;
import org.kgi.indexer.search.SortOrder;

/** {@code GET /api/search}. */
final class SearchApi {
    private final ReportSearcher searcher;

    SearchApi(ReportSearcher searcher) {
        this.searcher = searcher;
    }

    void search(Context ctx) throws IOException {
        SearchRequest request = request(ctx);
        try {
            ctx.json(searcher.search(request, useCache(ctx)));
        } catch (QuerySyntaxException e) {
            throw new ApiException(400, "Query syntax error", e.getMessage());
        } catch (SearchTimeoutException e) {
            throw new ApiException(503, "Search timed out", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The search {@code ctx} asks for ({@link KgiApp#givenOnce} has checked that its parameters are not repeated). */
    static SearchRequest request(Context ctx) {
        String q = ctx.queryParamAsClass("q", String.class)
                .check(s -> s == null || s.length() <= SearchRequest.MAX_QUERY_CHARS, "must be at most " + SearchRequest.MAX_QUERY_CHARS + " characters")
                .getOrDefault("");
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n == null || n >= 1 && n <= SearchRequest.MAX_LIMIT, "must be between 1 and " + SearchRequest.MAX_LIMIT)
                .getOrDefault(10);
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<String> values = ctx.queryParams(f.param()).stream().filter(v -> !v.isBlank()).map(String::strip).toList();
            if (f == Facet.YEAR) {
                values.stream().filter(v -> !v.matches("\\d{4}")).findFirst().ifPresent(v -> {
                    throw ApiException.badRequest("year: '" + v + "' is not a year (YYYY)");
                });
            }
            if (!values.isEmpty()) {
                filters.put(f, values);
            }
        }
        int facetSize = ctx.queryParamAsClass("facetSize", Integer.class)
                .check(n -> n == null || n >= 1 && n <= SearchRequest.MAX_FACET_SIZE,
                        "must be between 1 and " + SearchRequest.MAX_FACET_SIZE)
                .getOrDefault(SearchRequest.DEFAULT_FACET_SIZE);
        int facetSample = ctx.queryParamAsClass("facetSample", Integer.class)
                .check(n -> n == null || n >= 1, "must be at least 1")
                .getOrDefault(SearchRequest.DEFAULT_FACET_SAMPLE);
        try {
            LocalDate from = date(ctx.queryParam("from"), true);
            LocalDate to = date(ctx.queryParam("to"), false);
            String sort = ctx.queryParam("sort");
            return new SearchRequest(q, limit, blankToNull(ctx.queryParam("cursor")), filters, from, to,
                    sort == null || sort.isBlank() ? SortOrder.RELEVANCE : SortOrder.parse(sort), facetSample,
                    GraphParams.flag(ctx, "exactTotal", false), facetSize);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** {@code cache=false} bypasses the cache of recent results (neither read nor filled). */
    private static boolean useCache(Context ctx) {
        return GraphParams.flag(ctx, "cache", true);
    }

    private static LocalDate date(String value, boolean first) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return first ? DateBound.first(value) : DateBound.last(value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
