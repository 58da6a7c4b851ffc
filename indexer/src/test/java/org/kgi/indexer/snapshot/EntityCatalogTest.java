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
}
