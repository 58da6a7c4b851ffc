package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index run stopped as Ctrl-C or {@code kill} stop it (not {@code kill -9}) commits what it has indexed so far,
 * each file whole, and says so: before, it ended without a word and kept only its last periodic commit (none, in a
 * run shorter than the 30 s between them).
 */
class StoppedRunTest {
    static final int FILES = 3_000;

    @TempDir
    Path tmp;

    @Test
    void aStoppedRunKeepsWhatItIndexedAndTheNextGoesOn() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(corpus.resolve(String.format("r%05d.txt", i)), "Report " + i + "\n\nPolice arrested "
                    + (i % 40) + " members of the Vorlak gang in Dremmet on 2024-03-0" + (1 + i % 9) + ".\n");
        }
        Path index = tmp.resolve("index");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "index", "--corpus", corpus.toString(), "--index", index.toString(), "--threads", "1",
                "--commit-every", "100000").redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        Pattern progress = Pattern.compile("kgi: (\\d+)/" + FILES + " files");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.append(line).append('\n');
                Matcher m = progress.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) > 0 && Integer.parseInt(m.group(1)) < FILES) {
                    p.toHandle().destroy(); // SIGTERM as kill sends it, the output left open; Ctrl-C runs the same
                }
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String said = out.toString();
        assertTrue(said.contains("kgi: stopped; the index keeps the "), said);
        Map<String, Integer> ids = IndexIds.counts(index);
        assertTrue(ids.size() > 0 && ids.size() < FILES, ids.size() + " reports kept; " + said);
        assertTrue(ids.values().stream().allMatch(n -> n == 1), "each report once");

        assertEquals(0, Main.run("index", "--corpus", corpus.toString(), "--index", index.toString()));
        ids = IndexIds.counts(index);
        assertEquals(FILES, ids.size());
        assertTrue(ids.values().stream().allMatch(n -> n == 1), "each report once");
    }
}
