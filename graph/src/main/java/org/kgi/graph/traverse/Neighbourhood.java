package org.kgi.graph.traverse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;
import org.kgi.graph.Edge;
import org.kgi.graph.GraphLimits;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.QueryBudget;
import org.kgi.graph.QueryTooLargeException;

/**
 * The neighbourhood of a node: a breadth-first search to depth 1–3 over the undirected view of a
 * {@link KnowledgeGraph}. Only edges passing the query's {@link org.kgi.graph.EdgeFilter} (relations, time window)
 * are followed, and only nodes passing its {@link org.kgi.graph.NodeFilter} are reached or passed through, so
 * the answer is a connected subgraph around the start.
 *
 * <p>Each reached node is scored by the summed in-window weight of the edges that reach it from the previous
 * level; the answer keeps the start and the best {@code limit - 1} others, nearer first. A query that discovers
 * more than {@link GraphLimits#maxVisited()} nodes or runs past {@link GraphLimits#deadline()} fails with
 * {@link QueryTooLargeException}. Stateless and thread-safe.
 */
public final class Neighbourhood {
    private final KnowledgeGraph graph;
    private final GraphLimits limits;

    public Neighbourhood(KnowledgeGraph graph) {
        this(graph, GraphLimits.DEFAULT);
    }

    public Neighbourhood(KnowledgeGraph graph, GraphLimits limits) {
        if (graph == null || limits == null) {
            throw new IllegalArgumentException("Neighbourhood needs a graph and limits");
        }
        this.graph = graph;
        this.limits = limits;
    }

    /**
     * The neighbourhood of {@code id}.
     *
     * @throws org.kgi.graph.UnknownNodeException if there is no such node
     * @throws QueryTooLargeException if the search exceeds the limits
     */
    public NeighbourhoodResult around(String id, NeighbourhoodQuery query) {
        Node start = graph.requireNode(id);
        Graph<String, Edge> g = graph.undirectedGraph();
        QueryBudget budget = new QueryBudget(limits, "depth " + query.depth() + " from " + id,
                "lower depth or add filters");
        Map<String, Integer> distance = new HashMap<>();
        Map<String, Long> score = new HashMap<>();
        List<Edge> traversed = new ArrayList<>();
        distance.put(start.id(), 0);
        budget.visit();
        List<String> frontier = List.of(start.id());
        for (int level = 1; level <= query.depth() && !frontier.isEmpty(); level++) {
            List<String> next = new ArrayList<>();
            for (String u : frontier) {
                for (Edge e : g.edgesOf(u)) {
                    budget.step();
                    long w = query.edges().weight(e);
                    if (w == 0) {
                        continue;
                    }
                    String v = e.opposite(u);
                    Integer dv = distance.get(v);
                    if (dv == null) {
                        Optional<Node> node = graph.node(v);
                        if (node.isEmpty() || !query.nodes().test(node.get())) {
                            continue;
                        }
                        budget.visit();
                        distance.put(v, level);
                        next.add(v);
                        dv = level;
                    }
                    if (dv == level) {
                        score.merge(v, w, Long::sum);
                        traversed.add(e);
                    } else if (dv == level - 1 && u.compareTo(v) < 0) { // same level: add it once, from one side
                        traversed.add(e);
                    }
                }
            }
            frontier = next;
        }
        return answer(start, distance, score, traversed, query);
    }

    private NeighbourhoodResult answer(Node start, Map<String, Integer> distance, Map<String, Long> score,
            List<Edge> traversed, NeighbourhoodQuery query) {
        List<Reached> others = new ArrayList<>(distance.size());
        for (Map.Entry<String, Integer> d : distance.entrySet()) {
            if (d.getValue() > 0) {
                others.add(new Reached(graph.requireNode(d.getKey()), d.getValue(), score.getOrDefault(d.getKey(), 0L)));
            }
        }
        others.sort(Comparator.comparingInt(Reached::distance).thenComparing(Comparator.comparingLong(Reached::score)
                .reversed()).thenComparing(r -> r.node().id()));
        boolean truncated = others.size() > query.limit() - 1;
        List<Reached> nodes = new ArrayList<>(Math.min(others.size() + 1, query.limit()));
        nodes.add(new Reached(start, 0, 0));
        nodes.addAll(others.subList(0, Math.min(others.size(), query.limit() - 1)));
        Set<String> kept = new HashSet<>();
        for (Reached r : nodes) {
            kept.add(r.node().id());
        }
        List<Edge> edges = new ArrayList<>();
        for (Edge e : traversed) {
            if (kept.contains(e.source()) && kept.contains(e.target())) {
                e.restrictTo(query.edges().window()).ifPresent(edges::add);
            }
        }
        edges.sort(Comparator.comparingLong(Edge::weight).reversed().thenComparing(Edge::source)
                .thenComparing(Edge::target).thenComparing(Edge::relation));
        return new NeighbourhoodResult(nodes, edges, truncated);
    }
}
