package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An actor that one report names only in part ("TRB", never spelled out there; "Valcin") is the actor other reports
 * name in full, for the graph, the entity page and entity search; a form that stands for two actors ("CDR") is left
 * alone.
 */
class SameActorAcrossReportsTest {
    @TempDir
    static Path tmp;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        write(corpus, "a.txt", "Brigade retakes junction", "MIREBOIS, 29 July 2023 — Officers of the Tactical Response "
                + "Brigade (TRB) clashed with the Twa Kwa gang at the Trois-Chemins junction on Friday, police said.");
        write(corpus, "b.txt", "Arrests in Dufresne", "DUFRESNE, 4 December 2023 — A TRB unit arrested two members of "
                + "the Sea Wolves gang in Dufresne on Monday after a shootout, police said.");
        write(corpus, "c.txt", "Killing condemned", "PORT-LAZARE, 18 November 2023 — The Collective for the Defence of "
                + "Rights (CDR) condemned the killing of a student by police in Port-Lazare on Friday.");
        write(corpus, "d.txt", "Party rally", "MIREBOIS, 2 February 2024 — Supporters of the Coalition for Democratic "
                + "Renewal (CDR) held a rally in Mirebois on Thursday.");
        write(corpus, "e.txt", "Protest in Dufresne", "DUFRESNE, 9 March 2024 — Members of the CDR marched peacefully "
                + "through Dufresne on Saturday to demand the release of detained activists.");
        write(corpus, "f.txt", "Gang leader arrested", "ANSE-CORAIL, 7 February 2024 — Police arrested Jean-Robert "
                + "Valcin, the leader of the Kanno Lanmè gang, in Anse-Corail on Tuesday. Valcin surrendered without "
                + "resistance.");
        write(corpus, "g.txt", "Gang attacks police", "SAINT-OPHIR, 2 March 2024 — Gunmen of the Kanno Lanmè gang "
                + "attacked a police checkpoint in Saint-Ophir on Thursday, demanding that Valcin be released.");
        server = RunningServer.over(corpus, tmp.resolve("index"));
    }

    private static void write(Path corpus, String file, String title, String text) throws Exception {
        Files.writeString(corpus.resolve(file), title + "\n\n" + text + "\n");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode listed(String q, String id) throws Exception {
        for (JsonNode e : server.getJson("/api/entities?q=" + RunningServer.enc(q), 200).get("entities")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError(id + " not listed for " + q);
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void anAcronymNeverSpelledOutIsTheActorOtherReportsSpellOut() throws Exception {
        assertEquals("actor:tactical-response-brigade", listed("TRB", "actor:trb").get("sameAs").asText());
        assertNull(listed("Tactical", "actor:tactical-response-brigade").get("sameAs"));

        JsonNode page = server.getJson("/api/entities/actor:trb", 200);
        assertEquals("actor:tactical-response-brigade", page.get("entity").get("id").asText(), "the same actor's page");
        assertEquals(List.of("actor:trb"), ids(page.get("merged"), "id"));
        assertEquals(2, page.get("documentTotal").asInt(), "both reports: " + page.get("documents"));
        assertEquals(2, page.get("documentCount").asInt());

        // b's arrest is the brigade's: its neighbour, and a path of one edge from either id
        JsonNode around = server.getJson("/api/entities/actor:tactical-response-brigade/neighbors?depth=1", 200);
        List<String> near = ids(around.get("nodes"), "id");
        assertTrue(near.contains("actor:sea-wolves"), near.toString());
        assertFalse(near.contains("actor:trb"), "no node of its own: " + near);
        JsonNode paths = server.getJson("/api/paths?from=actor:trb&to=actor:sea-wolves", 200).get("paths");
        assertEquals(1, paths.get(0).get("length").asInt(), paths.toString());
        assertTrue(server.getJson("/api/events?actor=actor:trb", 200).get("total").asInt() >= 2,
                "the events of both reports");

        JsonNode byName = server.getJson("/api/search?q=" + RunningServer.enc("actor:\"Tactical Response Brigade\""), 200);
        assertEquals(2, byName.get("total").asInt(), "the report that only says TRB too: " + byName.get("hits"));
    }

    @Test
    void theFacetCountsAndFiltersAnActorTakenForAnotherAsThatOther() throws Exception {
        JsonNode all = server.getJson("/api/search?q=", 200);
        Map<String, Integer> actors = new LinkedHashMap<>();
        all.get("facets").get("actor").forEach(v -> actors.put(v.get("id").asText(), v.get("count").asInt()));
        assertEquals(2, actors.get("actor:tactical-response-brigade"), "both reports: " + actors);
        assertEquals(2, actors.get("actor:jean-robert-valcin"), actors.toString());
        assertFalse(actors.containsKey("actor:trb"), "no value of its own: " + actors);
        assertFalse(actors.containsKey("actor:valcin"), actors.toString());
        assertEquals(1, actors.get("actor:cdr"), "left alone: " + actors);

        for (String id : List.of("actor:tactical-response-brigade", "actor:trb")) {
            JsonNode chosen = server.getJson("/api/search?q=&actor=" + RunningServer.enc(id), 200);
            assertEquals(List.of("a", "b"), ids(chosen.get("hits"), "id").stream().sorted().toList(), id);
        }
        JsonNode gang = server.getJson("/api/search?q=" + RunningServer.enc("gang") + "&actor="
                + RunningServer.enc("actor:jean-robert-valcin"), 200);
        assertEquals(2, gang.get("total").asInt(), "f and g: " + gang.get("hits"));
    }

    @Test
    void everyReportOfAnActorScoresAlikeInWhicheverFormItNamesIt() throws Exception {
        // b says only "TRB": as a term rarer than the brigade's id, it scored b above a
        JsonNode alone = server.getJson("/api/search?q=" + RunningServer.enc("actor:trb"), 200).get("hits");
        assertEquals(List.of("a", "b"), ids(alone, "id"), "in id order: " + alone);
        assertEquals(alone.get(0).get("score").asDouble(), alone.get(1).get("score").asDouble(), alone.toString());
        JsonNode inQuery = server.getJson("/api/search?q=" + RunningServer.enc("police AND actor:trb"), 200)
                .get("hits");
        JsonNode chosen = server.getJson("/api/search?q=police&actor=actor:trb", 200).get("hits");
        assertEquals(ids(chosen, "id"), ids(inQuery, "id"));
        assertEquals(ids(chosen, "score"), ids(inQuery, "score"), "the entity adds nothing to any score");
    }

    @Test
    void aSurnameIsThePersonOtherReportsNameInFull() throws Exception {
        assertEquals("actor:jean-robert-valcin", listed("Valcin", "actor:valcin").get("sameAs").asText());
        JsonNode page = server.getJson("/api/entities/actor:jean-robert-valcin", 200);
        assertEquals(List.of("actor:valcin"), ids(page.get("merged"), "id"));
        assertEquals(2, page.get("documentTotal").asInt());
        assertEquals(2, server.getJson("/api/search?q=" + RunningServer.enc("actor:\"Jean-Robert Valcin\""), 200)
                .get("total").asInt());
    }

    @Test
    void aFormThatStandsForTwoActorsStaysItsOwn() throws Exception {
        JsonNode cdr = listed("CDR", "actor:cdr");
        assertNull(cdr.get("sameAs"), "CDR is the Collective in one report and the Coalition in another: " + cdr);
        JsonNode page = server.getJson("/api/entities/actor:cdr", 200);
        assertEquals("actor:cdr", page.get("entity").get("id").asText());
        assertEquals(0, page.get("merged").size());
        assertEquals(1, page.get("documentTotal").asInt());
    }
}
