package org.kgi.server.http;

import io.javalin.http.Context;
import org.kgi.indexer.snapshot.IndexSnapshot;
import org.kgi.server.Services;

/** {@code GET /api/health}: the server is up, and how much the index holds. */
final class HealthApi {
    /** The answer. */
    record Health(String status, int documents, int entities) {
    }

    private final Services services;

    HealthApi(Services services) {
        this.services = services;
    }

    void health(Context ctx) {
        IndexSnapshot s = services.snapshot();
        ctx.json(new Health("ok", s.documents(), s.catalog().size()));
    }
}
