package org.kgi.server.http;

import io.javalin.http.Context;
import org.kgi.server.Services;

/** {@code GET /api/health}: the server is up, and how much the index holds. */
final class HealthApi {
    /** The answer. */
    record Health(String status, int documents, int entities, Integer edges, String graph) {
    }

    private final Services services;

    HealthApi(Services services) {
        this.services = services;
    }

    void health(Context ctx) {
        boolean ready = services.graphReady();
        Integer edges = ready ? services.snapshot().graph().edgeCount() : null;
        ctx.json(new Health("ok", services.documents(), services.catalog().size(), edges, ready ? "ready" : "building"));
    }
}
