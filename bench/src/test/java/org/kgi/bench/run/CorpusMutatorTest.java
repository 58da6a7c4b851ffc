package org.kgi.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A correction changes a file, keeps JSON valid, and applied twice gives the original bytes back. */
class CorpusMutatorTest {
    @Test
    void togglesTextFiles() {
        String txt = "Headline\n\nTOWN, 1 May 2024 — Body.\n";
        String changed = CorpusMutator.toggle(txt, "txt");
        assertNotEquals(txt, changed);
        assertTrue(changed.contains("Correction"));
        assertEquals(txt, CorpusMutator.toggle(changed, "txt"));
    }

    @Test
    void togglesJsonAndJsonLinesKeepingThemValid() throws Exception {
        String jsonl = "{\"id\":\"a\",\"text\":\"One.\\n\"}\n{\"id\":\"b\",\"text\":\"Two \\\"quoted\\\".\"}\n";
        String changed = CorpusMutator.toggle(jsonl, "jsonl");
        ObjectMapper json = new ObjectMapper();
        for (String line : changed.strip().split("\n")) {
            assertTrue(json.readTree(line).get("text").asText().endsWith(CorpusMutator.CORRECTION), line);
        }
        assertEquals(jsonl, CorpusMutator.toggle(changed, "jsonl"));
    }
}
