package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.json.Json;

/**
 * A folder of the corpus that cannot be listed (its permissions) is a failure of the run, and the reports indexed from
 * it stay: before, it was skipped as "a link to a folder" and its reports deleted, with exit 0. Run as a child process
 * of {@code ./kgi index}; as root, without the capabilities that let root read any folder, so that the folder's
 * permissions hold.
 */
class UnreadableFolderTest {
    @TempDir
    Path tmp;
    private Path locked;

    @AfterEach
    void unlock() throws IOException {
        if (locked != null) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private record Run(int exit, JsonNode summary, String output) {
    }

    private Run index(Path corpus, Path index, String... more) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>();
        if ((Integer) Files.getAttribute(tmp, "unix:uid") == 0) {
            cmd.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
        }
        cmd.addAll(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "index", "--corpus", corpus.toString(), "--index", index.toString(), "--json"));
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("err.log").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String err = Files.readString(tmp.resolve("err.log"));
        return new Run(p.exitValue(), out.isBlank() ? null : Json.mapper().readTree(out), out + err);
    }

    @Test
    void aFolderThatCannotBeListedFailsTheRunAndKeepsItsReports() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        Files.writeString(corpus.resolve("open.txt"), "Police arrested a man in Dremmet on 2024-03-02.\n");
        locked = Files.createDirectories(corpus.resolve("locked"));
        Files.writeString(locked.resolve("kept.txt"), "Members of the Vorlak gang attacked Zelbridge on 2024-03-04.\n");
        Run first = index(corpus, index);
        assertEquals(0, first.exit(), first.output());
        assertEquals(2, first.summary().get("added").asInt(), first.output());

        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        for (String[] how : List.of(new String[0], new String[] {"--full"})) {
            Run again = index(corpus, index, how);
            assertEquals(1, again.exit(), again.output());
            assertEquals(0, again.summary().get("deleted").asInt(), again.output());
            JsonNode failed = again.summary().get("failed");
            assertEquals(1, failed.size(), again.output());
            assertEquals("locked", failed.get(0).get("file").asText());
            assertTrue(failed.get(0).get("reason").asText().startsWith("cannot read the folder"), again.output());
            assertTrue(again.summary().get("skipped").isEmpty(), again.output());
        }
        // what the index holds, read while the folder is still locked
        assertEquals(1, search(index, "Zelbridge").get("total").asInt(), "the locked folder's report is still indexed");
        assertEquals(1, search(index, "Dremmet").get("total").asInt());
    }

    private JsonNode search(Path index, String q) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "search", q, "--index", index.toString(), "--json")
                .redirectError(tmp.resolve("search.log").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out + Files.readString(tmp.resolve("search.log")));
        return Json.mapper().readTree(out);
    }
}
