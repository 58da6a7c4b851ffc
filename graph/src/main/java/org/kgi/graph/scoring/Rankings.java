package org.kgi.graph.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsWeightedGraph;
import org.kgi.graph.Edge;
import org.kgi.graph.GraphLimits;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.NodeFilter;

/**
 * Node rankings of one {@link KnowledgeGraph} snapshot (or time slice), by {@link Measure}. Each measure is
 * computed over all nodes on first use, then cached: thread-safe, and as immutable as the graph. Betweenness is exact
 * up to {@link #EXACT_BETWEENNESS_NODES} nodes and sampled from {@link #BETWEENNESS_SAMPLES} seeded sources beyond
 * (see {@link BrandesBetweenness}).
 */
public final class Rankings {
    private final Map<Measure, List<Ranked>> sorted = new java.util.concurrent.ConcurrentHashMap<>();
    /** Betweenness is exact for graphs of at most this many nodes. */
    public static final int EXACT_BETWEENNESS_NODES = 5_000;
    /** Sources sampled for betweenness on bigger graphs. */
    public static final int BETWEENNESS_SAMPLES = 200;

    private final KnowledgeGraph graph;
    private final Map<Measure, Lazy<Map<String, Double>>> scores = new EnumMap<>(Measure.class);

    /** Rankings with the default betweenness sampling (seed 42). */
    public Rankings(KnowledgeGraph graph) {
        this(graph, EXACT_BETWEENNESS_NODES, BETWEENNESS_SAMPLES, 42);
    }

    /**
     * @param exactUpTo betweenness is exact for graphs of at most this many nodes
     * @param samples the sources sampled for betweenness beyond that (>= 1)
     * @param seed the seed for drawing those sources
     */
    public Rankings(KnowledgeGraph graph, int exactUpTo, int samples, long seed) {
        if (graph == null || exactUpTo < 0 || samples < 1) {
            throw new IllegalArgumentException("Rankings needs a graph, exactUpTo >= 0 and samples >= 1");
        }
        this.graph = graph;
        Graph<String, Edge> g = graph.undirectedGraph();
        scores.put(Measure.DEGREE, new Lazy<>(() -> perNode(id -> (double) graph.degree(id))));
        scores.put(Measure.WEIGHTED_DEGREE, new Lazy<>(() -> perNode(id -> (double) graph.weightedDegree(id))));
        scores.put(Measure.PAGERANK, new Lazy<>(() -> Collections.unmodifiableMap(
                new PageRank<>(new AsWeightedGraph<>(g, e -> (double) e.weight(), false, false)).getScores())));
        int betweennessSamples = graph.nodeCount() <= exactUpTo ? Integer.MAX_VALUE : samples;
        scores.put(Measure.BETWEENNESS, new Lazy<>(() -> new BrandesBetweenness<>(g, betweennessSamples, seed)
                .getScores()));
    }

    /** Every node's score under this measure (computed on the first call, then cached). */
    public Map<String, Double> scores(Measure measure) {
        return scores.get(measure).get();
    }

    /**
     * The {@code limit} (1 to {@link GraphLimits#MAX_LIMIT}) best nodes passing the filter, highest score first,
     * ties by id.
     */
    public List<Ranked> top(Measure measure, NodeFilter filter, int limit) {
        GraphLimits.checkLimit(limit);
        List<Ranked> out = new ArrayList<>(limit);
        for (Ranked r : ranked(measure)) {
            if (filter.test(r.node())) {
                out.add(r);
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every node by {@code measure}, best first (ties by id): sorted once per measure, then only walked. */
    private List<Ranked> ranked(Measure measure) {
        return sorted.computeIfAbsent(measure, m -> {
            Map<String, Double> all = scores(m);
            List<Ranked> ranked = new ArrayList<>(graph.nodeCount());
            for (Node n : graph.nodes()) {
                ranked.add(new Ranked(n, all.get(n.id())));
            }
            ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(r -> r.node().id()));
            return List.copyOf(ranked);
        });
    }

    private Map<String, Double> perNode(java.util.function.ToDoubleFunction<String> f) {
        Map<String, Double> m = new LinkedHashMap<>(graph.nodeCount() * 4 / 3 + 1);
        for (Node n : graph.nodes()) {
            m.put(n.id(), f.applyAsDouble(n.id()));
        }
        return Collections.unmodifiableMap(m);
    }
}
