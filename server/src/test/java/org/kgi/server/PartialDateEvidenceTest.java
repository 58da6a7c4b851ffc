package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A busy edge seen in a later window shows the sentences of that window read from the index (the graph keeps only the
 * earliest): a sentence dated only to a month is among them only when the window holds the whole month, as it is in
 * the edge's weight there.
 */
class PartialDateEvidenceTest {
    @TempDir
    static Path tmp;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < 25; i++) { // more than the graph keeps of one edge
            Files.writeString(corpus.resolve(String.format("jan-%02d.txt", i)), "On " + LocalDate.of(2022, 1, 1)
                    .plusDays(i) + ", police clashed with members of the Twa Kwa gang in Mirebois.\n");
        }
        for (int d = 10; d <= 12; d++) {
            Files.writeString(corpus.resolve("mar-" + d + ".txt"), "On 2022-03-" + d
                    + ", police clashed with members of the Twa Kwa gang in Mirebois.\n");
        }
        Files.writeString(corpus.resolve("march.txt"), "In March 2022, police clashed with members of the Twa Kwa gang "
                + "in Dufresne.\n");
        server = RunningServer.over(corpus, tmp.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode edge(String window) throws Exception {
        JsonNode edges = server.getJson("/api/entities/actor:twa-kwa/neighbors?kind=actor&relation=opposed&evidence=10&"
                + window, 200).get("edges");
        assertEquals(1, edges.size(), edges.toString());
        return edges.get(0);
    }

    @Test
    void aMonthIsInTheSentencesOfAWindowThatHoldsAllOfIt() throws Exception {
        JsonNode part = edge("from=2022-03-01&to=2022-03-15");
        assertEquals(3, part.get("weight").asInt(), part.toString());
        assertEquals(3, part.get("evidence").size(), part.toString());
        assertFalse(part.get("evidence").toString().contains("In March 2022"), part.toString());
        JsonNode whole = edge("from=2022-03&to=2022-03");
        assertEquals(4, whole.get("weight").asInt(), whole.toString());
        assertEquals(4, whole.get("evidence").size(), whole.toString());
        // each sentence dated as what its date tells: the month as a month, not as its first day
        for (JsonNode e : whole.get("evidence")) {
            boolean month = e.get("text").asText().startsWith("In March 2022");
            assertEquals(month ? "2022-03" : "2022-03-1" + e.get("text").asText().charAt(12), e.get("date").asText());
            assertEquals(month ? "month" : "day", e.get("datePrecision").asText(), e.toString());
        }
    }

    @Test
    void theSentencesTheGraphKeepsAreDatedAsWhatTheirDateTells() throws Exception {
        JsonNode all = server.getJson("/api/entities/place:dufresne/neighbors?evidence=5", 200);
        boolean seen = false;
        for (JsonNode e : all.get("edges")) {
            for (JsonNode x : e.get("evidence")) {
                boolean month = x.get("text").asText().startsWith("In March 2022");
                seen |= month;
                assertEquals(month ? "month" : "day", x.get("datePrecision").asText(), x.toString());
                assertEquals(month ? 7 : 10, x.get("date").asText().length(), x.toString());
            }
        }
        assertTrue(seen, all.toString());
    }
}
