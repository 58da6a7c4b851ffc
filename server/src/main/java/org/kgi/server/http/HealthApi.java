package org.kgi.server.http;

import io.javalin.http.Context;
import org.kgi.server.Services;

/** {@code GET /api/health}: the server is up, and how much the index holds. */
final class HealthApi {
    /** The answer. */
    record Health(String status, int documents, int entities, int edges, String graph) {
    }

    private final Services services;

    HealthApi(Services services) {
        this.services = services;
    }

    /**
     * The graph is {@code ready} when the current index's is built, else {@code building}: a rebuild is started if
     * none is running, and {@code edges} counts the last graph built (0 before the first).
     */
    void health(Context ctx) {
        boolean ready = services.graphReady();
        int edges = (ready ? services.snapshot() : services.lastSnapshotWarming()).graph().edgeCount();
        ctx.json(new Health("ok", services.documents(), services.catalog().size(), edges, ready ? "ready" : "building"));
    }
}
