package org.kgi.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.kgi.graph.DateWindow;
import org.kgi.graph.Kind;
import org.kgi.graph.Node;
import org.kgi.graph.Relation;
import org.kgi.indexer.extract.events.Acled;
import org.kgi.indexer.search.DateBound;

/** Query parameters shared by the graph endpoints, parsed and checked once. */
final class GraphParams {
    private GraphParams() {
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        return ctx.queryParamAsClass(name, Integer.class)
                .check(n -> n == null || n >= min && n <= max, "must be between " + min + " and " + max)
                .getOrDefault(dflt);
    }

    static Set<Kind> kinds(Context ctx, String name) {
        Set<Kind> kinds = new LinkedHashSet<>();
        for (String v : values(ctx, name)) {
            try {
                kinds.add(Kind.parse(v));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(name + ": " + e.getMessage());
            }
        }
        return kinds;
    }

    static Set<Relation> relations(Context ctx) {
        Set<Relation> out = new LinkedHashSet<>();
        for (String v : values(ctx, "relation")) {
            try {
                out.add(Relation.parse(v));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("relation: " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * The node types of {@code name}: each an actor's, a place's or an event's type (in any case), else a 400 that
     * lists them; an unknown type matched nothing before, with no word of why.
     */
    static Set<String> types(Context ctx, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values(ctx, name)) {
            String type = Stream.of(Node.ACTOR_TYPES.stream(), Node.PLACE_TYPES.stream(), Acled.EVENT_TYPES.stream())
                    .flatMap(x -> x).filter(v::equalsIgnoreCase).findFirst().orElse(null);
            if (type == null) {
                throw ApiException.badRequest(name + ": unknown type '" + v + "' (actors: "
                        + String.join(", ", new TreeSet<>(Node.ACTOR_TYPES)) + "; places: "
                        + String.join(", ", new TreeSet<>(Node.PLACE_TYPES)) + "; events: "
                        + String.join(", ", Acled.EVENT_TYPES) + ")");
            }
            out.add(type);
        }
        return out;
    }

    static Set<String> values(Context ctx, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** The time window of {@code fromParam} / {@code toParam} (YYYY, YYYY-MM or YYYY-MM-DD; either may be absent). */
    static DateWindow window(Context ctx, String fromParam, String toParam) {
        if (fromParam.equals("from")) { // the path finder's since and until, where from and to are its ends
            fromParam = either(ctx, "from", "since");
            toParam = either(ctx, "to", "until");
        }
        LocalDate from = bound(ctx, fromParam, true);
        LocalDate to = bound(ctx, toParam, false);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'" + fromParam + "' (" + from + ") is after '" + toParam + "' (" + to + ")");
        }
        return DateWindow.of(from, to);
    }

    /**
     * Which of two names of one parameter a request gives: {@code name}, or else its other name {@code alias} (a
     * window's {@code since} where {@code from} is meant, as the path finder names it); both is a 400.
     */
    private static String either(Context ctx, String name, String alias) {
        boolean own = !blank(ctx.queryParam(name));
        if (own && !blank(ctx.queryParam(alias))) {
            throw ApiException.badRequest("'" + name + "' and '" + alias + "' are one parameter here: give one");
        }
        return own ? name : alias;
    }

    /** A window's first day ({@code first}) or last day, named by the parameter it came from when it is no date. */
    private static LocalDate bound(Context ctx, String param, boolean first) {
        String v = ctx.queryParam(param);
        try {
            return blank(v) ? null : first ? DateBound.first(v) : DateBound.last(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(param + ": " + e.getMessage());
        }
    }

    /** A {@code true}/{@code false} parameter, {@code otherwise} when absent or blank. */
    static boolean flag(Context ctx, String name, boolean otherwise) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw ApiException.badRequest(name + " must be 'true' or 'false', not '" + v + "'");
    }

    static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (blank(v)) {
            throw ApiException.badRequest("'" + name + "' is required");
        }
        return v.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
