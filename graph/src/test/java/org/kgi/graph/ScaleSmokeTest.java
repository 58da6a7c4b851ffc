package org.kgi.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;

import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.MaskSubgraph;
import org.junit.jupiter.api.Test;
import org.kgi.graph.lookup.NameIndex;
import org.kgi.graph.shortestpath.PathQuery;
import org.kgi.graph.shortestpath.ShortestPaths;
import org.kgi.graph.traverse.Neighbourhood;
import org.kgi.graph.traverse.NeighbourhoodQuery;

/**
 * A smoke test at scale: 200,000 nodes and 1,000,000 links on a random graph, built and queried. Prints the times
 * (for a person to read; nothing is asserted about them: the machine is shared) and checks only the answers' shape.
 */
class ScaleSmokeTest {
    private static final int NODES = 200_000;
    private static final int LINKS = 1_000_000;

    @Test
    void buildAndQueryABigRandomGraph() {
        Random random = new Random(5);
        long t0 = System.nanoTime();
        String[] ids = new String[NODES];
        KnowledgeGraph.Builder b = KnowledgeGraph.builder(NODES, LINKS);
        for (int i = 0; i < NODES; i++) {
            ids[i] = "actor:a" + i;
            b.addNode(Node.of(ids[i], Kind.ACTOR, "armed_group", "Actor " + i));
        }
        Evidence[] evidence = new Evidence[365];
        for (int d = 0; d < evidence.length; d++) {
            evidence[d] = new Evidence("r" + d, 0, 1, "s", LocalDate.of(2024, 1, 1).plusDays(d));
        }
        for (int i = 0; i < LINKS; i++) {
            b.addLink(ids[random.nextInt(NODES)], ids[random.nextInt(NODES)],
                    i % 2 == 0 ? Relation.OPPOSED : Relation.ACTED_TOGETHER, evidence[random.nextInt(evidence.length)]);
        }
        KnowledgeGraph g = b.build();
        long t1 = System.nanoTime();
        print("build " + g.nodeCount() + " nodes, " + g.edgeCount() + " edges", t0, t1);

        var n2 = new Neighbourhood(g).around("actor:a1", NeighbourhoodQuery.depth(2).limit(500));
        long t2 = System.nanoTime();
        print("neighbours depth 2 (" + n2.nodes().size() + " nodes)", t1, t2);

        DateWindow march = new DateWindow(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        var n3 = new Neighbourhood(g).around("actor:a1", NeighbourhoodQuery.depth(3).window(march).limit(500));
        long t3 = System.nanoTime();
        print("neighbours depth 3 in March, filtered on the fly (" + n3.nodes().size() + " nodes)", t2, t3);

        KnowledgeGraph slice = g.window(march);
        long t4 = System.nanoTime();
        print("cut the March slice (" + slice.edgeCount() + " edges)", t3, t4);
        var n3s = new Neighbourhood(slice).around("actor:a1", NeighbourhoodQuery.depth(3).limit(500));
        long t5 = System.nanoTime();
        print("neighbours depth 3 on the slice", t4, t5);
        assertEquals(n3.nodes().size(), n3s.nodes().size());

        String far = "actor:a2"; // random: maybe out of reach in 6 hops
        var reachable = n2.nodes().get(n2.nodes().size() - 1).node().id(); // 2 hops away
        // the alternative to cutting a slice: a MaskSubgraph hiding the edges without March evidence
        var mask = new MaskSubgraph<>(g.undirectedGraph(), v -> false, e -> e.weightWithin(march) == 0);
        long m0 = System.nanoTime();
        var viaMask = BFSShortestPath.findPathBetween(mask, "actor:a1", "actor:a3");
        long m1 = System.nanoTime();
        var viaSlice = slice.contains("actor:a1") && slice.contains("actor:a3")
                ? BFSShortestPath.findPathBetween(slice.undirectedGraph(), "actor:a1", "actor:a3") : null;
        long m2 = System.nanoTime();
        print("JGraphT BFS in March on a MaskSubgraph", m0, m1);
        print("JGraphT BFS in March on the slice", m1, m2);
        assertEquals(viaMask == null, viaSlice == null);
        t5 = System.nanoTime();
        var path = new ShortestPaths(g).shortest("actor:a1", far, PathQuery.DEFAULT);
        long t6 = System.nanoTime();
        print("shortest path (" + path.map(p -> p.length() + " hops").orElse("none") + ")", t5, t6);
        var paths = new ShortestPaths(g).kShortest("actor:a1", reachable, 3, PathQuery.DEFAULT);
        long t7 = System.nanoTime();
        print("3 shortest paths to a node 2 hops away (" + paths.size() + ")", t6, t7);
        assertEquals(2, paths.get(0).length());

        var names = new NameIndex(g);
        long t8 = System.nanoTime();
        print("name index", t7, t8);
        assertEquals("actor:a1234", names.lookup("actor 1234").get(0).node().id());
    }

    private static void print(String what, long from, long to) {
        System.out.printf("[scale] %-60s %6d ms%n", what, (to - from) / 1_000_000);
    }
}
