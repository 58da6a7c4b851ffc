package org.kgi.graph.shortestpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgi.graph.Fixtures.actor;
import static org.kgi.graph.Fixtures.ev;
import static org.kgi.graph.Fixtures.event;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kgi.graph.DateWindow;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Relation;

class ShortestPathsTest {
    /**
     * <pre>
     *   a --- b --- f        a-b opposed (2025) and acted_together (2025); others opposed (2024)
     *   |\    |    /|
     *   | \-- c --d |        edges: a-b, b-f, a-c, b-c, c-d, d-f, a-x, f-x; z is isolated
     *   \---- x ----/        x is an event (a and f took part in it)
     * </pre>
     * Simple paths a to f: a-b-f, a-x-f (2 hops); a-c-b-f, a-c-d-f (3); a-b-c-d-f (4).
     */
    static final KnowledgeGraph G;

    static {
        KnowledgeGraph.Builder b = KnowledgeGraph.builder();
        for (String s : List.of("a", "b", "c", "d", "f", "z")) {
            b.addNode(actor(s));
        }
        b.addNode(event("x", "2024-02-02"));
        b.addLink("actor:a", "actor:b", Relation.OPPOSED, ev("r1", "2025-01-01"));
        b.addLink("actor:a", "actor:b", Relation.ACTED_TOGETHER, ev("r1", "2025-01-01"));
        for (String[] e : new String[][] {{"b", "f"}, {"a", "c"}, {"b", "c"}, {"c", "d"}, {"d", "f"}}) {
            b.addLink("actor:" + e[0], "actor:" + e[1], Relation.OPPOSED, ev("r2", "2024-03-03"));
        }
        b.addLink("actor:a", "event:x", Relation.TOOK_PART_IN, ev("r3", "2024-02-02"));
        b.addLink("actor:f", "event:x", Relation.TOOK_PART_IN, ev("r3", "2024-02-02"));
        G = b.build();
    }

    private static List<String> names(NodePath p) {
        return p.nodes().stream().map(id -> id.substring(id.indexOf(':') + 1)).toList();
    }

    private static List<List<String>> all(List<NodePath> paths) {
        return paths.stream().map(ShortestPathsTest::names).toList();
    }

    @Test
    void shortestPathHasTwoHopsAndCarriesEveryEdgeOfEachHop() {
        NodePath p = new ShortestPaths(G).shortest("actor:a", "actor:f", PathQuery.DEFAULT).orElseThrow();
        assertEquals(2, p.length());
        assertTrue(List.of(List.of("a", "b", "f"), List.of("a", "x", "f")).contains(names(p)));
        NodePath viaActors = new ShortestPaths(G).shortest("actor:a", "actor:f", PathQuery.DEFAULT.through(Kind.ACTOR))
                .orElseThrow();
        assertEquals(List.of("a", "b", "f"), names(viaActors));
        assertEquals(3, viaActors.edges().size(), "a-b is two relations, b-f one");
    }

    @Test
    void kShortestSimplePathsInOrder() {
        ShortestPaths paths = new ShortestPaths(G);
        assertEquals(List.of(List.of("a", "b", "f"), List.of("a", "x", "f"), List.of("a", "c", "b", "f"),
                List.of("a", "c", "d", "f")), all(paths.kShortest("actor:a", "actor:f", 4, PathQuery.DEFAULT)));
        List<NodePath> three = paths.kShortest("actor:a", "actor:f", 3, PathQuery.DEFAULT);
        assertEquals(List.of(2, 2, 3), three.stream().map(NodePath::length).toList());
        assertEquals(5, paths.kShortest("actor:a", "actor:f", 10, PathQuery.DEFAULT).size(), "only 5 simple paths");
        assertEquals(List.of(List.of("a", "b", "f"), List.of("a", "x", "f")),
                all(paths.kShortest("actor:a", "actor:f", 10, PathQuery.maxLength(2))));
        assertEquals(List.of(List.of("a", "b", "f"), List.of("a", "c", "b", "f"), List.of("a", "c", "d", "f")),
                all(paths.kShortest("actor:a", "actor:f", 3, PathQuery.DEFAULT.relations(Relation.OPPOSED))));
    }

    @Test
    void pathsRespectTheTimeWindow() {
        DateWindow y2024 = new DateWindow(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        ShortestPaths paths = new ShortestPaths(G);
        assertEquals(List.of(List.of("a", "x", "f"), List.of("a", "c", "b", "f"), List.of("a", "c", "d", "f")),
                all(paths.kShortest("actor:a", "actor:f", 10, PathQuery.DEFAULT.window(y2024))));
        assertEquals(List.of("a", "x", "f"), names(new ShortestPaths(G.window(y2024))
                .shortest("actor:a", "actor:f", PathQuery.DEFAULT).orElseThrow()));
    }

    @Test
    void noPathAndTrivialPath() {
        ShortestPaths paths = new ShortestPaths(G);
        assertTrue(paths.shortest("actor:a", "actor:z", PathQuery.DEFAULT).isEmpty());
        assertEquals(List.of(), paths.kShortest("actor:a", "actor:z", 3, PathQuery.DEFAULT));
        assertEquals(0, paths.shortest("actor:a", "actor:a", PathQuery.DEFAULT).orElseThrow().length());
        assertTrue(paths.shortest("actor:a", "actor:d", PathQuery.maxLength(1)).isEmpty());
    }

    @Test
    void boundsAreCheckedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> PathQuery.maxLength(7));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ShortestPaths(G).kShortest("actor:a", "actor:f", 11, PathQuery.DEFAULT));
        assertEquals("k must be between 1 and 10, was 11", e.getMessage());
    }
}
