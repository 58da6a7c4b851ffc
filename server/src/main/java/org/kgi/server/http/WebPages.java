package org.kgi.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.BiConsumer;

/**
 * The web page: one HTML shell per view, each reading its URL and calling the API from its script.
 * Every shell is served with a Content-Security-Policy that allows scripts from this server only, so no report text
 * can run; a report's or an entity's shell with 404 when the id names none (the page says so too, from the API's
 * 404), so that a crawler or a link checker is not told that the page exists.
 */
final class WebPages {
    /** Whether an id names something the index holds. */
    interface Exists {
        boolean test(String id) throws IOException;
    }

    private final Exists documentExists;
    private final Exists entityExists;

    WebPages(Exists document, Exists entity) {
        this.documentExists = document;
        this.entityExists = entity;
    }

    /** Scripts, styles and API calls from this server only; no inline script, no plugins, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The site's icon: a node with two edges, in the page's accent colour. */
    static final String FAVICON = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'>"
            + "<path d='M3 13L8 4L13 12' stroke='#1f5fbf' stroke-width='1.5' fill='none'/>"
            + "<circle cx='8' cy='4' r='2.5' fill='#1f5fbf'/><circle cx='3' cy='13' r='2' fill='#1f5fbf'/>"
            + "<circle cx='13' cy='12' r='2' fill='#1f5fbf'/></svg>";
    /** Where the page loads Cytoscape.js from (the WebJar on the classpath, whatever its version). */
    static final String CYTOSCAPE_PATH = "/vendor/cytoscape.min.js";

    private final String search = resource("/web/index.html");
    private final String document = resource("/web/document.html");
    private final String entity = resource("/web/entity.html");
    private final String paths = resource("/web/paths.html");
    private final String rankings = resource("/web/rankings.html");
    private final byte[] cytoscape = cytoscape();

    /** Registers the pages with {@code get}, which takes a path and its handler. */
    void register(BiConsumer<String, Handler> get) {
        get.accept("/", ctx -> page(ctx, search));
        get.accept("/documents/{id}", ctx -> found(ctx, documentExists.test(ctx.pathParam("id")), document));
        get.accept("/entities/{id}", ctx -> found(ctx, entityExists.test(ctx.pathParam("id")), entity));
        get.accept("/paths", ctx -> page(ctx, paths));
        get.accept("/rankings", ctx -> page(ctx, rankings));
        // the browser asks for an icon on every page: a small one, not a 404 in its console
        get.accept("/favicon.ico", ctx -> ctx.header("Cache-Control", "public, max-age=86400")
                .contentType("image/svg+xml").result(FAVICON));
        get.accept(CYTOSCAPE_PATH, ctx -> {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType("text/javascript; charset=utf-8").result(cytoscape);
        });
    }

    /** The shell of a report's or an entity's page, with 404 when there is no such one. */
    private static void found(Context ctx, boolean exists, String html) {
        if (!exists) {
            ctx.status(404);
        }
        page(ctx, html);
    }

    private static void page(Context ctx, String html) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.html(html);
    }

    private static byte[] cytoscape() {
        Properties pom = new Properties();
        try (InputStream in = WebPages.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the Cytoscape.js WebJar is not on the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes("/META-INF/resources/webjars/cytoscape/" + pom.getProperty("version") + "/dist/cytoscape.min.js");
    }

    static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = WebPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
