package org.kgi.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import org.kgi.graph.DateWindow;
import org.kgi.graph.GraphLimits;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.io.ExportFormat;
import org.kgi.graph.io.GraphExport;
import org.kgi.graph.scoring.Measure;
import org.kgi.server.graph.GraphAnswers;

/**
 * The knowledge-graph endpoints: entity pages, neighbours, paths, rankings, communities, events and export.
 * Unknown entities are 404s; bad parameters 400s; a query that would explode is a 422 that says so.
 */
final class GraphApi {
    private final GraphAnswers answers;

    GraphApi(GraphAnswers answers) {
        this.answers = answers;
    }

    void entity(Context ctx) throws IOException {
        ctx.json(answers.entity(ctx.pathParam("id"), GraphParams.integer(ctx, "documents", 20, 1, 100)));
    }

    void neighbours(Context ctx) {
        ctx.json(answers.neighbours(ctx.pathParam("id"),
                GraphParams.integer(ctx, "depth", 1, 1, GraphLimits.MAX_DEPTH),
                GraphParams.kinds(ctx, "kind"), GraphParams.types(ctx, "type"), GraphParams.relations(ctx),
                GraphParams.window(ctx, "from", "to"),
                GraphParams.integer(ctx, "limit", 50, 1, GraphLimits.MAX_LIMIT),
                GraphParams.integer(ctx, "evidence", 3, 0, GraphAnswers.MAX_EVIDENCE_PER_EDGE),
                GraphParams.flag(ctx, "generic", true)));
    }

    void paths(Context ctx) {
        ctx.json(answers.paths(GraphParams.required(ctx, "from"), GraphParams.required(ctx, "to"),
                GraphParams.integer(ctx, "k", 3, 1, GraphLimits.MAX_K),
                GraphParams.integer(ctx, "maxLength", 4, 1, GraphLimits.MAX_PATH_LENGTH),
                GraphParams.kinds(ctx, "through"), GraphParams.relations(ctx),
                GraphParams.window(ctx, "since", "until"),
                GraphParams.integer(ctx, "evidence", 3, 0, GraphAnswers.MAX_EVIDENCE_PER_EDGE),
                GraphParams.flag(ctx, "generic", true)));
    }

    void rank(Context ctx) {
        Measure by;
        try {
            by = Measure.parse(ctx.queryParamAsClass("by", String.class).getOrDefault("pagerank"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("by: " + e.getMessage());
        }
        ctx.json(answers.rank(by, GraphParams.kinds(ctx, "kind"), GraphParams.types(ctx, "type"),
                GraphParams.integer(ctx, "limit", 20, 1, GraphLimits.MAX_LIMIT), GraphParams.window(ctx, "from", "to"),
                GraphParams.flag(ctx, "generic", true)));
    }

    void communities(Context ctx) {
        ctx.json(answers.communities(GraphParams.integer(ctx, "limit", 20, 1, GraphLimits.MAX_LIMIT),
                GraphParams.integer(ctx, "members", 50, 1, GraphLimits.MAX_LIMIT),
                GraphParams.window(ctx, "from", "to"), GraphParams.flag(ctx, "generic", true)));
    }

    void events(Context ctx) {
        String actor = ctx.queryParam("actor");
        String place = ctx.queryParam("place");
        String type = ctx.queryParam("type");
        ctx.json(answers.events(GraphParams.blank(actor) ? null : actor.strip(), GraphParams.blank(place) ? null : place.strip(),
                GraphParams.blank(type) ? null : type.strip(), GraphParams.window(ctx, "from", "to"),
                GraphParams.integer(ctx, "limit", 50, 1, GraphLimits.MAX_LIMIT),
                GraphParams.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE), newestFirst(ctx.queryParam("order"))));
    }

    void event(Context ctx) {
        ctx.json(answers.event(ctx.pathParam("id")));
    }

    /** {@code order=oldest} (the default) or {@code newest}. */
    private static boolean newestFirst(String order) {
        if (GraphParams.blank(order) || order.strip().equalsIgnoreCase("oldest")) {
            return false;
        }
        if (order.strip().equalsIgnoreCase("newest")) {
            return true;
        }
        throw ApiException.badRequest("order: 'oldest' or 'newest', not '" + order + "'");
    }

    void export(Context ctx) throws IOException {
        ExportFormat format;
        try {
            format = ExportFormat.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("graphml"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("format: " + e.getMessage());
        }
        DateWindow window = GraphParams.window(ctx, "from", "to");
        KnowledgeGraph g = answers.graph();
        KnowledgeGraph slice = window.isUnbounded() ? g : g.window(window);
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"kgi-" + LocalDate.now() + "-" + format.fileName() + "\"");
        new GraphExport(slice).write(format, ctx.outputStream());
    }
}
