package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.json.Json;

/**
 * A JSON-lines file of many reports is written a chunk at a time, so that its size does not set the memory a run
 * needs: 30,000 lines in a heap of 192 MB (all of them held as documents until the file was done ran out of memory
 * there), and a file of a few chunks indexed, changed and shortened keeps each of its reports once.
 */
class LongJsonLinesTest {
    @TempDir
    Path tmp;

    private static void write(Path file, int from, int to) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = from; i < to; i++) {
                w.write("{\"id\":\"r-" + i + "\",\"title\":\"Report " + i + "\",\"date\":\"2024-03-" + (i % 28 + 10)
                        + "\",\"text\":\"Police arrested " + (i % 50) + " members of the Vorlak gang in Dremmet on "
                        + "Monday, officials said. Residents of Zelbridge protested.\"}\n");
            }
        }
    }

    private JsonNode index(Path corpus, Path index, String heap) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, heap, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "index", "--corpus", corpus.toString(), "--index", index.toString(), "--json")
                .redirectError(tmp.resolve("err.log").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out + Files.readString(tmp.resolve("err.log")));
        return Json.mapper().readTree(out);
    }


    @Test
    void thirtyThousandLinesInASmallHeap() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        write(corpus.resolve("many.jsonl"), 0, 30_000);
        JsonNode s = index(corpus, tmp.resolve("index"), "-Xmx192m");
        assertEquals(30_000, s.get("reports").asInt(), s.toString());
        assertEquals(30_000, IndexIds.counts(tmp.resolve("index")).size());
    }

    @Test
    void aFileOfSeveralChunksIsReplacedWholeWhenItChanges() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        Path file = corpus.resolve("few.jsonl");
        write(file, 0, 1_300);
        assertEquals(1_300, index(corpus, index, "-Xmx512m").get("reports").asInt());
        write(file, 100, 1_250);
        JsonNode changed = index(corpus, index, "-Xmx512m");
        assertEquals(1, changed.get("updated").asInt(), changed.toString());
        Map<String, Integer> ids = IndexIds.counts(index);
        assertEquals(1_150, ids.size());
        assertTrue(ids.values().stream().allMatch(n -> n == 1), "each report once");
        for (String gone : List.of("r-0", "r-99", "r-1250", "r-1299")) {
            assertTrue(!ids.containsKey(gone), gone);
        }
    }
}
