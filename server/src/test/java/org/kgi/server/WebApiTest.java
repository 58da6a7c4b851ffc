package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.json.Json;
import org.kgi.server.http.ApiOptions;
import org.kgi.server.http.KgiApp;

/** The API's description (OpenAPI), the security headers of the pages and CORS, over a real server. */
class WebApiTest {
    @TempDir
    static Path tmp;
    static RunningServer server;
    static JsonNode openApi;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.over(TestPaths.corpus(), tmp.resolve("index"));
        HttpResponse<String> res = server.get("/api/openapi.json");
        assertEquals(200, res.statusCode());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        openApi = Json.mapper().readTree(res.body());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** The API routes the app registers, as "METHOD /path" with OpenAPI's {param} syntax (Javalin's is the same). */
    private static TreeSet<String> registeredApiRoutes() {
        Javalin app = KgiApp.create(server.services());
        TreeSet<String> routes = new TreeSet<>();
        for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
            String path = e.endpoint.path;
            String method = e.endpoint.method.name();
            // (each GET's HEAD, the same handler, is not listed in the description)
            if (path.startsWith("/api/") && !path.contains("*") && !method.equals("BEFORE") && !method.equals("AFTER")
                    && !method.equals("HEAD")) {
                routes.add(method + " " + path);
            }
        }
        return routes;
    }

    private static TreeSet<String> documentedRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        for (Map.Entry<String, JsonNode> p : openApi.get("paths").properties()) {
            for (Iterator<String> it = p.getValue().fieldNames(); it.hasNext(); ) {
                routes.add(it.next().toUpperCase(Locale.ROOT) + " " + p.getKey());
            }
        }
        return routes;
    }

    @Test
    void headAnswersAsGetWouldWithoutTheBody() throws Exception {
        for (String path : List.of("/", "/api/health", "/api/search?q=police", "/api/documents/no-such-report",
                "/api/search?limit=abc", "/documents/no-such-report", "/documents/001_cite-marguerite-clash",
                "/api/entities/Valcin", "/api/nothing-here", "/nothing-here")) {
            HttpResponse<String> get = server.get(path);
            HttpResponse<String> head = server.send("HEAD", path, null, null);
            assertEquals(get.statusCode(), head.statusCode(), path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
            assertEquals(get.headers().firstValue("Content-Security-Policy"),
                    head.headers().firstValue("Content-Security-Policy"), path);
            assertEquals("", head.body(), path);
        }
    }

    @Test
    void aPathAskedWithAMethodItDoesNotTakeIsA405ThatSaysWhichItTakes() throws Exception {
        record Case(String method, String path, String allow) {
        }
        for (Case c : List.of(new Case("POST", "/api/search?q=police", "GET, HEAD, OPTIONS"),
                new Case("DELETE", "/api/documents", "POST, OPTIONS"),
                new Case("PUT", "/api/documents/001_cite-marguerite-clash", "GET, DELETE, HEAD, OPTIONS"),
                new Case("PATCH", "/api/reindex", "GET, POST, HEAD, OPTIONS"),
                new Case("POST", "/", "GET, HEAD, OPTIONS"))) {
            HttpResponse<String> res = server.send(c.method(), c.path(), "application/json", "{}");
            assertEquals(405, res.statusCode(), c + ": " + res.body());
            assertEquals(c.allow(), res.headers().firstValue("Allow").orElse(null), c.toString());
            assertTrue(res.body().contains(c.method() + " is not allowed on " + c.path().replaceAll("\\?.*", "")
                    + "; it takes " + c.allow()), res.body());
            assertEquals(c.path().startsWith("/api/"), res.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json"), c.toString());
        }
        HttpResponse<String> options = server.send("OPTIONS", "/api/entities", null, null);
        assertEquals(200, options.statusCode());
        assertEquals("", options.body());
        assertEquals("GET, HEAD, OPTIONS", options.headers().firstValue("Allow").orElse(null));
        HttpResponse<String> missing = server.send("POST", "/api/nothing-here", "application/json", "{}");
        assertEquals(404, missing.statusCode(), "a path the server does not have stays a 404");
        assertTrue(missing.body().contains("no such endpoint"), missing.body());
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        TreeSet<String> registered = registeredApiRoutes();
        assertTrue(registered.size() >= 17, "the routes are found: " + registered);
        assertEquals(registered, documentedRoutes(), "registered routes vs OpenAPI paths");
        // and each documented route answers with something other than the catch-all "no such endpoint"
        for (String route : documentedRoutes()) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "no-such-id");
            HttpResponse<String> res = method.equals("GET") ? server.get(path)
                    : server.send(method, path, "application/json", method.equals("POST") ? "{}" : null);
            assertFalse(res.statusCode() == 404 && res.body().contains("no such endpoint"), route + " exists: " + res.body());
            assertNotEquals(405, res.statusCode(), route);
            assertTrue(res.statusCode() < 500, route + " gave " + res.statusCode() + ": " + res.body());
            if (res.statusCode() >= 400) {
                assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        route + " errors are problem+json");
            }
        }
    }

    @Test
    void theDescriptionIsWellFormed() {
        assertTrue(openApi.get("openapi").asText().startsWith("3."));
        JsonNode schemas = openApi.at("/components/schemas");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : openApi.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : p.getValue().properties()) {
                String where = op.getKey() + " " + p.getKey();
                JsonNode responses = op.getValue().get("responses");
                if (responses == null || !responses.fieldNames().hasNext()) {
                    problems.add(where + ": no responses");
                    continue;
                }
                boolean success = false;
                for (Iterator<String> it = responses.fieldNames(); it.hasNext(); ) {
                    success |= it.next().startsWith("2");
                }
                if (!success) {
                    problems.add(where + ": no success response");
                }
                for (String param : pathParams(p.getKey())) {
                    boolean declared = false;
                    for (JsonNode d : op.getValue().path("parameters")) {
                        declared |= d.get("in").asText().equals("path") && d.get("name").asText().equals(param);
                    }
                    if (!declared) {
                        problems.add(where + ": path parameter " + param + " not declared");
                    }
                }
            }
        }
        // every $ref points at a schema that exists
        var refs = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"").matcher(openApi.toString());
        while (refs.find()) {
            if (!schemas.has(refs.group(1))) {
                problems.add("dangling $ref " + refs.group(1));
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> pathParams(String path) {
        List<String> out = new ArrayList<>();
        var m = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyPageIsServedWithAContentSecurityPolicyAndNoInlineScript() throws Exception {
        for (String page : List.of("/", "/?q=gang", "/documents/001_cite-marguerite-clash", "/documents/no-such-report",
                "/entities/actor:red-scorpions", "/entities/no-such-entity", "/paths", "/paths?from=a&to=b", "/rankings")) {
            HttpResponse<String> res = server.get(page);
            assertEquals(page.contains("no-such") ? 404 : 200, res.statusCode(),
                    page + " (an unknown id is said in the page, and by the status)");
            assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
            String csp = res.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), page + ": " + csp);
            assertTrue(res.body().contains("<html lang=\"en\">"), page);
            assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(res.body()).find(), page + " has an inline script");
            assertFalse(res.body().contains("http://") || res.body().contains("https://"), page + " loads nothing from elsewhere");
        }
        HttpResponse<String> cy = server.get("/vendor/cytoscape.min.js");
        assertEquals(200, cy.statusCode());
        assertTrue(cy.body().length() > 100_000 && cy.body().contains("cytoscape"), "Cytoscape.js comes from the WebJar");
        assertEquals(404, server.get("/no-such-page").statusCode());
    }

    @Test
    void corsIsOffByDefaultAndOnlyForTheGivenOrigin() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/health"))
                .header("Origin", "https://elsewhere.example").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS header by default");

        Javalin app = KgiApp.create(server.services(), new ApiOptions(null, null, 1, "https://dashboard.example")).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health"))
                    .header("Origin", "https://dashboard.example").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("https://dashboard.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health"))
                    .header("Origin", "https://elsewhere.example").build(), HttpResponse.BodyHandlers.ofString());
            assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null), "another origin is not allowed");
            HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "Authorization, Content-Type").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, preflight.statusCode(), preflight.body());
            assertEquals("https://dashboard.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } finally {
            app.stop();
        }
    }

    @Test
    void badInputIsAProblemThatSaysWhatIsWrong() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/documents/001_cite-marguerite-clash/similar?limit=abc", "limit: 'abc' is not a valid value",
                "/api/search?year=abc", "year: 'abc' is not a year",
                "/api/entities/actor:police/neighbors?depth=9", "depth: must be between 1 and 3",
                "/api/paths?from=actor:police", "'to' is required");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            JsonNode problem = server.getJson(c.getKey(), 400);
            assertTrue(problem.get("detail").asText().contains(c.getValue()), c.getKey() + ": " + problem);
        }
        HttpResponse<String> reindex = server.send("POST", "/api/reindex?full=maybe", null, null);
        assertEquals(400, reindex.statusCode(), reindex.body());
        assertTrue(reindex.body().contains("full: must be true or false"), reindex.body());
    }

    @Test
    void aCorsOriginMustBeOneOrigin() throws Exception {
        for (String bad : List.of("*", "null", "dashboard.example", "https://dashboard.example/path", "ftp://x.example")) {
            assertThrows(IllegalArgumentException.class, () -> new ApiOptions(null, null, 1, bad), bad);
        }
        assertEquals("http://localhost:3000", new ApiOptions(null, null, 1, "http://localhost:3000").corsOrigin());
        assertEquals(2, Main.run("serve", "--no-index", "--index", tmp.resolve("unused").toString(), "--cors-origin", "*"));
    }
}
