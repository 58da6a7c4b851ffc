package org.kgi.graph.shortestpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kgi.graph.Edge;
import org.kgi.graph.Evidence;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.Relation;

/**
 * Unfiltered shortest paths between actors and places go over {@link EntityHops} (events as single steps): on
 * random graphs shaped like the indexer's (events joined to their actors and place; actors and places joined
 * directly too), every such path has the length the breadth-first search over the whole graph finds, and is a real
 * path: each hop has edges between its two nodes.
 */
class EntityHopsTest {
    private static KnowledgeGraph random(long seed, int actors, int places, int events) {
        Random r = new Random(seed);
        KnowledgeGraph.Builder b = KnowledgeGraph.builder();
        for (int i = 0; i < actors; i++) {
            b.addNode(Node.of("actor:a" + i, Kind.ACTOR, "armed_group", "A" + i));
        }
        for (int i = 0; i < places; i++) {
            b.addNode(Node.of("place:p" + i, Kind.PLACE, "populated_place", "P" + i));
        }
        Evidence ev = new Evidence("r1", 0, 1, "", null);
        for (int i = 0; i < events; i++) {
            String e = "event:r" + i + "-1";
            b.addNode(Node.of(e, Kind.EVENT, "Battles", "Armed clash"));
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                b.addLink("actor:a" + skewed(r, actors), e, Relation.TOOK_PART_IN, ev);
            }
            if (r.nextInt(4) > 0) {
                b.addLink(e, "place:p" + skewed(r, places), Relation.HAPPENED_AT, ev);
            }
        }
        for (int i = 0; i < actors / 3; i++) {
            b.addLink("actor:a" + r.nextInt(actors), "actor:a" + r.nextInt(actors), Relation.OPPOSED, ev);
        }
        for (int i = 0; i < places / 2; i++) {
            b.addLink("place:p" + r.nextInt(places), "place:p" + r.nextInt(places), Relation.LOCATED_IN, ev);
        }
        return b.build();
    }

    /** Small numbers more often: a few hubs, as in real corpora. */
    private static int skewed(Random r, int n) {
        double u = r.nextDouble();
        return (int) (u * u * u * n);
    }

    @Test
    void theSameLengthsAsTheSearchOverEveryNodeAndRealPaths() {
        for (long seed = 1; seed <= 6; seed++) {
            KnowledgeGraph g = random(seed, 60, 25, 150);
            assertNotNull(EntityHops.of(g.store()), "the graph joins no two events");
            ShortestPaths paths = new ShortestPaths(g);
            List<String> ends = new ArrayList<>();
            for (Node n : g.nodes()) {
                if (n.kind() != Kind.EVENT) {
                    ends.add(n.id());
                }
            }
            int found = 0;
            for (int maxLength : new int[] {2, 3, 6}) {
                for (String a : ends) {
                    for (String b : ends) {
                        if (a.equals(b)) {
                            continue;
                        }
                        PathQuery q = PathQuery.maxLength(maxLength);
                        Optional<NodePath> fast = paths.shortest(a, b, q);
                        List<NodePath> bfs = paths.kShortest(a, b, 1, q);
                        String what = a + " to " + b + " within " + maxLength + " (seed " + seed + ")";
                        assertEquals(bfs.isEmpty(), fast.isEmpty(), what);
                        if (fast.isPresent()) {
                            found++;
                            NodePath p = fast.get();
                            assertEquals(bfs.get(0).length(), p.length(), what);
                            assertEquals(a, p.nodes().get(0), what);
                            assertEquals(b, p.nodes().get(p.nodes().size() - 1), what);
                            for (int i = 0; i + 1 < p.nodes().size(); i++) {
                                String x = p.nodes().get(i);
                                String y = p.nodes().get(i + 1);
                                assertFalse(g.undirectedGraph().getAllEdges(x, y).isEmpty(), what + ": hop " + x + " " + y);
                            }
                            for (Edge e : p.edges()) {
                                assertTrue(p.nodes().contains(e.source()) && p.nodes().contains(e.target()), what);
                            }
                        }
                    }
                }
            }
            assertTrue(found > 1000, "paths found: " + found);
        }
    }

    @Test
    void aGraphJoiningTwoEventsIsSearchedWhole() {
        KnowledgeGraph.Builder b = KnowledgeGraph.builder();
        b.addNode(Node.of("actor:a", Kind.ACTOR, "armed_group", "A"));
        b.addNode(Node.of("actor:b", Kind.ACTOR, "armed_group", "B"));
        b.addNode(Node.of("event:r1-1", Kind.EVENT, "Battles", "Armed clash"));
        b.addNode(Node.of("event:r1-2", Kind.EVENT, "Battles", "Armed clash"));
        Evidence ev = new Evidence("r1", 0, 1, "", null);
        b.addLink("actor:a", "event:r1-1", Relation.TOOK_PART_IN, ev);
        b.addLink("event:r1-1", "event:r1-2", Relation.PART_OF, ev);
        b.addLink("actor:b", "event:r1-2", Relation.TOOK_PART_IN, ev);
        KnowledgeGraph g = b.build();
        assertNull(EntityHops.of(g.store()));
        assertEquals(3, new ShortestPaths(g).shortest("actor:a", "actor:b", PathQuery.DEFAULT).orElseThrow().length());
    }
}
