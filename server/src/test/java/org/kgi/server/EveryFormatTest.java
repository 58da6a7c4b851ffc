package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.corpus.DocumentFixtures;
import org.kgi.indexer.json.Json;

/**
 * A corpus holding every format kgi reads, indexed through the command line and read back over HTTP: the
 * expected reports, with title, date and source from each file's own metadata, and the broken ones reported.
 */
class EveryFormatTest {
    static final String CLASH = "Members of the Red Scorpions gang clashed with police in Delmont.";

    @TempDir
    Path tmp;

    @Test
    void everyFormatIsIndexedWithItsMetadata() throws Exception {
        Path c = tmp.resolve("corpus");
        Files.createDirectories(c.resolve("mail"));
        Files.writeString(c.resolve("a.txt"), "Clash in Delmont\n\nDELMONT, 14 March 2023 — " + CLASH);
        Files.writeString(c.resolve("b.md"), "---\ntitle: Markdown brief\ndate: 2023-03-15\nsource: Radio Vigilance\n---\n" + CLASH);
        Files.writeString(c.resolve("b2.md"), "+++\ntitle = \"Hugo brief\"\ndate = 2023-03-24T09:00:00Z\n"
                + "source = 'Radio Tropic'\ntags = [\"security\"]\n+++\n" + CLASH);
        Files.writeString(c.resolve("c.json"), "{\"id\": \"json-report\", \"title\": \"JSON item\", \"date\": \"2023-03-16\", "
                + "\"source\": \"Wire\", \"text\": \"" + CLASH + "\"}");
        Files.writeString(c.resolve("d.jsonl"), "{\"id\": \"line-1\", \"title\": \"Line one\", \"date\": \"2023-03-17\", \"text\": \""
                + CLASH + "\"}\n{\"id\": \"line-2\", \"title\": \"Line two\", \"text\": \"" + CLASH + "\"}\n");
        Files.writeString(c.resolve("e.html"), "<html><head><title>HTML page</title><meta name=\"date\" content=\"2023-03-18\">"
                + "<meta property=\"og:site_name\" content=\"Le Nouvelliste\"><script>var secret = 'do not index';</script></head>"
                + "<body><nav>Menu</nav><p>" + CLASH + "</p></body></html>");
        DocumentFixtures.write(c.resolve("f.pdf"), DocumentFixtures.pdf("PDF situation report", "OCHA", 2023, 3, 19, CLASH));
        DocumentFixtures.write(c.resolve("g.docx"), DocumentFixtures.docx("Word field report", "Field Office", "2023-03-20T10:00:00Z", CLASH));
        DocumentFixtures.write(c.resolve("h.odt"), DocumentFixtures.odt("ODT note", "2023-03-21T10:00:00", "Heading", CLASH));
        Files.writeString(c.resolve("i.rtf"), "{\\rtf1\\ansi{\\info{\\title RTF memo}{\\author UN Field Office}"
                + "{\\creatim\\yr2023\\mo3\\dy22\\hr9\\min0}}\\pard " + CLASH + "\\par}");
        Files.writeString(c.resolve("mail/j.eml"), "From: Radio Vigilance <news@vigilance.example>\nSubject: Mail alert\n"
                + "Date: Thu, 23 Mar 2023 08:00:00 -0500\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + CLASH + "\n");
        Files.write(c.resolve("broken.pdf"), "this is not a pdf at all".getBytes());
        Files.write(c.resolve("junk.docx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 11, 12});

        CliTest.Run run = CliTest.kgi("index", "--corpus", c.toString(), "--index", tmp.resolve("index").toString(), "--json");
        assertEquals(1, run.code(), "two files fail: exit 1, the rest indexed");
        JsonNode summary = Json.mapper().readTree(run.out());
        assertEquals(11, summary.get("added").asInt(), summary.toString());
        assertEquals(2, summary.get("failed").size());
        assertTrue(summary.get("failed").toString().contains("not a PDF"), summary.toString());

        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("a", List.of("Clash in Delmont", "2023-03-14", "")),
                Map.entry("b", List.of("Markdown brief", "2023-03-15", "Radio Vigilance")),
                Map.entry("b2", List.of("Hugo brief", "2023-03-24", "Radio Tropic")),
                Map.entry("json-report", List.of("JSON item", "2023-03-16", "Wire")),
                Map.entry("line-1", List.of("Line one", "2023-03-17", "")),
                Map.entry("e", List.of("HTML page", "2023-03-18", "Le Nouvelliste")),
                Map.entry("f", List.of("PDF situation report", "2023-03-19", "OCHA")),
                Map.entry("g", List.of("Word field report", "2023-03-20", "Field Office")),
                Map.entry("h", List.of("ODT note", "2023-03-21", "")),
                Map.entry("i", List.of("RTF memo", "2023-03-22", "UN Field Office")),
                Map.entry("mail.j", List.of("Mail alert", "2023-03-23", "Radio Vigilance")));
        try (RunningServer server = RunningServer.over(c, tmp.resolve("index"))) {
            JsonNode all = server.getJson("/api/search?q=" + RunningServer.enc("\"Red Scorpions\"") + "&limit=100", 200);
            assertEquals(12, all.get("total").asInt(), all.toString());
            for (Map.Entry<String, List<String>> e : expected.entrySet()) {
                JsonNode doc = server.getJson("/api/documents/" + e.getKey(), 200);
                assertEquals(e.getValue().get(0), doc.get("title").asText(), e.getKey());
                assertEquals(e.getValue().get(1), doc.path("date").asText(), e.getKey());
                if (!e.getValue().get(2).isEmpty()) {
                    assertEquals(e.getValue().get(2), doc.path("source").asText(), e.getKey());
                }
                assertTrue(doc.get("text").asText().contains(CLASH), e.getKey() + ": " + doc.get("text").asText());
                assertTrue(doc.get("entities").toString().contains("actor:red-scorpions"), e.getKey() + " is extracted");
            }
            assertEquals(0, server.getJson("/api/search?q=secret", 200).get("total").asInt(), "scripts are not text");
        }
    }
}
