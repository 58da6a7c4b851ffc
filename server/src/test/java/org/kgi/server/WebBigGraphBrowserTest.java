package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.json.Json;
import org.openqa.selenium.By;

/**
 * The entity page with a 500-node neighbourhood: a generated corpus in which one armed group (the Quintar
 * Front) clashes with hundreds of generated brigades and militias, so that it has more than 500 neighbours.
 * The page must draw every node the API returns (no timing assertion: a fast layout keeps it usable).
 */
class WebBigGraphBrowserTest {
    static final String[] SYLLABLES = {"kor", "val", "mes", "tin", "dra", "lum", "bex", "sor", "nal", "vek", "pim", "gar",
        "zul", "rho", "fen", "tas", "mor", "quel", "bri", "dov", "ska", "lor", "wen", "hix"};

    @TempDir
    static Path tmp;
    static RunningServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        List<String> names = new ArrayList<>();
        for (String a : SYLLABLES) {
            for (String b : SYLLABLES) {
                if (!a.equals(b)) {
                    names.add(Character.toUpperCase(a.charAt(0)) + a.substring(1) + b + (names.size() % 2 == 0 ? " Brigade" : " Militia"));
                }
            }
        }
        StringBuilder jsonl = new StringBuilder();
        int perReport = 4;
        for (int r = 0; r * perReport + perReport <= names.size(); r++) {
            List<String> group = names.subList(r * perReport, r * perReport + perReport);
            String text = "PORT-LAZARE, " + (1 + r % 28) + " March 2024 — Fighters of the Quintar Front clashed with the "
                    + String.join(", the ", group.subList(0, perReport - 1)) + " and the " + group.get(perReport - 1)
                    + " in Cité Marguerite on Friday, police said.";
            var node = Json.mapper().createObjectNode();
            node.put("id", "gen-" + r);
            node.put("title", "Clash " + r);
            node.put("date", "2024-03-" + String.format("%02d", 1 + r % 28));
            node.put("text", text);
            jsonl.append(Json.mapper().writeValueAsString(node)).append('\n');
        }
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("generated.jsonl"), jsonl);
        server = RunningServer.over(corpus, tmp.resolve("index"));
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void fiveHundredNodesAreAllDrawn() throws Exception {
        JsonNode found = server.getJson("/api/entities?q=Quintar&kind=actor", 200);
        assertTrue(found.get("total").asInt() >= 1, found.toString());
        String hub = found.at("/entities/0/id").asText();
        JsonNode answer = server.getJson("/api/entities/" + hub + "/neighbors?depth=2&limit=500", 200);
        int expected = answer.get("nodes").size();
        assertTrue(expected >= 450, "the generated hub has a big neighbourhood: " + expected);
        var driver = browser.driver();
        browser.check("web-500-nodes", () -> {
            driver.get(server.base() + "/entities/" + hub + "?depth=2&limit=500");
            browser.waiting().until(d -> d.findElement(By.id("graph-status")).getText().contains(" nodes"));
            long drawn = (Long) driver.executeScript("return window.kgiGraph.nodes().length;");
            assertEquals(expected, drawn, "every node of the answer is drawn");
            assertEquals(expected + " nodes", driver.findElement(By.id("graph-status")).getText().split(" · ")[0]);
            // every node has a position inside the drawing (the layout ran over all of them)
            Long placed = (Long) driver.executeScript("const bb = window.kgiGraph.extent(); return window.kgiGraph.nodes()"
                    + ".filter(n => Number.isFinite(n.position('x')) && Number.isFinite(n.position('y'))).length;");
            assertEquals(expected, placed);
        });
        browser.screenshot("web-500-nodes");
    }
}
