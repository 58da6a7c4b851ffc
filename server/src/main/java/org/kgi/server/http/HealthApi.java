package org.kgi.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/** {@code GET /api/health}: the server is up, and how much the index holds. */
final class HealthApi {
    /** The answer. */
    record Health(String status, int documents) {
    }

    private final SearcherManager searchers;

    HealthApi(SearcherManager searchers) {
        this.searchers = searchers;
    }

    void health(Context ctx) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            ctx.json(new Health("ok", s.getIndexReader().numDocs()));
        } finally {
            searchers.release(s);
        }
    }
}
