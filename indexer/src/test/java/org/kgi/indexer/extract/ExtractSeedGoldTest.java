package org.kgi.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kgi.graph.Kind;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.extract.lexicon.FunctionWords;
import org.kgi.indexer.extract.text.Names;

/** The sample report against the analyst's seed gold: every required item found, every must-not held. */
class ExtractSeedGoldTest {
    private static final String SAMPLE = "000_0acd226cf5772701.txt";
    private static Extraction extraction;
    private static JsonNode gold;

    static Path shared() {
        return Path.of(System.getProperty("kgi.root", ".")).toAbsolutePath().resolve("../shared").normalize();
    }

    @BeforeAll
    static void extract() throws Exception {
        String text = Files.readString(shared().resolve("corpus").resolve(SAMPLE));
        Report report = new Report("000_0acd226cf5772701", null, null, "", text, SAMPLE, "txt");
        extraction = new RuleExtractor().extract(report);
        gold = new ObjectMapper().readTree(shared().resolve("eval/seed-gold.json").toFile());
    }

    @Test
    void everyRequiredItemIsFound() {
        List<GoldScorer.Item> items = new GoldScorer(extraction).score(gold);
        GoldReport.print("seed", items);
        List<GoldScorer.Item> missed = items.stream().filter(i -> i.required() && !i.found()).toList();
        assertTrue(missed.isEmpty(), "required items missed: " + missed);
    }

    @Test
    void theMissionAndThePoliceItPatrolsAlongsideAreNotOpponents() {
        // "on a routine patrol in the area alongside their HNP counterparts": the gang's shootout has them on one side
        String mss = "actor:multinational-security-support-mission";
        String hnp = "actor:haiti-national-police";
        assertTrue(extraction.relations().stream().anyMatch(r -> r.type().equals("acted_together")
                && Set.of(r.source(), r.target()).equals(Set.of(mss, hnp))), extraction.relations().toString());
        assertTrue(extraction.relations().stream().noneMatch(r -> r.type().equals("opposed")
                && Set.of(r.source(), r.target()).equals(Set.of(mss, hnp))), extraction.relations().toString());
    }

    @Test
    void acronymAndFullNameAreOneEntity() {
        List<Entity> mss = entitiesNamed("MSS");
        assertEquals(1, mss.size(), "one entity answers to MSS");
        assertEquals("Multinational Security Support Mission", mss.get(0).name());
    }

    @Test
    void slashPairIsTwoActors() {
        assertTrue(entitiesNamed("MSS/HNP").isEmpty(), "no entity named MSS/HNP");
        assertEquals(1, entitiesNamed("HNP").size());
    }

    @Test
    void nicknameIsNoSeparatePerson() {
        List<Entity> barbecue = entitiesNamed("Barbecue");
        assertEquals(1, barbecue.size());
        assertEquals("Jimmy Cherizier", barbecue.get(0).name());
        assertEquals(barbecue, entitiesNamed("Cherizier"));
    }

    @Test
    void noPronounIsAnEntity() {
        for (Entity e : extraction.entities()) {
            assertFalse(FunctionWords.isPronoun(e.name().toLowerCase(Locale.ROOT)), e.toString());
            for (String a : e.aliases()) {
                assertFalse(FunctionWords.isPronoun(a.toLowerCase(Locale.ROOT)), e.toString());
            }
        }
    }

    @Test
    void pontSondeIsAPlaceNotAnActor() {
        List<Entity> ps = entitiesNamed("Pont-Sonde");
        assertFalse(ps.isEmpty());
        assertTrue(ps.stream().allMatch(e -> e.kind() == Kind.PLACE), ps.toString());
        assertEquals("place:pont-sonde", ps.get(0).id());
    }

    @Test
    void everyEventIsWellFormed() {
        Set<String> ids = new HashSet<>();
        extraction.entities().forEach(e -> ids.add(e.id()));
        for (Event e : extraction.events()) {
            assertTrue(e.id().startsWith("event:000_0acd226cf5772701-"), e.id());
            assertNotNull(e.evidence());
            e.participants().forEach(p -> assertTrue(ids.contains(p.id()), p.id()));
            assertTrue(e.place() == null || ids.contains(e.place()), e.place());
        }
    }

    private static List<Entity> entitiesNamed(String name) {
        return new GoldScorer(extraction).matching(Set.of(Names.key(name)));
    }
}
