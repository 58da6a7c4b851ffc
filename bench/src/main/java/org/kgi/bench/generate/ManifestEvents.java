package org.kgi.bench.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.kgi.indexer.extract.Event;

/**
 * The events the generator wrote in its manifest, each as its ACLED type and sub-type, and a tally of the events an
 * extractor found against them (a report's events and the manifest's matched as multisets).
 */
public final class ManifestEvents {
    private ManifestEvents() {
    }

    /** The kind of an event as it is compared: {@code type|subType}. */
    public static String kind(Event e) {
        return kind(e.type(), e.subType());
    }

    private static String kind(String type, String subType) {
        return type + "|" + subType;
    }

    /** The manifest in the generator's output folder, a JSON report per line. */
    public static BufferedReader open(Path generated) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(generated.resolve(GeneratorConfig.MANIFEST))), StandardCharsets.UTF_8));
    }

    /**
     * The events of the first {@code maxReports} reports of the manifest in the generator's output folder, as kinds by
     * report id; empty when there is no manifest.
     */
    public static Map<String, List<String>> read(Path generated, int maxReports) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        if (!Files.exists(generated.resolve(GeneratorConfig.MANIFEST))) {
            return out;
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = open(generated)) {
            String line;
            while ((line = in.readLine()) != null && out.size() < maxReports) {
                JsonNode r = json.readTree(line);
                List<String> kinds = new ArrayList<>();
                for (JsonNode e : r.get("events")) {
                    kinds.add(kind(e.get(0).asText(), e.get(1).asText()));
                }
                out.put(r.get("id").asText(), kinds);
            }
        }
        return out;
    }

    /** Events found and true, found only, true only, over the reports added. */
    public static final class Tally {
        private long hits;
        private long extra;
        private long missed;

        /** Adds one report: the manifest's event kinds and the kinds the extractor found. */
        public void add(List<String> truth, List<Event> found) {
            Map<String, Integer> left = new HashMap<>();
            truth.forEach(k -> left.merge(k, 1, Integer::sum));
            for (Event e : found) {
                String k = kind(e);
                if (left.getOrDefault(k, 0) > 0) {
                    left.merge(k, -1, Integer::sum);
                    hits++;
                } else {
                    extra++;
                }
            }
            left.values().forEach(n -> missed += n);
        }

        public double precision() {
            return hits + extra == 0 ? 0 : (double) hits / (hits + extra);
        }

        public double recall() {
            return hits + missed == 0 ? 0 : (double) hits / (hits + missed);
        }

        @Override
        public String toString() {
            return String.format("%,d found and true, %,d found only, %,d true only", hits, extra, missed);
        }
    }
}
