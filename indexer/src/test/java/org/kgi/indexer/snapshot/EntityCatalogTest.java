package org.kgi.indexer.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.Entity;

/** How the catalog settles what many reports say of one entity. */
class EntityCatalogTest {
    private static Entity actor(String name, String type, List<String> aliases, Map<String, String> attributes) {
        return new Entity("actor:x", Kind.ACTOR, type, name, aliases, List.of(), attributes);
    }

    @Test
    void theMajorityNamesAndTypesTheFirstAttributesStayAndEveryNameIsAnAlias() {
        EntityCatalog.Builder b = new EntityCatalog.Builder();
        b.addReport(List.of(actor("Charlie", "armed_group", List.of("X1"), Map.of())));
        b.addReport(List.of(actor("Alpha", "person", List.of("X2", "X1"), Map.of("country", "HT")),
                actor("Alpha", "person", List.of(), Map.of()))); // twice in one report: one report
        b.addReport(List.of(actor("Bravo", "armed_group", List.of("X3"), Map.of("country", "US"))));
        b.addReport(List.of(actor("Charlie", "armed_group", List.of("X1"), Map.of())));
        b.addReport(List.of(new Entity("place:y", Kind.PLACE, "town", "Y", List.of(), List.of(), Map.of())));
        EntityCatalog c = b.build();
        EntityInfo x = c.get("actor:x").orElseThrow();
        // Alpha and Charlie twice each: the first in alphabetical order wins the tie; armed_group three times
        assertEquals("Alpha", x.name());
        assertEquals("armed_group", x.type());
        assertEquals(Map.of("country", "HT"), x.attributes(), "the first report that gives attributes");
        assertEquals(4, x.documentCount());
        assertEquals(List.of("X1", "X2", "X3"), x.aliases().subList(0, 3), "aliases in order of first sight");
        assertEquals(Set.of("X1", "X2", "X3", "Bravo", "Charlie"), Set.copyOf(x.aliases()));
        assertEquals(Set.of("actor:x"), c.resolve(Kind.ACTOR, "x3"));
        assertEquals(Set.of("actor:x"), c.resolve(null, "bravo"));
        assertEquals(2, c.size());
    }

