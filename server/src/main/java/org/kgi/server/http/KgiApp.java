package org.kgi.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.kgi.graph.Kind;
import org.kgi.graph.QueryTooLargeException;
import org.kgi.graph.UnknownNodeException;
import org.kgi.indexer.json.Json;
import org.kgi.server.Services;
import org.kgi.server.graph.GraphAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin app: API routes, the web page, and the one place where errors become
 * {@code application/problem+json}. {@link #create} does not start it, so tests start the same app on port 0.
 */
public final class KgiApp {
    private static final Logger LOG = LoggerFactory.getLogger(KgiApp.class);

    private KgiApp() {
    }

    public static Javalin create(Services services) {
        return create(services, ApiOptions.LOOPBACK);
    }

    /** Whether {@code id} is an event's, {@code event:<report id>-<n>}, of a report the index holds. */
    private static boolean eventOfAReport(Services services, String id) throws IOException {
        String report = id.startsWith(Kind.EVENT.label() + ":") ? GraphAnswers.reportOf(id) : null;
        return report != null && services.store().pathOf(report).isPresent();
    }

    /** The largest request body the server reads. */
    static final long MAX_REQUEST_BYTES = 16L * 1024 * 1024;

    public static Javalin create(Services services, ApiOptions options) {
        SearchApi search = new SearchApi(services.searcher());
        HealthApi health = new HealthApi(services);
        DocumentsApi documents = new DocumentsApi(services);
        EntitiesApi entities = new EntitiesApi(services);
        ReindexApi reindex = new ReindexApi(services, options);
        GraphApi graph = new GraphApi(services.graph());
        WebPages pages = new WebPages(id -> services.store().pathOf(id).isPresent(),
                id -> services.catalog().get(id).isPresent() || eventOfAReport(services, id));
        String openApi = WebPages.resource("/web/openapi.json");
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
            });
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true; // a path asked with a method it does not take: 405 (methodNotAllowed)
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            if (options.corsOrigin() != null) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    rule.path = "/api/*";
                    rule.allowHost(options.corsOrigin());
                }));
            }
            // HEAD answers as GET would, without the body (Javalin answered every HEAD 200, a missing report too)
            BiConsumer<String, Handler> get = (path, handler) -> {
                config.routes.get(path, handler);
                config.routes.head(path, handler);
            };
            pages.register(get);
            get.accept("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            get.accept("/api/health", health::health);
            get.accept("/api/search", search::search);
            get.accept("/api/documents/{id}", documents::get);
            get.accept("/api/documents/{id}/similar", documents::similar);
            config.routes.post("/api/documents", documents::post);
            config.routes.delete("/api/documents/{id}", documents::delete);
            get.accept("/api/entities", entities::list);
            get.accept("/api/entities/{id}", graph::entity);
            get.accept("/api/entities/{id}/neighbors", graph::neighbours);
            get.accept("/api/paths", graph::paths);
            get.accept("/api/graph/rank", graph::rank);
            get.accept("/api/graph/communities", graph::communities);
            get.accept("/api/graph/export", graph::export);
            get.accept("/api/events", graph::events);
            get.accept("/api/events/{id}", graph::event);
            get.accept("/api/reindex", reindex::status);
            config.routes.post("/api/reindex", reindex::start);
            config.routes.before("/api/*", ctx -> WriteGuard.check(ctx, options));
            config.routes.before("/api/*", KgiApp::wellFormedQueryString);
            config.routes.before("/api/*", KgiApp::givenOnce);

            config.routes.exception(ApiException.class, (e, ctx) -> problem(ctx, e.problem()));
            // Javalin's own refusals (a body over the limit) as problems too, not text/plain
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
                    problem(ctx, Problem.of(413, "Content too large", "the request body is larger than "
                            + MAX_REQUEST_BYTES + " bytes (16 MB)"));
                } else if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
                    methodNotAllowed(ctx, e.getDetails().getOrDefault("availableMethods", ""));
                } else { // as Javalin answers them; the error handlers below then make an API's 404 a problem
                    ctx.status(e.getStatus()).result(e.getMessage());
                }
            });
            config.routes.exception(ValidationException.class, (e, ctx) -> problem(ctx, Problem.of(400, "Bad request",
                    e.getErrors().entrySet().stream()
                            .map(en -> en.getKey() + ": " + en.getValue().stream().map(KgiApp::validationMessage)
                                    .collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("; ")))));
            config.routes.exception(UnknownNodeException.class, (e, ctx) -> problem(ctx, Problem.of(404, "Not found",
                    "no " + (ctx.path().startsWith("/api/events/") ? "event" : "entity") + " with id '" + e.id()
                            + "'")));
            config.routes.exception(QueryTooLargeException.class, (e, ctx) -> problem(ctx, Problem.of(422, "Query too large",
                    e.getMessage())));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, Problem.of(400, "Bad request",
                    e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, Problem.of(500, "Internal error", "the server could not answer this request; see its log"));
            });
            config.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith(Problem.CONTENT_TYPE))) {
                    problem(ctx, Problem.of(404, "Not found", "no such endpoint: " + ctx.method() + " " + ctx.path()));
                }
            });
        });
    }

    /**
     * A path the server has, asked with a method it does not take there: a 405 that says which it takes, in an
     * {@code Allow} header as HTTP asks (a problem for the API); {@code OPTIONS} is answered with that header alone.
     */
    private static void methodNotAllowed(Context ctx, String methods) {
        String allow = methods.isEmpty() ? "OPTIONS" : methods + ", OPTIONS";
        ctx.header("Allow", allow);
        if (ctx.method() == HandlerType.OPTIONS) { // (a CORS preflight too: the CORS plugin has added its headers)
            ctx.status(HttpStatus.OK).result("");
        } else if (ctx.path().startsWith("/api/")) {
            problem(ctx, Problem.of(405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path()
                    + "; it takes " + allow));
        } else {
            ctx.status(HttpStatus.METHOD_NOT_ALLOWED).contentType("text/plain; charset=utf-8")
                    .result(ctx.method() + " is not allowed on " + ctx.path() + "; it takes " + allow + "\n");
        }
    }

    /** Javalin's message, except for a value of the wrong type, which it names only by a code. */
    private static String validationMessage(ValidationError<?> error) {
        return "TYPE_CONVERSION_FAILED".equals(error.getMessage()) ? "'" + error.value + "' is not a valid value" : error.getMessage();
    }

    static void problem(Context ctx, Problem problem) {
        ctx.status(problem.status());
        ctx.json(problem);
        ctx.contentType(Problem.CONTENT_TYPE);
    }

    /** The parameters of an endpoint that take several values, given again or comma-separated; the others once. */
    static Set<String> severalValues(String path) {
        if (path.equals("/api/search")) {
            return Set.of("actor", "place", "eventType", "year");
        }
        if (path.equals("/api/paths")) {
            return Set.of("through", "relation");
        }
        if (path.equals("/api/graph/rank")) {
            return Set.of("kind", "type");
        }
        return path.startsWith("/api/entities/") && path.endsWith("/neighbors") ? Set.of("kind", "type", "relation")
                : Set.of();
    }

    /**
     * Refuses a parameter given twice that takes one value ({@code /api/events?actor=police&actor=TRB}): all but the
     * first would be dropped without a word.
     */
    static void givenOnce(Context ctx) {
        Set<String> several = severalValues(ctx.path());
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (p.getValue().size() > 1 && !several.contains(p.getKey())) {
                throw ApiException.badRequest(p.getKey() + " is given " + p.getValue().size() + " times; give it once"
                        + (several.isEmpty() ? "" : " (only " + String.join(", ", new TreeSet<>(several))
                        + " take several values here)"));
            }
        }
    }

    /**
     * Refuses a query string that cannot be decoded ({@code q=%ZZ}): its parameter would be dropped, and the search
     * would run without it (every report for a query lost so).
     */
    static void wellFormedQueryString(Context ctx) {
        String raw = ctx.queryString();
        if (raw == null || raw.indexOf('%') < 0) {
            return;
        }
        // one pass over it: each escape two hexadecimal digits, and the bytes they make UTF-8 (decoded leniently,
        // q=%FF searched for U+FFFD and found nothing)
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int plain = 0;
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', plain)) {
            bytes.writeBytes(raw.substring(plain, i).getBytes(StandardCharsets.UTF_8));
            int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw ApiException.badRequest("the query string is not well formed ('"
                        + raw.substring(i, Math.min(i + 3, raw.length())) + "' at " + i + "): a '%' must be followed "
                        + "by two hexadecimal digits; write a percent sign as %25");
            }
            bytes.write(high * 16 + low);
            plain = i + 3;
        }
        bytes.writeBytes(raw.substring(plain).getBytes(StandardCharsets.UTF_8));
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("the query string's %-escapes are not UTF-8: a character beyond ASCII is "
                    + "written as the %-escapes of its UTF-8 bytes (é is %C3%A9)");
        }
    }
}
