package org.kgi.server.http;

import io.javalin.http.Context;
import java.util.List;
import org.kgi.graph.Kind;
import org.kgi.indexer.snapshot.EntityCatalog;
import org.kgi.indexer.snapshot.EntityInfo;
import org.kgi.server.Services;

/** {@code GET /api/entities}: lookup and autocomplete over the names and aliases of actors and places. */
final class EntitiesApi {
    /** The answer: how many entities match, and the first {@code limit} of them, most reported first. */
    record EntityList(int total, List<EntityInfo> entities) {
    }

    private final Services services;

    EntitiesApi(Services services) {
        this.services = services;
    }

    void list(Context ctx) {
        String q = ctx.queryParamAsClass("q", String.class)
                .check(s -> s == null || s.length() <= 200, "must be at most 200 characters").getOrDefault("");
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n == null || n >= 1 && n <= 500, "must be between 1 and 500").getOrDefault(20);
        Kind kind;
        try {
            String k = ctx.queryParam("kind");
            kind = k == null || k.isBlank() ? null : Kind.parse(k);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("kind: " + e.getMessage());
        }
        String type = ctx.queryParam("type");
        EntityCatalog catalog = services.catalog();
        List<EntityInfo> all = catalog.search(q, kind, type == null || type.isBlank() ? null : type, Integer.MAX_VALUE);
        ctx.json(new EntityList(all.size(), all.size() > limit ? all.subList(0, limit) : all));
    }
}
