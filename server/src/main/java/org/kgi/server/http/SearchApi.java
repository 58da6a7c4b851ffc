package org.kgi.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.kgi.indexer.search.QuerySyntaxException;
import org.kgi.indexer.search.ReportSearcher;
import org.kgi.indexer.search.SearchRequest;

/** {@code GET /api/search}. */
final class SearchApi {
    private final ReportSearcher searcher;

    SearchApi(ReportSearcher searcher) {
        this.searcher = searcher;
    }

    void search(Context ctx) throws IOException {
        String q = ctx.queryParamAsClass("q", String.class)
                .check(s -> s == null || s.length() <= SearchRequest.MAX_QUERY_CHARS, "must be at most " + SearchRequest.MAX_QUERY_CHARS + " characters")
                .getOrDefault("");
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n == null || n >= 1 && n <= SearchRequest.MAX_LIMIT, "must be between 1 and " + SearchRequest.MAX_LIMIT)
                .getOrDefault(10);
        try {
            ctx.json(searcher.search(new SearchRequest(q, limit)));
        } catch (QuerySyntaxException e) {
            throw new ApiException(400, "Query syntax error", e.getMessage());
        }
    }
}
