package org.kgi.graph.shortestpath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.kgi.graph.Edge;
import org.kgi.graph.GraphStore;
import org.kgi.graph.GraphLimits;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.QueryBudget;
import org.kgi.graph.QueryTooLargeException;

/**
 * Shortest paths by hop count between two nodes over the undirected view of a {@link KnowledgeGraph}: the shortest
 * (bidirectional breadth-first search; unfiltered between two actors or places, a search over the graph of actors
 * and places where an event between two of them is one two-hop step, see {@link EntityHops}) and the k shortest
 * simple paths (Yen's algorithm over node sequences from that shortest one, with the bidirectional search for
 * each spur path). Paths are node sequences: several relations between the same two nodes make one hop, whose edges
 * are all reported. Answers are deterministic and nest (the k shortest hold the k - 1 shortest): the returned paths
 * are sorted by length, then by their node ids; which of several equally short paths makes the cut of k depends on
 * the graph's insertion order.
 *
 * <p>Bounded: at most {@link GraphLimits#MAX_PATH_LENGTH} hops and {@link GraphLimits#MAX_K} paths; each search may
 * visit {@link GraphLimits#maxVisited()} nodes and the whole query must end before {@link GraphLimits#deadline()},
 * or it fails with {@link QueryTooLargeException}. Stateless and thread-safe.
 */
public final class ShortestPaths {
    private static final Comparator<List<String>> SHORTER_FIRST = Comparator.<List<String>>comparingInt(List::size)
            .thenComparing(p -> String.join("\u0000", p));

    private final KnowledgeGraph graph;
    private final GraphLimits limits;

    public ShortestPaths(KnowledgeGraph graph) {
        this(graph, GraphLimits.DEFAULT);
    }

    public ShortestPaths(KnowledgeGraph graph, GraphLimits limits) {
        if (graph == null || limits == null) {
            throw new IllegalArgumentException("ShortestPaths needs a graph and limits");
        }
        this.graph = graph;
        this.limits = limits;
    }

    /** Computes, once per graph, what unfiltered shortest paths use (else the first such query does). */
    public static void prepare(KnowledgeGraph graph) {
        EntityHops.of(graph.store());
    }

    /**
     * The shortest path from {@code from} to {@code to} within the query's bounds, or empty when there is none.
     * A node's path to itself has length 0.
     */
    public Optional<NodePath> shortest(String from, String to, PathQuery query) {
        QueryBudget budget = new QueryBudget(limits, "paths from " + from + " to " + to + " of up to "
                + query.maxLength() + " hops", "lower maxLength or add filters");
        return firstNodes(from, to, query, () -> new BidirectionalSearch(graph, query, from, to), budget)
                .map(nodes -> toPath(nodes, query));
    }

    /**
     * The nodes of {@link #shortest}, found over the graph of actors and places when the query is unfiltered, else by
     * the bidirectional search; the first path of {@link #kShortest} too, so that the answer for k holds the answer
     * for 1 (before, the two searches could pick two different paths of the same length).
     */
    private Optional<List<String>> firstNodes(String from, String to, PathQuery query,
                                              Supplier<BidirectionalSearch> search, QueryBudget budget) {
        graph.requireNode(from);
        graph.requireNode(to);
        if (from.equals(to)) {
            return Optional.of(List.of(from));
        }
        if (query.through().isAll() && query.edges().isAll()) {
            // unfiltered, between two actors or places: over the graph of actors and places, where the events
            // between them are single steps (the same lengths; see EntityHops)
            GraphStore g = graph.store();
            int f = g.ordinal(from);
            int t = g.ordinal(to);
            EntityHops hops = EntityHops.of(g);
            if (hops != null && hops.covers(f, t)) {
                return hops.shortest(f, t, query.maxLength(), budget).map(vertices -> {
                    List<String> nodes = new ArrayList<>(vertices.length);
                    for (int v : vertices) {
                        nodes.add(g.id(v));
                    }
                    return nodes;
                });
            }
        }
        return search.get().find(from, query.maxLength(), Set.of(), Set.of(), budget.fresh());
    }

    /** Up to {@code k} (1 to {@link GraphLimits#MAX_K}) shortest simple paths, shortest first. */
    public List<NodePath> kShortest(String from, String to, int k, PathQuery query) {
        GraphLimits.checkK(k);
        graph.requireNode(from);
        graph.requireNode(to);
        if (from.equals(to)) {
            return List.of(new NodePath(List.of(from), List.of()));
        }
        QueryBudget budget = new QueryBudget(limits, "paths from " + from + " to " + to + " of up to "
                + query.maxLength() + " hops", "lower maxLength or k, or add filters");
        BidirectionalSearch search = new BidirectionalSearch(graph, query, from, to);
        Optional<List<String>> first = firstNodes(from, to, query, () -> search, budget);
        if (first.isEmpty()) {
            return List.of();
        }
        List<List<String>> found = new ArrayList<>();
        found.add(first.get());
        Set<List<String>> seen = new HashSet<>(found);
        TreeSet<List<String>> candidates = new TreeSet<>(SHORTER_FIRST);
        while (found.size() < k) {
            List<String> previous = found.get(found.size() - 1);
            for (int i = 0; i < previous.size() - 1; i++) {
                List<String> root = previous.subList(0, i + 1);
                Set<String> blockedNext = new HashSet<>();
                for (List<String> p : found) {
                    if (p.size() > i + 1 && p.subList(0, i + 1).equals(root)) {
                        blockedNext.add(p.get(i + 1));
                    }
                }
                Set<String> blockedNodes = new HashSet<>(root.subList(0, i));
                Optional<List<String>> spur = search.find(previous.get(i), query.maxLength() - i, blockedNodes,
                        blockedNext, budget.fresh());
                if (spur.isPresent()) {
                    List<String> total = new ArrayList<>(root.subList(0, i));
                    total.addAll(spur.get());
                    if (seen.add(total)) {
                        candidates.add(total);
                    }
                }
            }
            if (candidates.isEmpty()) {
                break;
            }
            found.add(candidates.pollFirst());
        }
        found.sort(SHORTER_FIRST);
        return found.stream().map(p -> toPath(p, query)).toList();
    }

    /**
     * The path with the edges of each hop (those the query accepts, restricted to its window), found from the end
     * of the hop with fewer edges: a hop from a hub to one of its events must not walk the hub's million edges.
     */
    private NodePath toPath(List<String> nodes, PathQuery query) {
        GraphStore g = graph.store();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i + 1 < nodes.size(); i++) {
            int x = g.ordinal(nodes.get(i));
            int y = g.ordinal(nodes.get(i + 1));
            int u = g.degree(x) <= g.degree(y) ? x : y;
            int other = u == x ? y : x;
            List<Edge> forward = new ArrayList<>(); // x to y first, then y to x: the undirected view's order
            List<Edge> backward = new ArrayList<>();
            for (int k = g.first(u), end = g.first(u + 1); k < end; k++) {
                if (g.entryNeighbour(k) != other) {
                    continue;
                }
                int e = g.entryEdge(k);
                Edge edge = g.edge(e);
                if (query.edges().accepts(edge)) {
                    edge.restrictTo(query.edges().window()).ifPresent(g.source(e) == x ? forward::add : backward::add);
                }
            }
            List<Edge> hop = new ArrayList<>(forward);
            hop.addAll(backward);
            hop.sort(Comparator.comparingLong(Edge::weight).reversed().thenComparing(Edge::relation));
            edges.addAll(hop);
        }
        return new NodePath(nodes, edges);
    }
}
