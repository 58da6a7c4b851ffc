package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.json.Json;

/** The bundled corpus, indexed into a temp dir and served by the real app on a random port. */
class SearchApiTest {
    static final String SAMPLE = "000_0acd226cf5772701";

    @TempDir
    static Path tmp;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.over(TestPaths.corpus(), tmp.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void healthCountsEveryBundledReport() throws Exception {
        long files;
        try (Stream<Path> s = Files.list(TestPaths.corpus())) {
            files = s.filter(p -> !p.getFileName().toString().startsWith("README")).count();
        }
        JsonNode health = server.getJson("/api/health", 200);
        assertEquals("ok", health.get("status").asText());
        assertEquals(files, health.get("documents").asLong());
        assertTrue(files >= 31, "the corpus holds the sample and at least 30 reports");
    }

    @Test
    void healthRebuildsTheGraphAfterAChangeWithoutWaitingForAGraphQueryAndAlwaysCountsEdges() throws Exception {
        int corpusEdges = server.getJson("/api/graph/export?format=cytoscape", 200).get("elements").get("edges").size();
        assertTrue(corpusEdges > 500, "the bundled corpus's graph: " + corpusEdges);
        HttpResponse<String> created = server.send("POST", "/api/documents", "application/json",
                "{\"id\":\"health-1\",\"text\":\"Members of the Vorlak gang clashed with police in Dremmet.\"}");
        assertEquals(201, created.statusCode(), created.body());
        try {
            JsonNode health = server.getJson("/api/health", 200);
            assertTrue(health.get("edges").isInt(), health.toString());
            long until = System.currentTimeMillis() + 20_000;
            while (!"ready".equals(health.get("graph").asText()) && System.currentTimeMillis() < until) {
                Thread.sleep(100); // no graph query in between: the health check itself set the rebuild going
                health = server.getJson("/api/health", 200);
                assertTrue(health.get("edges").isInt(), health.toString());
            }
            assertEquals("ready", health.get("graph").asText(), health.toString());
            // the whole graph again, with the new report's edges (a clash, its sides and its place)
            assertTrue(health.get("edges").asInt() > corpusEdges, corpusEdges + " before: " + health);
        } finally {
            assertEquals(204, server.send("DELETE", "/api/documents/health-1", null, null).statusCode());
        }
    }

    @Test
    void aControlCharacterInAReportLeavesTheXmlExportsWhole() throws Exception {
        HttpResponse<String> created = server.send("POST", "/api/documents", "application/json", "{\"id\":\"bell-1\","
                + "\"text\":\"The gang attacked Jean \\u0007Bellechasse in Port-Lazare on 3 March 2024. Jean "
                + "Bellechasse said so.\"}");
        assertEquals(201, created.statusCode(), created.body());
        try {
            for (String format : List.of("graphml", "gexf")) {
                HttpResponse<String> export = server.get("/api/graph/export?format=" + format);
                assertEquals(200, export.statusCode());
                assertTrue(export.body().strip().endsWith(format.equals("gexf") ? "</gexf>" : "</graphml>"),
                        export.body().substring(Math.max(0, export.body().length() - 300)));
                assertFalse(export.body().contains("\u0007"));
            }
        } finally {
            assertEquals(204, server.send("DELETE", "/api/documents/bell-1", null, null).statusCode());
        }
    }

    @Test
    void theTitleMarksTheWordsSearchedForAndAPhraseOnlyWhole() throws Exception {
        JsonNode r = server.getJson("/api/search?limit=100&q=" + RunningServer.enc("\"march for peace\" OR "
                + "title:grenade OR Delmont -Zorblax"), 200);
        Map<String, String> titles = new HashMap<>();
        r.get("hits").forEach(h -> titles.put(h.get("title").asText(), h.get("titleHtml").asText()));
        assertEquals("Thousands <mark>march</mark> for <mark>peace</mark> in Port-Lazare as JSAM mandate is extended",
                titles.get("Thousands march for peace in Port-Lazare as JSAM mandate is extended"), titles.toString());
        assertEquals("<mark>Grenade</mark> thrown at <mark>Delmont</mark> police station, three wounded",
                titles.get("Grenade thrown at Delmont police station, three wounded"), titles.toString());
        titles.forEach((title, html) -> {
            if (!title.contains("march for peace")) { // a word of the phrase alone is not marked
                assertFalse(html.contains("<mark>march</mark>") || html.contains("<mark>peace</mark>"), html);
            }
        });
    }

    @Test
    void cheriziersFindsTheSampleReportWithTheNameHighlighted() throws Exception {
        JsonNode r = server.getJson("/api/search?q=Cherizier", 200);
        assertEquals(List.of(SAMPLE), ids(r));
        assertEquals(1, r.get("total").asInt());
        String snippets = r.get("hits").get(0).get("snippets").toString();
        assertTrue(snippets.contains("<mark>Cherizier</mark>"), snippets);
    }

    @Test
    void phraseBooleanAndFieldQueriesOverTheCorpus() throws Exception {
        JsonNode phrase = server.getJson("/api/search?q=" + RunningServer.enc("\"Forward Operating Bases\""), 200);
        assertEquals(SAMPLE, ids(phrase).get(0));
        JsonNode both = server.getJson("/api/search?q=" + RunningServer.enc("Liancourt AND Barbecue") + "&limit=100", 200);
        assertEquals(List.of(SAMPLE), ids(both));
        JsonNode none = server.getJson("/api/search?q=" + RunningServer.enc("Liancourt AND NOT Barbecue") + "&limit=100", 200);
        assertFalse(ids(none).contains(SAMPLE));
        JsonNode all = server.getJson("/api/search?q=&limit=100", 200);
        assertEquals(server.getJson("/api/health", 200).get("documents").asInt(), all.get("total").asInt());
    }

    @Test
    void englishAnalysisFindsOtherFormsOfAWord() throws Exception {
        // "reopen" matches "reopened" and "reopening" in the sample report
        JsonNode r = server.getJson("/api/search?q=reopen&limit=100", 200);
        assertTrue(ids(r).contains(SAMPLE));
    }

    @Test
    void malformedQueryIsA400ProblemThatSaysWhere() throws Exception {
        HttpResponse<String> res = server.get("/api/search?q=" + RunningServer.enc("gang AND (police"));
        assertEquals(400, res.statusCode());
        assertTrue(res.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        JsonNode p = server.getJson("/api/search?q=" + RunningServer.enc("gang AND (police"), 400);
        assertEquals(400, p.get("status").asInt());
        assertEquals("Query syntax error", p.get("title").asText());
        assertTrue(p.get("detail").asText().contains("column"), p.toString());
        // the common mistakes said plainly, where they are, before the parser's own words
        assertTrue(p.get("detail").asText().startsWith("the '(' at column 10 is not closed ("), p.toString());
        for (String[] bad : new String[][] {
                {"\"unclosed phrase", "the quote at column 1 opens a phrase that is not closed"},
                {"police) OR gang", "the ')' at column 7 closes nothing"},
                {"date:[2024 TO 2025", "the '[' at column 6 is not closed"}}) {
            String detail = server.getJson("/api/search?q=" + RunningServer.enc(bad[0]), 400).get("detail").asText();
            assertTrue(detail.startsWith(bad[1]), bad[0] + ": " + detail);
        }
        server.getJson("/api/search?q=" + RunningServer.enc("Cherizier \\(alias\\)"), 200); // escaped: words
    }

    @Test
    void requestsJettyRefusesAreProblemsToo() throws Exception {
        // a URL longer than the server reads, a path with an encoded NUL, bytes that are no UTF-8
        for (String url : List.of("/api/search?q=" + "a".repeat(10_000), "/api/documents/%00", "/api/entities/%ff")) {
            HttpResponse<String> res = server.get(url);
            assertTrue(res.statusCode() == 400 || res.statusCode() == 414, url + ": " + res.statusCode());
            assertTrue(res.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"),
                    url + ": " + res.headers().map());
            JsonNode p = Json.mapper().readTree(res.body());
            assertEquals(res.statusCode(), p.get("status").asInt());
            assertFalse(p.get("detail").asText().isBlank(), res.body());
        }
    }

    @Test
    void badParametersAreProblemsToo() throws Exception {
        JsonNode p = server.getJson("/api/search?q=gang&limit=0", 400);
        assertTrue(p.get("detail").asText().startsWith("limit"), p.toString());
        JsonNode q = server.getJson("/api/search?q=gang&limit=lots", 400);
        assertTrue(q.get("detail").asText().startsWith("limit"), q.toString());
        JsonNode missing = server.getJson("/api/nothing-here", 404);
        assertEquals("Not found", missing.get("title").asText());
    }

    @Test
    void thePageIsServed() throws Exception {
        HttpResponse<String> page = server.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"q\""));
        assertEquals(200, server.get("/static/search.js").statusCode());
    }
}
