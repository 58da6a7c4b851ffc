package org.kgi.graph.shortestpath;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;
import org.kgi.graph.Edge;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.QueryBudget;

/**
 * Bidirectional breadth-first search for one shortest path to a fixed target, always growing the smaller frontier
 * by a whole level, so that the first level that meets the other side holds a shortest path. Supports Yen's
 * restrictions: nodes that may not be used, and first steps that may not be taken from the source.
 */
final class BidirectionalSearch {
    private final KnowledgeGraph graph;
    private final Graph<String, Edge> undirected;
    private final PathQuery query;
    private final String origin;
    private final String target;

    BidirectionalSearch(KnowledgeGraph graph, PathQuery query, String origin, String target) {
        this.graph = graph;
        this.undirected = graph.undirectedGraph();
        this.query = query;
        this.origin = origin;
        this.target = target;
    }

    /**
     * A shortest path from {@code source} to the target of at most {@code maxLength} hops, avoiding
     * {@code blockedNodes} and not stepping from {@code source} straight to a node of {@code blockedNext}.
     */
    Optional<List<String>> find(String source, int maxLength, Set<String> blockedNodes, Set<String> blockedNext,
            QueryBudget budget) {
        if (maxLength < 1) {
            return Optional.empty();
        }
        Map<String, String> parentF = new HashMap<>();
        Map<String, Integer> distF = new HashMap<>();
        Map<String, String> parentB = new HashMap<>();
        Map<String, Integer> distB = new HashMap<>();
        distF.put(source, 0);
        distB.put(target, 0);
        List<String> frontF = List.of(source);
        List<String> frontB = List.of(target);
        int depthF = 0;
        int depthB = 0;
        while (!frontF.isEmpty() && !frontB.isEmpty() && depthF + depthB < maxLength) {
            boolean forward = frontF.size() <= frontB.size();
            List<String> front = forward ? frontF : frontB;
            Map<String, String> parent = forward ? parentF : parentB;
            Map<String, Integer> dist = forward ? distF : distB;
            Map<String, Integer> otherDist = forward ? distB : distF;
            int depth = forward ? depthF : depthB;
            List<String> next = new ArrayList<>();
            String meet = null;
            int best = Integer.MAX_VALUE;
            for (String u : front) {
                for (Edge e : undirected.edgesOf(u)) {
                    budget.step();
                    String w = e.opposite(u);
                    if (dist.containsKey(w) || !allowed(u, w, source, blockedNodes, blockedNext) || !query.edges().accepts(e)) {
                        continue;
                    }
                    budget.visit();
                    dist.put(w, depth + 1);
                    parent.put(w, u);
                    next.add(w);
                    Integer other = otherDist.get(w);
                    if (other != null && depth + 1 + other < best) {
                        best = depth + 1 + other;
                        meet = w;
                    }
                }
            }
            if (meet != null) {
                return best <= maxLength ? Optional.of(join(meet, parentF, parentB)) : Optional.empty();
            }
            if (forward) {
                frontF = next;
                depthF++;
            } else {
                frontB = next;
                depthB++;
            }
        }
        return Optional.empty();
    }

    private boolean allowed(String u, String w, String source, Set<String> blockedNodes, Set<String> blockedNext) {
        if (blockedNodes.contains(w) || (u.equals(source) && blockedNext.contains(w))
                || (w.equals(source) && blockedNext.contains(u))) {
            return false;
        }
        if (w.equals(origin) || w.equals(target) || query.through().isAll()) {
            return true;
        }
        Optional<Node> node = graph.node(w);
        return node.isPresent() && query.through().test(node.get());
    }

    private static List<String> join(String meet, Map<String, String> parentF, Map<String, String> parentB) {
        List<String> path = new ArrayList<>();
        for (String v = meet; v != null; v = parentF.get(v)) {
            path.add(v);
        }
        Collections.reverse(path);
        for (String v = parentB.get(meet); v != null; v = parentB.get(v)) {
            path.add(v);
        }
        return path;
    }
}
