package org.kgi.bench.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Small corpora for the tests, and ways to look at them. */
final class Corpora {
    static final ObjectMapper JSON = new ObjectMapper();

    private Corpora() {
    }

    static GeneratorSummary generate(Path out, long reports, long seed, int threads) throws IOException {
        return new CorpusGenerator(new GeneratorConfig(reports, seed, out, FormatMix.DEFAULT,
                GeneratorConfig.DEFAULT_PER_DIRECTORY, threads)).generate(done -> { });
    }

    /** Every regular file below {@code dir}, sorted. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** SHA-256 over the relative paths and bytes of every file below {@code dir}. */
    static String hash(Path dir) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (Path f : files(dir)) {
            d.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            d.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    static List<JsonNode> manifest(Path out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader in = ManifestEvents.open(out)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
