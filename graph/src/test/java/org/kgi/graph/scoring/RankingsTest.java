package org.kgi.graph.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kgi.graph.Fixtures.actor;
import static org.kgi.graph.Fixtures.ev;
import static org.kgi.graph.Fixtures.link;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.kgi.graph.Fixtures;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.NodeFilter;
import org.kgi.graph.Relation;

class RankingsTest {
    /** A star: centre c, leaves l1..l5; c-l1 has weight 3, and c-l2 is also a second relation. */
    static KnowledgeGraph star() {
        KnowledgeGraph.Builder b = Fixtures.actors(KnowledgeGraph.builder(), "c", "l1", "l2", "l3", "l4", "l5");
        for (int i = 1; i <= 5; i++) {
            link(b, "c", "l" + i);
        }
        b.addLink("actor:c", "actor:l1", Relation.OPPOSED, ev("x", null));
        b.addLink("actor:c", "actor:l1", Relation.OPPOSED, ev("y", null));
        b.addLink("actor:c", "actor:l2", Relation.ACTED_TOGETHER, ev("z", null));
        return b.build();
    }

    /** The path p1 - p2 - p3 - p4 - p5. */
    static KnowledgeGraph path() {
        KnowledgeGraph.Builder b = Fixtures.actors(KnowledgeGraph.builder(), "p1", "p2", "p3", "p4", "p5");
        for (int i = 1; i < 5; i++) {
            link(b, "p" + i, "p" + (i + 1));
        }
        return b.build();
    }

    @Test
    void degreesOfAStar() {
        Rankings r = new Rankings(star());
        assertEquals(6.0, r.scores(Measure.DEGREE).get("actor:c"), "5 leaves, l2 by two relations");
        assertEquals(2.0, r.scores(Measure.DEGREE).get("actor:l2"));
        assertEquals(1.0, r.scores(Measure.DEGREE).get("actor:l3"));
        assertEquals(8.0, r.scores(Measure.WEIGHTED_DEGREE).get("actor:c"), "l1: 3, l2: 1 + 1 (two relations), l3..l5: 1");
        assertEquals(3.0, r.scores(Measure.WEIGHTED_DEGREE).get("actor:l1"));
        List<Ranked> top = r.top(Measure.WEIGHTED_DEGREE, NodeFilter.ALL, 3);
        assertEquals(List.of("actor:c", "actor:l1", "actor:l2"), top.stream().map(x -> x.node().id()).toList());
    }

    @Test
    void pageRankOfAnUnweightedStarMatchesTheClosedForm() {
        KnowledgeGraph.Builder b = Fixtures.actors(KnowledgeGraph.builder(), "c", "l1", "l2", "l3", "l4", "l5");
        for (int i = 1; i <= 5; i++) {
            link(b, "c", "l" + i);
        }
        Map<String, Double> pr = new Rankings(b.build()).scores(Measure.PAGERANK);
        // centre = a(1 + 5d) / (1 - d^2) with a = (1 - d) / 6, d = 0.85; each leaf gets a fifth of the rest
        double centre = 0.15 / 6 * (1 + 5 * 0.85) / (1 - 0.85 * 0.85);
        assertEquals(centre, pr.get("actor:c"), 1e-3);
        assertEquals((1 - centre) / 5, pr.get("actor:l3"), 1e-3);
    }

    @Test
    void betweennessOfStarCentreAndPath() {
        Map<String, Double> star = new Rankings(star()).scores(Measure.BETWEENNESS);
        assertEquals(10.0, star.get("actor:c"), 1e-9, "C(5,2) pairs of leaves; parallel edges count once");
        assertEquals(0.0, star.get("actor:l2"), 1e-9);
        Map<String, Double> path = new Rankings(path()).scores(Measure.BETWEENNESS);
        assertEquals(List.of(0.0, 3.0, 4.0, 3.0, 0.0),
                List.of("p1", "p2", "p3", "p4", "p5").stream().map(p -> path.get("actor:" + p)).toList());
    }

    @Test
    void exactBrandesAgreesWithJGraphTOnARandomSimpleGraph() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            g.addVertex(i);
        }
        for (int i = 0; i < 90; i++) {
            int a = random.nextInt(40);
            int b = random.nextInt(40);
            if (a != b) {
                g.addEdge(a, b);
            }
        }
        Map<Integer, Double> expected = new BetweennessCentrality<>(g).getScores();
        Map<Integer, Double> actual = new BrandesBetweenness<>(g).getScores();
        for (int v : g.vertexSet()) {
            assertEquals(expected.get(v), actual.get(v), 1e-9, "vertex " + v);
        }
    }

    @Test
    void sampledBetweennessFindsTheSameTopNodesOnAPreferentialAttachmentGraph() {
        KnowledgeGraph g = Fixtures.preferentialAttachment(300, 2, 11);
        List<String> exact = new Rankings(g).top(Measure.BETWEENNESS, NodeFilter.kinds(Kind.ACTOR), 2).stream()
                .map(r -> r.node().id()).toList();
        List<String> sampled = new Rankings(g, 0, 60, 1).top(Measure.BETWEENNESS, NodeFilter.ALL, 2).stream()
                .map(r -> r.node().id()).toList();
        assertEquals(exact, sampled);
    }

    @Test
    void argumentsAreChecked() {
        assertEquals(Measure.WEIGHTED_DEGREE, Measure.parse("weighted-degree"));
        assertThrows(IllegalArgumentException.class, () -> Measure.parse("fame"));
        assertThrows(IllegalArgumentException.class, () -> new Rankings(star()).top(Measure.DEGREE, NodeFilter.ALL, 0));
        assertThrows(IllegalArgumentException.class, () -> new BrandesBetweenness<>(path().graph(), 0, 1));
    }
}
