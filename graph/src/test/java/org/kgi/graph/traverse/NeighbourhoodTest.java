package org.kgi.graph.traverse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgi.graph.Fixtures.actor;
import static org.kgi.graph.Fixtures.ev;
import static org.kgi.graph.Fixtures.event;
import static org.kgi.graph.Fixtures.place;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kgi.graph.DateWindow;
import org.kgi.graph.Edge;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Relation;
import org.kgi.graph.UnknownNodeException;

class NeighbourhoodTest {
    /**
     * <pre>
     *   e1 -happened_at- p          (2024-01-10)
     *   |took_part_in               (2024-01-10)
     *   a -opposed(2)- b -opposed- c -acted_together- d
     *     Jan 10+11      May 1       Jan 20
     * </pre>
     */
    static final KnowledgeGraph G = KnowledgeGraph.builder()
            .addNode(actor("a")).addNode(actor("b")).addNode(actor("c")).addNode(actor("d"))
            .addNode(event("e1", "2024-01-10")).addNode(place("p"))
            .addLink("actor:a", "actor:b", Relation.OPPOSED, ev("r1", "2024-01-10"))
            .addLink("actor:b", "actor:a", Relation.OPPOSED, ev("r2", "2024-01-11"))
            .addLink("actor:b", "actor:c", Relation.OPPOSED, ev("r3", "2024-05-01"))
            .addLink("actor:c", "actor:d", Relation.ACTED_TOGETHER, ev("r4", "2024-01-20"))
            .addLink("actor:a", "event:e1", Relation.TOOK_PART_IN, ev("r1", "2024-01-10"))
            .addLink("event:e1", "place:p", Relation.HAPPENED_AT, ev("r1", "2024-01-10"))
            .build();

    private static List<String> ids(NeighbourhoodResult r) {
        return r.nodes().stream().map(n -> n.node().id()).toList();
    }

    private static List<String> edges(NeighbourhoodResult r) {
        return r.edges().stream().map(e -> e.source() + "-" + e.target() + ":" + e.weight()).toList();
    }

    @Test
    void depthOneRanksByWeight() {
        NeighbourhoodResult r = new Neighbourhood(G).around("actor:a", NeighbourhoodQuery.depth(1));
        assertEquals(List.of("actor:a", "actor:b", "event:e1"), ids(r));
        assertEquals(List.of(0L, 2L, 1L), r.nodes().stream().map(Reached::score).toList());
        assertEquals(List.of("actor:a-actor:b:2", "actor:a-event:e1:1"), edges(r));
        assertFalse(r.truncated());
    }

    @Test
    void depthTwoReachesNodesTwoHopsAwayNearerFirst() {
        NeighbourhoodResult r = new Neighbourhood(G).around("actor:a", NeighbourhoodQuery.depth(2));
        assertEquals(List.of("actor:a", "actor:b", "event:e1", "actor:c", "place:p"), ids(r));
        assertEquals(List.of(0, 1, 1, 2, 2), r.nodes().stream().map(Reached::distance).toList());
        assertEquals(4, r.edges().size());
    }

    @Test
    void kindAndRelationFiltersRestrictTheTraversal() {
        Neighbourhood n = new Neighbourhood(G);
        assertEquals(List.of("actor:a", "actor:b", "actor:c"),
                ids(n.around("actor:a", NeighbourhoodQuery.depth(2).kinds(Kind.ACTOR))));
        assertEquals(List.of("actor:a", "actor:b", "actor:c", "actor:d"),
                ids(n.around("actor:a", NeighbourhoodQuery.depth(3).kinds(Kind.ACTOR))));
        assertEquals(List.of("actor:a", "actor:b", "actor:c"),
                ids(n.around("actor:a", NeighbourhoodQuery.depth(3).relations(Relation.OPPOSED))));
        assertEquals(List.of("actor:a", "event:e1"),
                ids(n.around("actor:a", NeighbourhoodQuery.depth(3).types("Battles"))));
    }

    @Test
    void timeWindowDropsAnEdgeOnlyLaterEvidenceSupports() {
        Neighbourhood n = new Neighbourhood(G);
        DateWindow q1 = new DateWindow(null, LocalDate.parse("2024-03-31"));
        NeighbourhoodResult r = n.around("actor:a", NeighbourhoodQuery.depth(3).window(q1));
        assertEquals(List.of("actor:a", "actor:b", "event:e1", "place:p"), ids(r), "b-c only has May evidence");
        DateWindow jan10 = new DateWindow(LocalDate.parse("2024-01-10"), LocalDate.parse("2024-01-10"));
        NeighbourhoodResult day = n.around("actor:a", NeighbourhoodQuery.depth(1).window(jan10));
        Edge ab = day.edges().get(0);
        assertEquals(1, ab.weight(), "weight counted inside the window only");
        assertEquals(1, ab.evidence().size());
        // same answer on a time slice of the graph
        assertEquals(ids(r), ids(new Neighbourhood(G.window(q1)).around("actor:a", NeighbourhoodQuery.depth(3))));
    }

    @Test
    void limitKeepsTheStartAndTheBestAndSaysItTruncated() {
        NeighbourhoodResult r = new Neighbourhood(G).around("actor:a", NeighbourhoodQuery.depth(2).limit(2));
        assertEquals(List.of("actor:a", "actor:b"), ids(r));
        assertEquals(List.of("actor:a-actor:b:2"), edges(r));
        assertTrue(r.truncated());
    }

    @Test
    void badArgumentsAreRejectedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NeighbourhoodQuery.depth(4));
        assertEquals("depth must be between 1 and 3, was 4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NeighbourhoodQuery.depth(0));
        assertThrows(IllegalArgumentException.class, () -> NeighbourhoodQuery.depth(1).limit(501));
        assertThrows(UnknownNodeException.class,
                () -> new Neighbourhood(G).around("actor:nobody", NeighbourhoodQuery.depth(1)));
    }
}
