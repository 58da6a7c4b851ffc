package org.kgi.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kgi.graph.shortestpath.PathQuery;
import org.kgi.graph.shortestpath.ShortestPaths;
import org.kgi.graph.traverse.Neighbourhood;
import org.kgi.graph.traverse.NeighbourhoodQuery;

/** Queries too big for their budget fail fast with a message that says what to change. */
class BoundsTest {
    static KnowledgeGraph big;

    @BeforeAll
    static void preferentialAttachment() {
        big = Fixtures.preferentialAttachment(50_000, 2, 3); // actor:n0 is a hub
    }

    @Test
    void depthThreeFromTheHubIsTooLarge() {
        GraphLimits limits = new GraphLimits(10_000, Duration.ofSeconds(30));
        QueryTooLargeException e = assertThrows(QueryTooLargeException.class,
                () -> new Neighbourhood(big, limits).around("actor:n0", NeighbourhoodQuery.depth(3)));
        assertEquals("depth 3 from actor:n0 reaches more than 10000 nodes; lower depth or add filters", e.getMessage());
        assertEquals(NeighbourhoodQuery.DEFAULT_LIMIT,
                new Neighbourhood(big, limits).around("actor:n0", NeighbourhoodQuery.depth(1)).nodes().size());
    }

    @Test
    void deadlineStopsALongQuery() {
        GraphLimits instant = new GraphLimits(1_000_000, Duration.ofNanos(1));
        QueryTooLargeException e = assertThrows(QueryTooLargeException.class,
                () -> new Neighbourhood(big, instant).around("actor:n0", NeighbourhoodQuery.depth(3)));
        assertTrue(e.getMessage().startsWith("depth 3 from actor:n0 takes longer than 0 ms"), e.getMessage());
        assertThrows(QueryTooLargeException.class, () -> new ShortestPaths(big, new GraphLimits(50, Duration.ofSeconds(30)))
                .kShortest("actor:n49999", "actor:n49998", 10, PathQuery.DEFAULT));
    }

    @Test
    void limitsThemselvesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new GraphLimits(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new GraphLimits(1, Duration.ZERO));
        assertEquals("maxLength must be between 1 and 6, was 0",
                assertThrows(IllegalArgumentException.class, () -> GraphLimits.checkPathLength(0)).getMessage());
        assertEquals("limit must be between 1 and 500, was 501",
                assertThrows(IllegalArgumentException.class, () -> GraphLimits.checkLimit(501)).getMessage());
    }
}
