package org.kgi.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgi.graph.Fixtures.actor;
import static org.kgi.graph.Fixtures.ev;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KnowledgeGraphTest {

    @Test
    void symmetricLinksMergeIntoOneEdgeWhoseWeightCountsEvidence() {
        KnowledgeGraph g = KnowledgeGraph.builder().addNode(actor("b")).addNode(actor("a"))
                .addLink("actor:b", "actor:a", Relation.OPPOSED, ev("r1", "2024-03-01"))
                .addLink("actor:a", "actor:b", Relation.OPPOSED, ev("r2", "2024-01-15"))
                .addLink("actor:a", "actor:b", Relation.OPPOSED, ev("r3", null))
                .addLink("actor:a", "actor:b", Relation.ACTED_TOGETHER, ev("r4", "2024-02-01"))
                .build();
        assertEquals(2, g.nodeCount());
        assertEquals(2, g.edgeCount());
        Edge opposed = g.edges().stream().filter(e -> e.relation() == Relation.OPPOSED).findFirst().orElseThrow();
        assertEquals("actor:a", opposed.source());
        assertEquals("actor:b", opposed.target());
        assertEquals(3, opposed.weight());
        assertEquals(LocalDate.parse("2024-01-15"), opposed.firstDate().orElseThrow());
        assertEquals(LocalDate.parse("2024-03-01"), opposed.lastDate().orElseThrow());
        assertEquals(List.of("r2", "r1", "r3"), opposed.evidence().stream().map(Evidence::document).toList());
        assertEquals(2, g.degree("actor:a"));
        assertEquals(4, g.weightedDegree("actor:b"));
    }

    @Test
    void directedRelationsKeepTheirDirection() {
        KnowledgeGraph g = KnowledgeGraph.builder().addNode(actor("b")).addNode(actor("a"))
                .addLink("actor:b", "actor:a", Relation.PART_OF, ev("r1", null))
                .addLink("actor:a", "actor:b", Relation.PART_OF, ev("r2", null))
                .build();
        assertEquals(2, g.edgeCount(), "b part_of a and a part_of b are different facts");
    }

    @Test
    void evidenceIsCappedToTheEarliestButWeightCountsAll() {
        KnowledgeGraph.Builder b = KnowledgeGraph.builder().addNode(actor("a")).addNode(actor("b"));
        LocalDate start = LocalDate.parse("2020-01-01");
        for (int i = 29; i >= 0; i--) { // latest first, so the cap must replace
            b.addLink("actor:a", "actor:b", Relation.OPPOSED,
                    new Evidence("r" + i, 0, 1, "s", start.plusDays(i)));
        }
        b.addLink("actor:a", "actor:b", Relation.OPPOSED, ev("undated", null));
        Edge e = b.build().edges().iterator().next();
        assertEquals(31, e.weight());
        assertEquals(Edge.MAX_EVIDENCE, e.evidence().size());
        assertEquals(start, e.evidence().get(0).date());
        assertEquals(start.plusDays(Edge.MAX_EVIDENCE - 1), e.evidence().get(Edge.MAX_EVIDENCE - 1).date());
        assertEquals(start.plusDays(29), e.lastDate().orElseThrow());
    }

    @Test
    void linksToUnknownNodesAndSelfLinksAreDroppedAndCounted() {
        KnowledgeGraph g = KnowledgeGraph.builder()
                .addLink("actor:a", "actor:b", Relation.OPPOSED, ev("r1", null)) // before its nodes: kept
                .addNode(actor("a")).addNode(actor("b"))
                .addLink("actor:a", "actor:ghost", Relation.OPPOSED, ev("r2", null))
                .addLink("actor:a", "actor:ghost", Relation.OPPOSED, ev("r3", null))
                .addLink("actor:a", "actor:a", Relation.OPPOSED, ev("r4", null))
                .build();
        assertEquals(1, g.edgeCount());
        assertEquals(3, g.droppedLinks());
    }

    @Test
    void laterNodesMergeAliasesAndAttributesFirstWins() {
        Node first = new Node("actor:mss", Kind.ACTOR, "other", "MSS", List.of("Mission"), Map.of("country", "HT"));
        Node later = new Node("actor:mss", Kind.ACTOR, "security_force", "Multinational Security Support Mission",
                List.of("MSS", "Kenyan police"), Map.of("country", "KE", "lead", "Kenya"));
        KnowledgeGraph g = KnowledgeGraph.builder().addNode(first).addNode(later).build();
        Node n = g.requireNode("actor:mss");
        assertEquals("MSS", n.name());
        assertEquals("security_force", n.type());
        assertEquals(List.of("Mission", "Multinational Security Support Mission", "Kenyan police"), n.aliases());
        assertEquals(Map.of("country", "HT", "lead", "Kenya"), n.attributes());
        assertThrows(IllegalArgumentException.class,
                () -> first.mergedWith(Node.of("actor:other", Kind.ACTOR, "person", "Other")));
    }

    @Test
    void nodesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> Node.of("place:x", Kind.ACTOR, "person", "X"));
        assertThrows(IllegalArgumentException.class, () -> Node.of("actor:", Kind.ACTOR, "person", "X"));
        assertThrows(IllegalArgumentException.class, () -> Node.of("actor:x", Kind.ACTOR, "wizard", "X"));
        assertThrows(IllegalArgumentException.class, () -> Node.of("actor:x", Kind.ACTOR, "person", " "));
        assertThrows(IllegalArgumentException.class, () -> new Evidence("r", 5, 4, "", null));
        assertThrows(IllegalArgumentException.class, () -> new DateWindow(LocalDate.MAX, LocalDate.MIN));
        assertThrows(UnknownNodeException.class, () -> KnowledgeGraph.builder().build().degree("actor:x"));
        assertEquals(Relation.ACTED_TOGETHER, Relation.parse("Acted-Together"));
        assertEquals("mentioned_together", Relation.MENTIONED_TOGETHER.label());
        assertThrows(IllegalArgumentException.class, () -> Relation.parse("likes"));
    }

    @Test
    void windowKeepsEdgesWithEvidenceInsideAndRecountsWeights() {
        KnowledgeGraph g = KnowledgeGraph.builder().addNode(actor("a")).addNode(actor("b")).addNode(actor("c"))
                .addLink("actor:a", "actor:b", Relation.OPPOSED, ev("r1", "2024-01-10"))
                .addLink("actor:a", "actor:b", Relation.OPPOSED, ev("r2", "2024-02-10"))
                .addLink("actor:a", "actor:b", Relation.OPPOSED, ev("r3", null))
                .addLink("actor:b", "actor:c", Relation.OPPOSED, ev("r4", "2024-06-01"))
                .build();
        KnowledgeGraph jan = g.window(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"));
        assertEquals(1, jan.edgeCount());
        assertEquals(2, jan.nodeCount(), "only touched nodes are kept");
        Edge e = jan.edges().iterator().next();
        assertEquals(1, e.weight());
        assertEquals(List.of("r1"), e.evidence().stream().map(Evidence::document).toList());
        KnowledgeGraph since = g.window(LocalDate.parse("2024-02-01"), null);
        assertEquals(2, since.edgeCount());
        assertTrue(since.contains("actor:c"));
        assertEquals(0, since.window(LocalDate.parse("2025-01-01"), null).nodeCount());
        assertSame(g, g.window(null, null));
    }
}
