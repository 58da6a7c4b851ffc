package org.kgi.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator streams: 10,000 reports (about 35 MB of text, 70 MB as Java strings) are written by a
 * JVM whose heap is capped at 32 MB, which could not hold them.
 */
class StreamingTest {
    @TempDir
    Path tmp;

    @Test
    void generatesMoreThanItsHeapCouldHold() throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(javaBin.toString(), "-Xmx32m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "org.kgi.bench.BenchMain",
                "generate", "--reports", "10000", "--seed", "5", "--out", tmp.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        int code = p.waitFor();
        assertEquals(0, code, () -> {
            try {
                return Files.readString(tmp.resolve("log.txt"));
            } catch (IOException e) {
                return e.toString();
            }
        });
        Predicted predicted = Predicted.read(tmp.resolve("predicted.json"));
        assertEquals(10_000, predicted.reports());
        assertEquals(predicted.bytes(), Corpora.files(tmp.resolve("corpus")).stream().mapToLong(f -> f.toFile().length()).sum());
    }
}
