package org.kgi.bench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@code bench child ...} in a fresh JVM (same java, same class path) so that each indexing run
 * starts cold and alone and its heap and RSS are its own; returns the JSON line it prints.
 */
final class ChildJvm {
    /** The JVM options of every child, besides -Xmx. Documented in BENCHMARKS.md. */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseParallelGC");

    private ChildJvm() {
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The two kinds of run {@code ./kgi index} picks its JVM options for ({@code scripts/jvm-<kind>.options}). */
    enum KgiRun {
        /** {@code --full}, or a new index. */
        FULL,
        /** Over an existing index: only what changed is read. */
        UPDATE
    }

    /**
     * The JVM options {@code ./kgi index} runs with for this kind of run, read from the checkout the bench runs in
     * (comments and blank lines left out), so that the bench times kgi as a user runs it.
     */
    static List<String> kgiOptions(KgiRun run) throws IOException {
        Path file = Path.of(System.getProperty("kgi.root", "."), "scripts",
                "jvm-" + run.name().toLowerCase(Locale.ROOT) + ".options");
        if (!Files.exists(file)) {
            throw new IOException("cannot find " + file + " (the bench runs in a kgi checkout: bench/run sets -Dkgi.root)");
        }
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    /**
     * @param options JVM options of this run besides {@link #JVM_OPTIONS} and -Xmx (kgi's, or none for bare
     *                Lucene)
     */
    static IndexTask.Result index(String heap, Path log, List<String> options, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java().toString());
        cmd.add("-Xmx" + heap);
        cmd.addAll(JVM_OPTIONS);
        cmd.addAll(options);
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.kgi.bench.BenchMain");
        cmd.add("child");
        cmd.addAll(List.of(args));
        Files.createDirectories(log.getParent());
        Path out = Files.createTempFile(log.getParent(), "child", ".out");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectOutput(out.toFile()).start();
            int code = p.waitFor();
            String last = Files.readAllLines(out).stream().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
            if (code != 0 || last == null) {
                throw new IOException("child JVM '" + String.join(" ", args) + "' failed with exit code " + code + "; see " + log);
            }
            return new ObjectMapper().readValue(last, IndexTask.Result.class);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
