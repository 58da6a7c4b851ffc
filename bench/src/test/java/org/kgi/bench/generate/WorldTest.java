package org.kgi.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The world is built from the seed alone, its ids are unique, and it grows with the corpus. */
class WorldTest {
    @Test
    void sameSeedSameWorld() {
        assertEquals(World.create(9, 5_000).entities(), World.create(9, 5_000).entities());
    }

    @Test
    void worldOfAMillionReportsHasUniqueIdsAndAcronyms() {
        World small = World.create(1, 1_000);
        World large = World.create(1, 1_000_000);
        assertTrue(large.entities().size() > 20 * small.entities().size(),
                small.entities().size() + " vs " + large.entities().size());
        Set<String> ids = new HashSet<>();
        Set<String> acronyms = new HashSet<>();
        for (WorldEntity e : large.entities()) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            if (e.type().equals("security_force") || e.type().equals("international_force")) {
                assertTrue(acronyms.add(e.alias()), "duplicate acronym " + e.alias());
            }
        }
    }
}
