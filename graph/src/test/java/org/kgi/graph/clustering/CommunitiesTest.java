package org.kgi.graph.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgi.graph.Fixtures.ev;
import static org.kgi.graph.Fixtures.event;
import static org.kgi.graph.Fixtures.link;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kgi.graph.Fixtures;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Relation;

class CommunitiesTest {
    /** Two 4-cliques a1..a4 and b1..b4 joined by a1-b1, an isolated actor z, and an event linked to a2 and b2. */
    static KnowledgeGraph twoCliques() {
        KnowledgeGraph.Builder b = Fixtures.actors(KnowledgeGraph.builder(), "a1", "a2", "a3", "a4", "b1", "b2",
                "b3", "b4", "z");
        for (String c : List.of("a", "b")) {
            for (int i = 1; i <= 4; i++) {
                for (int j = i + 1; j <= 4; j++) {
                    link(b, c + i, c + j);
                }
            }
        }
        link(b, "a1", "b1");
        b.addNode(event("e", "2024-01-01"));
        b.addLink("actor:a2", "event:e", Relation.TOOK_PART_IN, ev("r", null));
        b.addLink("actor:b2", "event:e", Relation.TOOK_PART_IN, ev("r", null));
        return b.build();
    }

    @Test
    void twoCliquesJoinedByOneEdgeAreTwoCommunities() {
        Communities c = new Communities(twoCliques());
        List<Community> all = c.communities();
        assertEquals(2, all.size(), all.toString());
        assertEquals(Set.of("actor:a1", "actor:a2", "actor:a3", "actor:a4"), Set.copyOf(all.get(0).members()));
        assertEquals(Set.of("actor:b1", "actor:b2", "actor:b3", "actor:b4"), Set.copyOf(all.get(1).members()));
        assertEquals("actor:a1", all.get(0).members().get(0), "a1 has the highest degree (bridge)");
        assertEquals(1, c.communityOf("actor:b3").orElseThrow().index());
        assertTrue(c.communityOf("actor:z").isEmpty(), "singletons are left out");
        assertTrue(c.communityOf("event:e").isEmpty(), "events are not clustered");
        assertEquals(all, new Communities(twoCliques()).communities(), "seeded: same answer every time");
    }
}
