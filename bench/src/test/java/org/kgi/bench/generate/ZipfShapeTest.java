package org.kgi.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few actors and places are everywhere, most are rare; the prediction matches the manifest. */
class ZipfShapeTest {
    @TempDir
    Path tmp;

    @Test
    void popularityIsSkewed() throws Exception {
        Corpora.generate(tmp, 2_000, 3, 2);
        Predicted p = Predicted.read(tmp.resolve("predicted.json"));
        Predicted.Degree d = p.degree();
        assertTrue(d.max() >= 20 * d.p50(), "top entity in far more reports than the median one: " + d);
        assertTrue(d.p90() >= 4 * d.p50(), "a long head: " + d);

        Map<String, Integer> counted = new HashMap<>();
        for (JsonNode r : Corpora.manifest(tmp)) {
            r.get("entities").forEach(e -> counted.merge(e.asText(), 1, Integer::sum));
        }
        assertEquals(p.distinctActors() + p.distinctPlaces(), counted.size());
        for (Predicted.TopEntity top : d.top()) {
            assertEquals(top.reports(), counted.get(top.id()), top.id());
        }
    }
}
