package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.json.Json;

/** The analyst's aliases file, applied at indexing time through the command line. */
class AliasesFileTest {
    @TempDir
    Path tmp;

    @Test
    void editingTheAliasesFileReExtractsEveryReportOnTheNextRun() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "Clash in Delmont\n\nDELMONT, 3 May 2024 — Members of the Red Scorpions gang "
                + "clashed with officers of the Haitian National Police in Delmont on Friday.");
        Files.writeString(corpus.resolve("b.txt"), "Arrests in Mirebois\n\nMIREBOIS, 9 May 2024 — The PNH arrested two men in "
                + "Mirebois on Tuesday, a spokesperson said.");
        String index = tmp.resolve("index").toString();
        assertEquals(0, CliTest.kgi("index", "--corpus", corpus.toString(), "--index", index).code());
        JsonNode before = Json.mapper().readTree(CliTest.kgi("search", "actor:\"Haitian National Police\"", "--index", index, "--json").out());
        assertEquals(1, before.get("total").asInt(), "without the aliases file, PNH is not known to be the police");

        Files.createDirectories(corpus.resolve(".kgi"));
        Files.writeString(corpus.resolve(".kgi/aliases.json"), """
                {"entities": [{"name": "Haitian National Police", "kind": "actor", "type": "security_force", "aliases": ["PNH"]}]}
                """);
        CliTest.Run rerun = CliTest.kgi("index", "--corpus", corpus.toString(), "--index", index, "--json");
        assertEquals(0, rerun.code(), rerun.err());
        JsonNode summary = Json.mapper().readTree(rerun.out());
        assertEquals(2, summary.get("added").asInt() + summary.get("updated").asInt(), "both reports extracted again: " + summary);
        assertTrue(summary.get("note").asText().contains("aliases"), summary.toString());
        JsonNode after = Json.mapper().readTree(CliTest.kgi("search", "actor:PNH", "--index", index, "--json").out());
        assertEquals(2, after.get("total").asInt(), "PNH and the full name are one actor now");

        CliTest.Run again = CliTest.kgi("index", "--corpus", corpus.toString(), "--index", index, "--json");
        assertEquals(2, Json.mapper().readTree(again.out()).get("unchanged").asInt(), "same aliases: nothing to redo");

        Files.writeString(corpus.resolve(".kgi/aliases.json"), "{\"entities\": [");
        CliTest.Run broken = CliTest.kgi("index", "--corpus", corpus.toString(), "--index", index);
        assertEquals(1, broken.code());
        assertTrue(broken.err().startsWith("kgi: aliases file"), broken.err());
    }
}
