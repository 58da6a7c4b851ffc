package org.kgi.graph.traverse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.kgi.graph.Fixtures.actor;
import static org.kgi.graph.Fixtures.ev;
import static org.kgi.graph.Fixtures.place;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.Relation;

/** A hub's precomputed depth-1 answer equals the walk's, whatever the limit; other nodes are walked. */
class HubNeighboursTest {
    @Test
    void aHubAnswersAsTheWalkDoes() {
        Random r = new Random(11);
        KnowledgeGraph.Builder b = KnowledgeGraph.builder().addNode(place("hub")).addNode(actor("small"));
        int n = 3_000;
        for (int i = 0; i < n; i++) {
            b.addNode(actor("a" + i));
        }
        Relation[] relations = {Relation.OPPOSED, Relation.ACTED_TOGETHER, Relation.HAPPENED_AT};
        for (int i = 0; i < n; i++) {
            int links = 1 + r.nextInt(4); // ties in score are common: the order then goes by id
            for (int k = 0; k < links; k++) {
                String day = "2024-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10);
                if (r.nextBoolean()) {
                    b.addLink("actor:a" + i, "place:hub", relations[r.nextInt(3)], ev("r" + i + "-" + k, day));
                } else {
                    b.addLink("place:hub", "actor:a" + i, relations[r.nextInt(3)], ev("r" + i + "-" + k, day));
                }
            }
        }
        b.addLink("place:hub", "place:hub", Relation.HAPPENED_AT, ev("self", "2024-01-01"));
        b.addLink("actor:small", "actor:a1", Relation.OPPOSED, ev("s", "2024-01-01"));
        KnowledgeGraph g = b.build();
        Neighbourhood hood = new Neighbourhood(g);
        Node hub = g.requireNode("place:hub");
        assertNotNull(HubNeighbours.of(g.store()).of(g.store().ordinal(hub.id())));
        assertNull(HubNeighbours.of(g.store()).of(g.store().ordinal("actor:small")));
        for (int limit : List.of(1, 2, 10, 50, 100, HubNeighbours.KEEP + 1)) {
            NeighbourhoodQuery q = NeighbourhoodQuery.depth(1).limit(limit);
            NeighbourhoodResult walked = hood.walk(g.store(), hub, q);
            NeighbourhoodResult cached = hood.around("place:hub", q);
            assertEquals(walked.nodes(), cached.nodes(), "limit " + limit);
            assertEquals(walked.edges().stream().map(e -> e.source() + e.target() + e.relation() + e.weight()).toList(),
                    cached.edges().stream().map(e -> e.source() + e.target() + e.relation() + e.weight()).toList(), "limit " + limit);
            assertEquals(walked.truncated(), cached.truncated());
        }
        // beyond what is kept, or with a filter, the graph is walked
        NeighbourhoodQuery big = NeighbourhoodQuery.depth(1).limit(HubNeighbours.KEEP + 2);
        assertEquals(hood.walk(g.store(), hub, big).nodes(), hood.around("place:hub", big).nodes());
    }
}
