package org.kgi.graph.traverse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;

import org.kgi.graph.Edge;
import org.kgi.graph.GraphStore;
import org.kgi.graph.IntList;
import org.kgi.graph.IntIndex;
import org.kgi.graph.TopK;
import org.kgi.graph.TopK.IntComparator;
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
     * Computes the graph's hub answers ({@link HubNeighbours}: one pass over the hubs' edges) now rather than on the
     * first query that needs them; whoever builds a graph for serving calls it.
     */
    public static void prepare(KnowledgeGraph graph) {
        HubNeighbours.of(graph.store());
    }

    /**
     * The neighbourhood of {@code id}.
     *
     * @throws org.kgi.graph.UnknownNodeException if there is no such node
     * @throws QueryTooLargeException if the search exceeds the limits
     */
    public NeighbourhoodResult around(String id, NeighbourhoodQuery query) {
        Node start = graph.requireNode(id);
        GraphStore g = graph.store();
        if (query.depth() == 1 && query.nodes().isAll() && query.edges().isAll()
                && query.limit() - 1 <= HubNeighbours.KEEP) {
            HubNeighbours.Hub hub = HubNeighbours.of(g).of(g.ordinal(start.id()));
            if (hub != null) {
                return fromHub(g, start, hub, query);
            }
        }
        return walk(g, start, query);
    }

    /** The neighbourhood found by walking the graph (what {@link #around} does for every query but a hub's). */
    NeighbourhoodResult walk(GraphStore g, Node start, NeighbourhoodQuery query) {
        String id = start.id();
        QueryBudget budget = new QueryBudget(limits, "depth " + query.depth() + " from " + id,
                "lower depth or add filters");
        GraphStore.Weigher weigher = g.weigher(query.edges());
        boolean anyNode = query.nodes().isAll();
        Reach reach = new Reach(query.depth() == 1 ? g.degree(g.ordinal(start.id())) + 1 : 64);
        int origin = g.ordinal(start.id());
        reach.add(origin, 0);
        budget.visit();
        IntList traversed = new IntList(); // adjacency entries, and the node each was followed from
        IntList traversedFrom = new IntList();
        IntList frontier = new IntList();
        frontier.add(origin);
        for (int level = 1; level <= query.depth() && frontier.size > 0; level++) {
            IntList next = new IntList();
            for (int f = 0; f < frontier.size; f++) {
                int u = frontier.items[f];
                for (int i = g.first(u), end = g.first(u + 1); i < end; i++) {
                    budget.step();
                    long w = weigher.entryWeight(i);
                    if (w == 0) {
                        continue;
                    }
                    int v = g.entryNeighbour(i);
                    int r = reach.nodes.indexOf(v);
                    if (r < 0) {
                        if (!anyNode && !query.nodes().test(g.node(v))) {
                            reach.add(v, REJECTED);
                            continue;
                        }
                        budget.visit();
                        r = reach.add(v, level);
                        next.add(v);
                    }
                    int dv = reach.distance[r];
                    if (dv == level) {
                        reach.score[r] += w;
                        traversed.add(i);
                        traversedFrom.add(u);
                    } else if (dv == level - 1 && g.compareIds(u, v) < 0) { // same level: once, from one side
                        traversed.add(i);
                        traversedFrom.add(u);
                    }
                }
            }
            frontier = next;
        }
        return answer(g, start, reach, traversed, traversedFrom, query);
    }

    private static final int REJECTED = -1;

    /** The same answer as the walk below, from the hub's precomputed neighbours ({@link HubNeighbours}). */
    private static NeighbourhoodResult fromHub(GraphStore g, Node start, HubNeighbours.Hub hub, NeighbourhoodQuery query) {
        int keep = Math.min(query.limit() - 1, hub.neighbours().length);
        List<Reached> nodes = new ArrayList<>(keep + 1);
        nodes.add(new Reached(start, 0, 0));
        List<Edge> edges = new ArrayList<>();
        for (int r = 0; r < keep; r++) {
            nodes.add(new Reached(g.node(hub.neighbours()[r]), 1, hub.scores()[r]));
            for (int k = hub.edgeStart()[r]; k < hub.edgeStart()[r + 1]; k++) {
                edges.add(g.edge(hub.edges()[k]));
            }
        }
        edges.sort(Comparator.comparingLong(Edge::weight).reversed().thenComparing(Edge::source)
                .thenComparing(Edge::target).thenComparing(Edge::relation));
        return new NeighbourhoodResult(nodes, edges, hub.others() > query.limit() - 1);
    }

    private NeighbourhoodResult answer(GraphStore g, Node start, Reach reach, IntList traversed, IntList traversedFrom,
            NeighbourhoodQuery query) {
        int keep = query.limit() - 1;
        IntComparator order = (a, b) -> {
            int c = Integer.compare(reach.distance[a], reach.distance[b]);
            if (c == 0) {
                c = Long.compare(reach.score[b], reach.score[a]);
            }
            return c != 0 ? c : g.compareIds(reach.nodes.key(a), reach.nodes.key(b));
        };
        int others = 0;
        TopK best = new TopK(keep, order);
        for (int r = 1; r < reach.nodes.size(); r++) {
            if (reach.distance[r] > 0) {
                others++;
                best.offer(r);
            }
        }
        int[] top = best.sorted();
        List<Reached> nodes = new ArrayList<>(top.length + 1);
        nodes.add(new Reached(start, 0, 0));
        IntIndex kept = new IntIndex(top.length + 1);
        kept.add(reach.nodes.key(0));
        for (int r : top) {
            int v = reach.nodes.key(r);
            nodes.add(new Reached(g.node(v), reach.distance[r], reach.score[r]));
            kept.add(v);
        }
        List<Edge> edges = new ArrayList<>();
        for (int t = 0; t < traversed.size; t++) {
            int i = traversed.items[t];
            if (kept.contains(traversedFrom.items[t]) && kept.contains(g.entryNeighbour(i))) {
                g.edge(g.entryEdge(i)).restrictTo(query.edges().window()).ifPresent(edges::add);
            }
        }
        edges.sort(Comparator.comparingLong(Edge::weight).reversed().thenComparing(Edge::source)
                .thenComparing(Edge::target).thenComparing(Edge::relation));
        return new NeighbourhoodResult(nodes, edges, others > keep);
    }

    /** The nodes reached so far: distance (or {@link #REJECTED} by the node filter) and score, by reach number. */
    private static final class Reach {
        final IntIndex nodes;
        int[] distance;
        long[] score;

        Reach(int expected) {
            nodes = new IntIndex(expected);
            distance = new int[Math.max(8, expected)];
            score = new long[Math.max(8, expected)];
        }

        int add(int v, int d) {
            int r = nodes.add(v);
            if (r == distance.length) {
                distance = Arrays.copyOf(distance, r * 2);
                score = Arrays.copyOf(score, r * 2);
            }
            distance[r] = d;
            return r;
        }
    }
}