    @Test
    void aliasesAreCappedAndEachCountedOnce() {
        EntityCatalog.Builder b = new EntityCatalog.Builder();
        for (int report = 0; report < 30; report++) {
            List<String> aliases = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                aliases.add("A" + (report * 3 + i)); // overlapping lists: A0..A4, A3..A7, ...
            }
            b.addReport(List.of(actor("X", "person", aliases, Map.of())));
            b.addReport(List.of(actor("X", "person", aliases, Map.of()))); // the same list again
        }
        List<String> aliases = b.build().get("actor:x").orElseThrow().aliases();
        assertEquals(EntityCatalog.MAX_ALIASES, aliases.size());
        assertEquals(Set.copyOf(aliases).size(), aliases.size(), "no alias twice");
        for (int i = 0; i < EntityCatalog.MAX_ALIASES; i++) {
            assertEquals("A" + i, aliases.get(i));
        }
        assertFalse(aliases.contains("X"));
    }

    private static Entity actor(String id, String name, String type, List<String> aliases,
                                Map<String, String> attributes) {
        return new Entity(id, Kind.ACTOR, type, name, aliases, List.of(), attributes);
    }

    @Test
    void anActorNamedInPartIsTakenForTheOneActorOtherReportsNameInFull() {
        EntityCatalog.Builder b = new EntityCatalog.Builder();
        Map<String, String> none = Map.of();
        b.addReport(List.of(actor("actor:trb", "TRB", "security_force", List.of(), none),
                actor("actor:police", "police", "security_force", List.of(), Map.of("generic", "true")),
                actor("actor:kdf", "KDF", "security_force", List.of(), Map.of("country", "KE")),
                actor("actor:mnla", "MNLA", "person", List.of(), none),
                actor("actor:front", "Front", "other", List.of(), none),
                actor("actor:army", "Army", "other", List.of(), none),
                actor("actor:kl", "KL", "armed_group", List.of(), none),
                actor("actor:le", "Le", "other", List.of(), none), actor("actor:eu", "EU", "other", List.of(), none),
                actor("actor:commission", "Commission", "organization", List.of(), none)));
        b.addReport(List.of(actor("actor:tactical-response-brigade", "Tactical Response Brigade", "security_force",
                        List.of("TRB"), none),
                actor("actor:national-police", "National Police", "security_force", List.of("police"), none),
                actor("actor:kachin-defence-force", "Kachin Defence Force", "security_force", List.of("KDF"),
                        Map.of("country", "MM")),
                actor("actor:movement", "Movement for Azawad", "armed_group", List.of("MNLA"), none),
                actor("actor:polisario-front", "Polisario Front", "armed_group", List.of(), none),
                actor("actor:national-army", "National Army", "security_force", List.of(), none),
                actor("actor:royal-army", "Royal Army", "security_force", List.of(), none),
                actor("actor:kanno", "Kanno", "armed_group", List.of("KL"), none),
                actor("actor:kanno-lanme", "Kanno Lanme", "armed_group", List.of("Kanno"), none),
                actor("actor:alpha-group", "Alpha Group", "armed_group", List.of("AG"), none),
                actor("actor:wisly", "Wisly Plarehar", "person", List.of("Le"), none),
                actor("actor:european-union", "European Union", "organization", List.of("EU"), none),
                actor("actor:electoral-commission", "Electoral Commission", "organization", List.of(), none)));
        b.addReport(List.of(actor("actor:alpha-group", "Alpha Group", "armed_group", List.of("AG"), none),
                actor("actor:ag", "AG", "armed_group", List.of("Alpha Group"), none)));
        // a surname two brothers share, one of them called by it alone in another report
        b.addReport(List.of(actor("actor:valcin", "Valcin", "other", List.of(), none),
                actor("actor:mondesir", "Mondésir", "person", List.of(), none)));
        b.addReport(List.of(actor("actor:jean-robert-valcin", "Jean-Robert Valcin", "person", List.of("Valcin"), none),
                actor("actor:dieuseul-mondesir", "Dieuseul Mondésir", "person", List.of("Mondésir"), none)));
        b.addReport(List.of(actor("actor:ricardo-valcin", "Ricardo Valcin", "person", List.of(), none)));
        EntityCatalog c = b.build();
        assertEquals("actor:tactical-response-brigade", c.canonical("actor:trb"));
        assertEquals(List.of("actor:trb"), c.merged("actor:tactical-response-brigade"));
        assertEquals(Set.of("actor:trb", "actor:tactical-response-brigade"),
                c.resolve(Kind.ACTOR, "Tactical Response Brigade"), "a search by the full name finds both");
        assertEquals("actor:polisario-front", c.canonical("actor:front"), "one group's name ends with the word");
        assertEquals("actor:electoral-commission", c.canonical("actor:commission"), "one organisation's, too");
        assertEquals("actor:alpha-group", c.canonical("actor:ag"), "of two taken for each other, the rarer goes");
        assertEquals("actor:alpha-group", c.canonical("actor:alpha-group"));
        assertEquals("actor:kanno-lanme", c.canonical("actor:kanno"));
        assertEquals("actor:european-union", c.canonical("actor:eu"), "an acronym of two letters");
        // left alone: a generic actor, two countries, two types, two candidates, a chain, a stray two-letter word, a
        // surname two people have
        assertEquals("actor:dieuseul-mondesir", c.canonical("actor:mondesir"), "a surname one person has");
        for (String alone : List.of("actor:police", "actor:kdf", "actor:mnla", "actor:army", "actor:kl", "actor:le",
                "actor:valcin")) {
            assertEquals(alone, c.canonical(alone));
            assertEquals(null, c.get(alone).orElseThrow().sameAs(), alone);
        }
        assertEquals("actor:unknown", c.canonical("actor:unknown"));
    }
}
