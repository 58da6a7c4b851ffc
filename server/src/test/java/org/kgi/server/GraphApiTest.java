package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.json.Json;

/** The knowledge graph of the bundled corpus, through HTTP and the CLI. */
class GraphApiTest {
    static final String MSS = "actor:multinational-security-support-mission";
    static final String HNP = "actor:haiti-national-police";

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

    static Set<String> ids(JsonNode nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void pathsAndNeighbourhoodsCanLeaveTheGenericActorsOut() throws Exception {
        String q = "/api/paths?from=actor:lifeline-relief-international&to=actor:tactical-response-brigade&k=5";
        Set<String> through = new HashSet<>();
        server.getJson(q, 200).get("paths").forEach(p -> p.get("nodes").forEach(n -> through.add(n.asText())));
        assertTrue(through.contains("actor:civilians"), "the generic hub is on some paths: " + through);
        JsonNode named = server.getJson(q + "&generic=false", 200);
        assertTrue(named.get("paths").size() > 0, named.toString());
        for (JsonNode n : named.get("nodes")) {
            assertFalse("true".equals(n.path("attributes").path("generic").asText()), n.toString());
        }
        JsonNode around = server.getJson("/api/entities/actor:red-scorpions/neighbors?limit=200&generic=false", 200);
        JsonNode all = server.getJson("/api/entities/actor:red-scorpions/neighbors?limit=200", 200);
        assertTrue(ids(all.get("nodes")).contains("actor:civilians"));
        assertFalse(ids(around.get("nodes")).contains("actor:civilians"), ids(around.get("nodes")).toString());
        assertTrue(around.get("nodes").size() > 5, around.toString());
        server.getJson(q + "&generic=perhaps", 400);
    }

    @Test
    void anEventIsOpenedByItsIdThroughTheApiAndItsPage() throws Exception {
        JsonNode listed = server.getJson("/api/events?actor=actor:red-scorpions&limit=1", 200).get("events").get(0);
        String id = listed.get("id").asText();
        assertEquals(listed, server.getJson("/api/events/" + RunningServer.enc(id), 200));
        assertTrue(server.getJson("/api/events/" + RunningServer.enc("actor:red-scorpions"), 400).get("detail")
                .asText().contains("not an event's id"));
        assertEquals("no event with id 'event:nothing-1'",
                server.getJson("/api/events/" + RunningServer.enc("event:nothing-1"), 404).get("detail").asText());
        assertTrue(server.getJson("/api/entities/" + RunningServer.enc(id), 400).get("detail").asText()
                .contains("/api/events/" + id));
        assertEquals(200, server.get("/entities/" + RunningServer.enc(id)).statusCode());
        assertEquals(404, server.get("/entities/" + RunningServer.enc("event:nothing-1")).statusCode());
    }

    @Test
    void anUnknownNodeTypeIsA400ThatListsTheTypesAndTypesMatchInAnyCase() throws Exception {
        JsonNode problem = server.getJson("/api/entities/" + MSS + "/neighbors?type=bogus", 400);
        assertTrue(problem.get("detail").asText().contains("unknown type 'bogus'")
                && problem.get("detail").asText().contains("armed_group"), problem.toString());
        server.getJson("/api/graph/rank?type=bogus", 400);
        assertEquals(server.getJson("/api/graph/rank?type=armed_group&limit=5", 200),
                server.getJson("/api/graph/rank?type=ARMED_GROUP&limit=5", 200));
        assertTrue(server.getJson("/api/graph/rank?type=armed_group&limit=5", 200).get("ranking").size() > 0);
    }

    @Test
    void rankingsOverATimeWindowAndWithoutTheGenericActors() throws Exception {
        JsonNode all = server.getJson("/api/graph/rank?by=degree&kind=actor&limit=100", 200).get("ranking");
        JsonNode late = server.getJson("/api/graph/rank?by=degree&kind=actor&limit=100&from=2024-06", 200)
                .get("ranking");
        Set<String> inWindow = new HashSet<>();
        for (JsonNode r : late) {
            inWindow.add(r.get("id").asText());
            // an actor's degree in the window counts only the neighbours its window's evidence links it to
            int neighbours = server.getJson("/api/entities/" + r.get("id").asText()
                    + "/neighbors?limit=500&from=2024-06", 200).get("edges").size();
            assertTrue(r.get("score").asDouble() <= neighbours, r + " has " + neighbours + " edges in the window");
        }
        assertTrue(inWindow.size() < all.size(), inWindow.size() + " of " + all.size());
        int outside = 0;
        for (JsonNode r : all) {
            String id = r.get("id").asText();
            if (!inWindow.contains(id) && outside++ < 10) { // left out: nothing of the window links it
                assertEquals(0, server.getJson("/api/entities/" + id + "/neighbors?limit=500&from=2024-06", 200)
                        .get("edges").size(), id);
            }
        }
        assertTrue(outside > 0);
        Set<String> generic = new HashSet<>();
        all.forEach(r -> generic.add(r.get("id").asText()));
        assertTrue(generic.contains("actor:civilians"), generic.toString());
        JsonNode named = server.getJson("/api/graph/rank?by=pagerank&kind=actor&limit=30&generic=false", 200)
                .get("ranking");
        assertEquals(30, named.size());
        for (JsonNode r : named) {
            JsonNode e = server.getJson("/api/entities/" + r.get("id").asText(), 200).get("entity");
            assertFalse(e.path("attributes").path("generic").asText().equals("true"), r.toString());
        }
        server.getJson("/api/graph/rank?generic=maybe", 400);
        server.getJson("/api/graph/rank?from=2025&to=2024", 400);
    }

    @Test
    void communitiesOverATimeWindowAndWithoutTheGenericActors() throws Exception {
        Set<String> allTime = members(server.getJson("/api/graph/communities?limit=500&members=500", 200));
        Set<String> late = members(server.getJson("/api/graph/communities?limit=500&members=500&from=2024-06", 200));
        assertFalse(late.isEmpty());
        assertTrue(late.size() < allTime.size(), late.size() + " of " + allTime.size());
        for (String id : late) { // each member is linked to another actor or place by the window's evidence
            JsonNode edges = server.getJson("/api/entities/" + RunningServer.enc(id)
                    + "/neighbors?limit=500&kind=actor,place&from=2024-06", 200).get("edges");
            assertFalse(edges.isEmpty(), id + " has no link in the window");
        }
        for (String id : allTime) {
            if (!late.contains(id) && id.startsWith("actor:")) { // the first left out has no link in the window
                assertEquals(0, server.getJson("/api/entities/" + RunningServer.enc(id)
                        + "/neighbors?limit=500&kind=actor,place&from=2024-06", 200).get("edges").size(), id);
                break;
            }
        }
        assertTrue(allTime.contains("actor:civilians"), allTime.toString());
        Set<String> named = members(server.getJson("/api/graph/communities?limit=500&members=500&generic=false", 200));
        assertFalse(named.contains("actor:civilians"));
        assertFalse(named.isEmpty());
        for (String id : named) {
            JsonNode e = server.getJson("/api/entities/" + RunningServer.enc(id), 200).get("entity");
            assertFalse(e.path("attributes").path("generic").asText().equals("true"), id);
        }
        assertEquals(server.getJson("/api/graph/communities?limit=500&members=500&from=2024-06", 200),
                server.getJson("/api/graph/communities?limit=500&members=500&from=2024-06", 200), "the same answer");
        server.getJson("/api/graph/communities?from=2025&to=2024", 400);
        server.getJson("/api/graph/communities?generic=maybe", 400);
    }

    private static Set<String> members(JsonNode communities) {
        Set<String> ids = new HashSet<>();
        communities.get("communities").forEach(c -> c.get("members").forEach(m -> ids.add(m.get("id").asText())));
        return ids;
    }

    @Test
    void theKShortestPathsHoldTheShortestOneAndTheFewerShortest() throws Exception {
        JsonNode actors = server.getJson("/api/entities?kind=actor&limit=40", 200).get("entities");
        List<String> ids = new java.util.ArrayList<>();
        actors.forEach(a -> ids.add(a.get("id").asText()));
        ids.add("actor:lifeline-relief-international");
        ids.add("actor:tactical-response-brigade");
        int pairs = 0;
        for (int i = ids.size() - 1; i > 0 && pairs < 120; i -= 2) {
            for (int j = 0; j < i && pairs < 120; j += 3) {
                String q = "/api/paths?from=" + ids.get(i) + "&to=" + ids.get(j) + "&maxLength=4&k=";
                Set<String> previous = Set.of();
                for (int k = 1; k <= 3; k++) {
                    Set<String> paths = new HashSet<>();
                    server.getJson(q + k, 200).get("paths").forEach(p -> paths.add(p.get("nodes").toString()));
                    assertTrue(paths.containsAll(previous), q + k + ": " + paths + " lacks some of " + previous);
                    previous = paths;
                }
                pairs++;
            }
        }
        assertTrue(pairs >= 50, "pairs checked: " + pairs);
    }

    @Test
    void theMissionActedTogetherWithThePoliceAndTheEdgeShowsItsSentence() throws Exception {
        JsonNode r = server.getJson("/api/entities/" + MSS + "/neighbors?kind=actor&limit=50", 200);
        assertTrue(ids(r.get("nodes")).contains(HNP), r.get("nodes").toString());
        JsonNode together = null;
        for (JsonNode e : r.get("edges")) {
            boolean pair = Set.of(e.get("source").asText(), e.get("target").asText()).equals(Set.of(MSS, HNP));
            if (pair && e.get("relation").asText().equals("acted_together")) {
                together = e;
            }
        }
        assertTrue(together != null, "an acted_together edge between MSS and HNP: " + r.get("edges"));
        String sentence = together.get("evidence").get(0).get("text").asText();
        assertTrue(sentence.contains("MSS/HNP") || sentence.contains("alongside"), sentence);
        assertEquals("000_0acd226cf5772701", together.get("evidence").get(0).get("document").asText());
    }

    @Test
    void aGangsLeaderCoalitionAndBaseAreItsNeighboursByThoseRelations() throws Exception {
        String gang = "actor:kanno-lanme";
        JsonNode based = server.getJson("/api/entities/" + gang + "/neighbors?relation=based_in&limit=50", 200);
        assertTrue(ids(based.get("nodes")).contains("place:bord-de-mer"), based.toString());
        for (JsonNode e : based.get("edges")) {
            assertEquals("based_in", e.get("relation").asText(), e.toString());
            assertEquals(gang, e.get("source").asText(), "from the group to the place: " + e);
        }
        JsonNode led = server.getJson("/api/entities/" + gang + "/neighbors?relation=leads&limit=50", 200);
        assertTrue(ids(led.get("nodes")).contains("actor:jean-robert-valcin"), led.toString());
        JsonNode part = server.getJson("/api/entities/" + gang + "/neighbors?relation=part_of&limit=50", 200);
        assertTrue(ids(part.get("nodes")).contains("actor:fos-inite"), part.toString());
        JsonNode spokes = server.getJson("/api/entities/actor:marlene-toussaint/neighbors?relation=part_of&limit=50", 200);
        assertTrue(ids(spokes.get("nodes")).contains("actor:national-police-of-marivelle"), spokes.toString());
        server.getJson("/api/entities/" + gang + "/neighbors?relation=based_on", 400);
        JsonNode contributors = server.getJson(
                "/api/entities/actor:joint-security-assistance-mission/neighbors?relation=contributes_to&limit=50", 200);
        assertTrue(ids(contributors.get("nodes")).contains("place:kenya"), contributors.toString());
        for (JsonNode e : contributors.get("edges")) {
            assertEquals("actor:joint-security-assistance-mission", e.get("target").asText(), "from the country: " + e);
        }
        // 009: police "had strong reasons to believe" the Red Scorpions ordered the grenade attack; the gang denies it
        JsonNode suspected = server.getJson("/api/entities/actor:red-scorpions/neighbors?relation=suspected_in&limit=50", 200);
        assertTrue(ids(suspected.get("nodes")).stream().anyMatch(id -> id.startsWith("event:009_")), suspected.toString());
        for (JsonNode e : suspected.get("edges")) {
            assertEquals("actor:red-scorpions", e.get("source").asText(), "from the suspect to the event: " + e);
        }
    }

    @Test
    void aPathBetweenTwoActorsCarriesItsEvidence() throws Exception {
        JsonNode top = server.getJson("/api/graph/rank?by=degree&kind=actor&type=armed_group&limit=1", 200);
        String gang = top.get("ranking").get(0).get("id").asText();
        JsonNode r = server.getJson("/api/paths?from=" + gang + "&to=" + MSS + "&k=3&maxLength=6", 200);
        assertFalse(r.get("paths").isEmpty(), "a path from " + gang + " to the MSS");
        for (JsonNode p : r.get("paths")) {
            assertEquals(gang, p.get("nodes").get(0).asText());
            assertEquals(MSS, p.get("nodes").get(p.get("nodes").size() - 1).asText());
            for (JsonNode e : p.get("edges")) {
                JsonNode ev = e.get("evidence").get(0);
                String text = server.getJson("/api/documents/" + ev.get("document").asText(), 200).get("text").asText();
                assertEquals(text.substring(ev.get("start").asInt(), ev.get("end").asInt()).strip(), ev.get("text").asText());
            }
        }
        int first = r.get("paths").get(0).get("length").asInt();
        r.get("paths").forEach(p -> assertTrue(p.get("length").asInt() >= first, "shortest first"));
        assertFalse(r.has("reason"), "a reason only when there is no path");
    }

    @Test
    void anAnswerWithoutPathsSaysWhy() throws Exception {
        String route = "/api/paths?from=actor:red-scorpions&to=" + RunningServer.enc("Jocelyn Métellus");
        int shortest = server.getJson(route + "&maxLength=6", 200).get("paths").get(0).get("length").asInt();
        assertTrue(shortest >= 2, "the test needs two actors that are not neighbours: " + shortest);
        JsonNode tooShort = server.getJson(route + "&maxLength=" + (shortest - 1), 200);
        assertTrue(tooShort.get("paths").isEmpty());
        assertEquals("The shortest path has " + shortest + " links, more than the " + (shortest - 1)
                + " asked for (maxLength).", tooShort.get("reason").asText());
        assertEquals(2, tooShort.get("nodes").size(), "the two ends, named: " + tooShort);
        JsonNode later = server.getJson(route + "&since=2030", 200);
        assertEquals("Red Scorpions has no link within the time window.", later.get("reason").asText());
        JsonNode noLeaders = server.getJson(route + "&relation=based_in", 200);
        assertTrue(noLeaders.get("reason").asText().matches(".* has no link of the relations asked\\."),
                noLeaders.toString());
    }

    @Test
    void aTimeWindowRemovesEdgesOnlyLaterReportsSupport() throws Exception {
        String jsam = "actor:joint-security-assistance-mission";
        JsonNode all = server.getJson("/api/entities/" + jsam + "/neighbors?limit=500&evidence=0", 200);
        LocalDate cut = LocalDate.of(2024, 6, 30);
        Set<String> later = new HashSet<>();
        for (JsonNode e : all.get("edges")) {
            if (e.hasNonNull("firstDate") && LocalDate.parse(e.get("firstDate").asText()).isAfter(cut)) {
                later.add(e.get("source").asText() + "|" + e.get("relation").asText() + "|" + e.get("target").asText());
            }
        }
        assertFalse(later.isEmpty(), "some edges of the mission are only supported after " + cut);
        JsonNode before = server.getJson("/api/entities/" + jsam + "/neighbors?limit=500&evidence=0&to=" + cut, 200);
        for (JsonNode e : before.get("edges")) {
            String key = e.get("source").asText() + "|" + e.get("relation").asText() + "|" + e.get("target").asText();
            assertFalse(later.contains(key), key + " is only supported after " + cut);
            assertFalse(LocalDate.parse(e.get("lastDate").asText()).isAfter(cut), e.toString());
        }
        // until, as the path finder names it, is to: not a parameter left unread
        assertEquals(before, server.getJson("/api/entities/" + jsam + "/neighbors?limit=500&evidence=0&until=" + cut,
                200));
        assertEquals(server.getJson("/api/graph/rank?by=degree&from=2024", 200),
                server.getJson("/api/graph/rank?by=degree&since=2024", 200));
        server.getJson("/api/graph/rank?by=degree&from=2024&since=2023", 400);
    }

    @Test
    void evidenceDatedOnlyToAMonthIsInAWindowThatHoldsTheWholeMonth() throws Exception {
        // report 021: "In February the leader of the Kanno Lanmè gang ... was arrested by the Tactical Response
        // Brigade": February 2024, kept by its first day, but not in the window of that day alone
        String brigade = "/api/entities/actor:tactical-response-brigade/neighbors?evidence=5&";
        JsonNode firstDay = server.getJson(brigade + "from=2024-02-01&to=2024-02-01", 200);
        assertEquals(0, firstDay.get("edges").size(), firstDay.toString());
        JsonNode february = server.getJson(brigade + "from=2024-02&to=2024-02", 200);
        assertTrue(february.get("edges").toString().contains("021_jsam-first-contingent-arrives"),
                february.toString());
        for (JsonNode e : february.get("edges")) {
            for (JsonNode x : e.get("evidence")) {
                if (x.get("document").asText().startsWith("021_") && x.get("text").asText().startsWith("In February")) {
                    assertEquals("2024-02", x.get("date").asText(), x.toString());
                    assertEquals("month", x.get("datePrecision").asText(), x.toString());
                }
            }
        }
        assertEquals(0, server.getJson("/api/graph/rank?by=degree&from=2024-02-01&to=2024-02-01", 200)
                .get("ranking").size());
    }

    @Test
    void anEntityIsFoundByItsIdInAnyCaseOrByItsName() throws Exception {
        String brigade = "actor:tactical-response-brigade";
        for (String asked : List.of("actor:TRB", "ACTOR:TRB", "TRB", "Tactical Response Brigade", "actor:trb ")) {
            JsonNode e = server.getJson("/api/entities/" + RunningServer.enc(asked).replace("+", "%20"), 200);
            assertEquals(brigade, e.get("entity").get("id").asText(), asked);
        }
        JsonNode paths = server.getJson("/api/paths?from=TRB&to=" + RunningServer.enc("Red Scorpions"), 200);
        assertTrue(paths.get("paths").size() > 0, paths.toString());
        assertEquals(server.getJson("/api/events?actor=" + brigade, 200).get("total"),
                server.getJson("/api/events?actor=actor:TRB", 200).get("total"));
        assertTrue(server.getJson("/api/events/actor:trb", 400).get("detail").asText().contains("not an event"));
        // a surname two people have (019 names Valcin alone, as Ricardo Valcin is named too): which entities it
        // names, to choose from, not "no entity"
        for (String q : List.of("/api/entities/Valcin", "/api/paths?from=Valcin&to=TRB", "/api/events?actor=Valcin")) {
            String detail = server.getJson(q, 400).get("detail").asText();
            assertTrue(detail.startsWith("'Valcin' names ") && detail.contains("Jean-Robert Valcin "
                    + "(actor:jean-robert-valcin)") && detail.contains("Valcin (actor:valcin)")
                    && detail.endsWith("; give one's id"), q + ": " + detail);
        }
        server.getJson("/api/entities/" + RunningServer.enc("Nobody Atall"), 404);
    }

    @Test
    void rankingsCommunitiesEventsAndTheEntityPage() throws Exception {
        for (String by : List.of("degree", "pagerank", "betweenness")) {
            JsonNode r = server.getJson("/api/graph/rank?by=" + by + "&kind=actor&limit=5", 200);
            assertEquals(5, r.get("ranking").size());
            double previous = Double.MAX_VALUE;
            for (JsonNode n : r.get("ranking")) {
                assertTrue(n.get("id").asText().startsWith("actor:"));
                assertTrue(n.get("score").asDouble() <= previous);
                previous = n.get("score").asDouble();
            }
        }
        JsonNode c = server.getJson("/api/graph/communities?limit=3", 200);
        assertTrue(c.get("total").asInt() >= 2, c.toString());

        JsonNode page = server.getJson("/api/entities/" + MSS, 200);
        assertEquals("Multinational Security Support Mission", page.get("entity").get("name").asText());
        assertTrue(page.get("entity").get("aliases").toString().contains("MSS"));
        assertEquals("000_0acd226cf5772701", page.get("documents").get(0).get("id").asText());
        assertFalse(page.get("events").isEmpty());

        JsonNode events = server.getJson("/api/events?actor=" + MSS + "&type=Battles", 200);
        assertFalse(events.get("events").isEmpty());
        events.get("events").forEach(e -> assertEquals("Battles", e.get("type").asText()));
    }

    @Test
    void exportsAreReadBackByARealReader() throws Exception {
        String graphml = server.get("/api/graph/export?format=graphml").body();
        DirectedPseudograph<String, Object> read = new DirectedPseudograph<>(null, Object::new, false);
        GraphMLImporter<String, Object> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(false);
        importer.importGraph(read, new StringReader(graphml));
        JsonNode cy = Json.mapper().readTree(server.get("/api/graph/export?format=cytoscape").body());
        assertEquals(cy.get("elements").get("nodes").size(), read.vertexSet().size());
        assertEquals(cy.get("elements").get("edges").size(), read.edgeSet().size());
        assertTrue(read.containsVertex(MSS));
        int entities = server.getJson("/api/health", 200).get("entities").asInt();
        assertTrue(read.vertexSet().size() >= entities);
        server.getJson("/api/graph/export?format=pdf", 400);
    }

    @Test
    void theEntityLookupFindsNamesByAnyWordsStartAndNothingForPunctuation() throws Exception {
        JsonNode found = server.getJson("/api/entities?q=cheriz&kind=actor", 200);
        assertTrue(ids(found.get("entities")).contains("actor:jimmy-cherizier"), found.toString());
        int all = server.getJson("/api/entities?limit=1", 200).get("total").asInt();
        assertEquals(all, server.getJson("/api/entities?q=%20&limit=1", 200).get("total").asInt());
        assertTrue(all > 100, "every entity when no word is given: " + all);
        for (String q : List.of("(", "%22", "*", "%E2%9C%8A", "--")) {
            assertEquals(0, server.getJson("/api/entities?q=" + q, 200).get("total").asInt(), q);
        }
    }

    @Test
    void boundsAndUnknownsAreClearErrors() throws Exception {
        server.getJson("/api/entities/actor:nobody-at-all/neighbors", 404);
        server.getJson("/api/entities/actor:nobody-at-all", 404);
        JsonNode depth = server.getJson("/api/entities/" + MSS + "/neighbors?depth=4", 400);
        assertTrue(depth.get("detail").asText().contains("depth"));
        server.getJson("/api/paths?from=" + MSS + "&to=" + HNP + "&k=11", 400);
        server.getJson("/api/paths?from=" + MSS, 400);
        // a parameter that takes one value, given twice, is refused, not read as its first
        for (String q : List.of("/api/events?actor=police&actor=TRB", "/api/events?limit=1&offset=1&offset=2",
                "/api/entities/" + MSS + "/neighbors?depth=1&depth=3", "/api/graph/rank?by=betweenness&by=degree",
                "/api/documents/" + SearchApiTest.SAMPLE + "/similar?limit=1&limit=2", "/api/entities?q=a&q=b",
                "/api/search?q=police&limit=2&limit=3")) {
            String detail = server.getJson(q, 400).get("detail").asText();
            assertTrue(detail.matches("\\w+ is given 2 times; give it once.*"), q + ": " + detail);
        }
        // those that take several take them
        server.getJson("/api/entities/" + MSS + "/neighbors?relation=opposed&relation=acted_together&kind=actor"
                + "&kind=place", 200);
        server.getJson("/api/paths?from=" + MSS + "&to=" + HNP + "&through=actor&through=place", 200);
        server.getJson("/api/graph/rank?kind=actor&kind=place", 200);
        server.getJson("/api/search?actor=TRB&actor=MSS&year=2024&year=2023", 200);
        server.getJson("/api/graph/rank?by=fame", 400);
    }

    @Test
    void theCommandLineGivesTheSameAnswers() throws Exception {
        String index = tmp.resolve("index").toString(); // read while the server holds the write lock
        {
            CliTest.Run n = CliTest.kgi("graph", "--index", index, "neighbors", MSS, "--kind", "actor", "--json");
            assertEquals(0, n.code(), n.err());
            assertTrue(ids(Json.mapper().readTree(n.out()).get("nodes")).contains(HNP));
            CliTest.Run rank = CliTest.kgi("graph", "--index", index, "rank", "--by", "degree", "--limit", "3");
            assertEquals(0, rank.code(), rank.err());
            assertEquals(3, rank.out().strip().lines().count());
            CliTest.Run windowed = CliTest.kgi("graph", "--index", index, "rank", "--by", "degree", "--kind", "actor",
                    "--from", "2024-06", "--without-generic", "--json");
            assertEquals(0, windowed.code(), windowed.err());
            JsonNode api = server.getJson("/api/graph/rank?by=degree&kind=actor&from=2024-06&generic=false", 200);
            assertEquals(api.get("ranking"), Json.mapper().readTree(windowed.out()).get("ranking"));
            CliTest.Run groups = CliTest.kgi("graph", "--index", index, "communities", "--limit", "5", "--from",
                    "2024-06", "--without-generic", "--json");
            assertEquals(0, groups.code(), groups.err());
            assertEquals(server.getJson("/api/graph/communities?limit=5&members=20&from=2024-06&generic=false", 200),
                    Json.mapper().readTree(groups.out()));
            Path out = tmp.resolve("g.gexf");
            CliTest.Run export = CliTest.kgi("graph", "--index", index, "export", "--format", "gexf", "--out", out.toString());
            assertEquals(0, export.code(), export.err());
            assertTrue(Files.readString(out).contains("<gexf"));
            CliTest.Run unknown = CliTest.kgi("graph", "--index", index, "neighbors", "actor:nobody-at-all");
            assertEquals(1, unknown.code());
            // a date or a kind that is none is a usage error, as the contract's exit code 2 says
            CliTest.Run badDate = CliTest.kgi("graph", "--index", index, "neighbors", MSS, "--from", "2024-13");
            assertEquals(2, badDate.code(), badDate.err());
            assertTrue(badDate.err().contains("--from/--to"), badDate.err());
            assertEquals(2, CliTest.kgi("graph", "--index", index, "rank", "--kind", "planet").code());
            // a bound passed or a value that is none: usage errors too
            assertEquals(2, CliTest.kgi("graph", "--index", index, "neighbors", MSS, "--depth", "9").code());
            CliTest.Run by = CliTest.kgi("graph", "--index", index, "rank", "--by", "foo");
            assertEquals(2, by.code());
            assertTrue(by.err().contains("unknown ranking 'foo'"), by.err());
        }
    }
}
