package org.kgi.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.graph.Kind;
import org.kgi.indexer.corpus.Report;

/** The analyst's aliases file: known entities, extra aliases, merges and type fixes change what is extracted. */
class ExtractAliasesTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("kgi.root", ".")).toAbsolutePath()
            .resolve("indexer/src/test/resources/aliases-example.json");

    private static Extraction run(RuleExtractor x, String text) {
        return x.extract(new Report("a1", "t", null, "", text, "", "api"));
    }

    @Test
    void exampleFileAddsAliasesMergesAndFixesTypes() {
        RuleExtractor x = RuleExtractor.withAliases(EXAMPLE);
        Extraction e = run(x, "The Kenya-led mission met the PNH in Pont Sonde. Officers of the Haitian National "
                + "Police and Gran Grif members were seen. Gran Grif said nothing.");
        Entity mss = ExtractRulesTest.byId(e, "actor:multinational-security-support-mission");
        assertEquals("security_force", mss.type());
        assertEquals("HT", mss.attributes().get("country"));
        assertTrue(mss.aliases().contains("Kenya-led mission"), mss.aliases().toString());
        Entity hnp = ExtractRulesTest.byId(e, "actor:haiti-national-police");
        assertTrue(hnp.aliases().contains("PNH") && hnp.name().equals("Haitian National Police"), hnp.toString());
        assertTrue(e.entities().stream().noneMatch(en -> en.id().equals("actor:haitian-national-police")));
        Entity place = ExtractRulesTest.byId(e, "place:pont-sonde");
        assertEquals(Kind.PLACE, place.kind());
        assertEquals("19.1500", place.attributes().get("lat"));
        assertEquals("armed_group", ExtractRulesTest.byId(e, "actor:gran-grif").type());
    }

    @Test
    void builtInsAloneDoNotKnowTheseNames() {
        Extraction e = run(new RuleExtractor(), "Officers of the Haitian National Police were seen.");
        assertTrue(e.entities().stream().anyMatch(en -> en.id().equals("actor:haitian-national-police")));
    }

    @Test
    void malformedFileSaysWhy(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"merges\": [{\"from\": \"red scorpions\", \"into\": \"actor:red-scorpions\"}]}");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> RuleExtractor.withAliases(bad));
        assertTrue(ex.getMessage().contains("merges[].from"), ex.getMessage());
        Files.writeString(bad, "{\"entities\": [");
        assertThrows(IllegalArgumentException.class, () -> RuleExtractor.withAliases(bad));
    }
}
