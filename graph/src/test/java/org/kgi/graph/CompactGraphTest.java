package org.kgi.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgi.graph.Fixtures.ev;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

/** The compact graph answers like JGraphT's own DirectedPseudograph holding the same edges. */
class CompactGraphTest {
    @Test
    void behavesLikeADirectedPseudographWithTheSameEdges() {
        Random random = new Random(3);
        KnowledgeGraph.Builder b = KnowledgeGraph.builder();
        for (int i = 0; i < 30; i++) {
            b.addNode(Fixtures.actor("n" + i));
        }
        Relation[] relations = {Relation.OPPOSED, Relation.PART_OF, Relation.LEADS};
        for (int i = 0; i < 120; i++) {
            b.addLink("actor:n" + random.nextInt(30), "actor:n" + random.nextInt(30), relations[random.nextInt(3)],
                    ev("r" + i, null));
        }
        KnowledgeGraph kg = b.build();
        Graph<String, Edge> g = kg.graph();
        DirectedPseudograph<String, Edge> reference = new DirectedPseudograph<>(Edge.class);
        g.vertexSet().forEach(reference::addVertex);
        g.edgeSet().forEach(e -> reference.addEdge(e.source(), e.target(), e));
        assertEquals(reference.edgeSet(), g.edgeSet());
        for (String v : g.vertexSet()) {
            assertEquals(reference.edgesOf(v), g.edgesOf(v), v);
            assertEquals(reference.incomingEdgesOf(v), new HashSet<>(g.incomingEdgesOf(v)), v);
            assertEquals(reference.outgoingEdgesOf(v), new HashSet<>(g.outgoingEdgesOf(v)), v);
            assertEquals(reference.degreeOf(v), g.degreeOf(v));
            assertEquals(reference.inDegreeOf(v), g.inDegreeOf(v));
            for (String w : List.of("actor:n0", "actor:n1", "actor:n2")) {
                assertEquals(reference.getAllEdges(v, w), g.getAllEdges(v, w));
                assertEquals(reference.getAllEdges(v, w).isEmpty(), g.getEdge(v, w) == null);
                assertEquals(new ConnectivityInspector<>(kg.undirectedGraph()).pathExists(v, w),
                        BFSShortestPath.findPathBetween(kg.undirectedGraph(), v, w) != null);
            }
        }
        Edge any = g.edgeSet().iterator().next();
        assertTrue(g.containsEdge(any));
        assertFalse(g.containsEdge(KnowledgeGraph.builder().addNode(Fixtures.actor("n0")).addNode(Fixtures.actor("n1"))
                .addLink("actor:n0", "actor:n1", Relation.OPPOSED, ev("x", null)).build().edges().iterator().next()));
        assertNull(g.getAllEdges("actor:n0", "actor:none"));
        assertThrows(UnsupportedOperationException.class, () -> g.addVertex("actor:x"));
        assertThrows(UnsupportedOperationException.class, () -> g.removeEdge(any));
        assertThrows(UnsupportedOperationException.class, () -> kg.undirectedGraph().addVertex("actor:x"));
        assertThrows(UnsupportedOperationException.class, () -> g.edgeSet().remove(any));
        Set<Edge> seen = new HashSet<>(kg.undirectedGraph().edgesOf("actor:n0"));
        assertEquals(kg.degree("actor:n0"), seen.size());
    }
}
