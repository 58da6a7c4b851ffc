package org.kgi.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file is valid in its format, ids are unique, and the counts add up. */
class GeneratorFormatTest {
    private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}' -]+, \\d{1,2} [A-Z][a-z]+ \\d{4} \u2014 \\S");
    private static final int REPORTS = 1_500;

    @TempDir
    static Path tmp;
    static GeneratorSummary summary;

    @BeforeAll
    static void generate() throws Exception {
        summary = Corpora.generate(tmp, REPORTS, 42, 2);
    }

    @Test
    void everyFileIsValidAndEveryIdUnique() throws Exception {
        Set<String> ids = new HashSet<>();
        List<Path> files = Corpora.files(tmp.resolve("corpus"));
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
            String name = f.getFileName().toString();
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String dir = f.getParent().getFileName().toString();
            if (name.endsWith(".json")) {
                assertReport(Corpora.JSON.readTree(text), ids);
            } else if (name.endsWith(".jsonl")) {
                for (String line : text.split("\n")) {
                    assertReport(Corpora.JSON.readTree(line), ids);
                }
            } else if (name.endsWith(".md")) {
                assertTrue(text.matches("(?s)---\ntitle: [^\n]+\ndate: \\d{4}-\\d{2}-\\d{2}\nsource: [^\n]+\n---\n\n.+"), f.toString());
                assertTrue(ids.add(dir + "." + name.replace(".md", "")));
            } else if (name.endsWith(".txt")) {
                String[] lines = text.split("\n", 3);
                assertTrue(!lines[0].isBlank() && lines[1].isEmpty(), "headline then a blank line: " + f);
                assertTrue(DATELINE.matcher(lines[2]).find(), "dateline in " + f + ": " + lines[2].substring(0, 60));
                assertTrue(ids.add(dir + "." + name.replace(".txt", "")));
            } else {
                throw new AssertionError("unexpected file " + f);
            }
        }
        assertEquals(REPORTS, ids.size(), "one unique id per report");
        assertEquals(summary.files(), files.size());
        assertEquals(summary.bytes(), bytes);
        assertTrue(files.size() < REPORTS, "JSON-lines reports share a file per directory");
    }

    private static void assertReport(JsonNode n, Set<String> ids) {
        for (String field : new String[] {"id", "title", "date", "source", "text"}) {
            assertTrue(n.hasNonNull(field) && !n.get(field).asText().isBlank(), "field " + field + " in " + n.get("id"));
        }
        assertTrue(ids.add(n.get("id").asText()), "duplicate id " + n.get("id"));
    }

    @Test
    void manifestHasOneLinePerReportAndAgreesWithThePrediction() throws Exception {
        List<JsonNode> manifest = Corpora.manifest(tmp);
        assertEquals(REPORTS, manifest.size());
        Predicted predicted = Predicted.read(tmp.resolve("predicted.json"));
        assertEquals(REPORTS, predicted.reports());
        long mentions = 0;
        long events = 0;
        for (JsonNode r : manifest) {
            assertTrue(Files.isRegularFile(tmp.resolve("corpus").resolve(r.get("file").asText())), r.toString());
            assertTrue(r.get("entities").size() >= 2, "a report names at least a place and an actor: " + r);
            assertTrue(r.get("events").size() >= 1, "a report states at least one event: " + r);
            mentions += r.get("entities").size();
            events += r.get("events").size();
        }
        assertEquals(predicted.mentions(), mentions);
        assertEquals(predicted.eventsByType().values().stream().mapToLong(Long::longValue).sum(), events);
        assertEquals(6, predicted.eventsByType().size(), "every ACLED event type occurs");
        assertTrue(predicted.eventsByType().values().stream().allMatch(v -> v > 0));
    }

    @Test
    void lengthsAreThoseOfNewsReports() {
        double mean = (double) summary.words() / summary.reports();
        assertTrue(mean > 300 && mean < 900, "mean words " + mean);
    }
}
