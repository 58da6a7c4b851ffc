package org.kgi.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.server.Main;

/** kgi indexes a generated corpus whole: every file added, every report written, none failed or skipped. */
class IndexGeneratedCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void kgiIndexesEveryGeneratedReport() throws Exception {
        GeneratorSummary s = Corpora.generate(tmp.resolve("gen"), 300, 11, 2);
        String out = kgi("index", "--corpus", tmp.resolve("gen/corpus").toString(),
                "--index", tmp.resolve("idx").toString(), "--json");
        JsonNode summary = Corpora.JSON.readTree(out);
        assertEquals(s.files(), summary.get("added").asLong(), out);
        assertEquals(s.reports(), summary.get("reports").asLong(), out);
        assertEquals(0, summary.get("failed").size(), out);
        assertEquals(0, summary.get("skipped").size(), out);
    }

    static synchronized String kgi(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            int code = Main.run(args);
            assertEquals(0, code, "exit code of kgi " + String.join(" ", args));
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(old);
        }
    }
}
