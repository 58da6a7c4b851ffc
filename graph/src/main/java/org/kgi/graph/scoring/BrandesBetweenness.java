package org.kgi.graph.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Betweenness centrality by Brandes' algorithm on the simple undirected graph underlying a (multi)graph: parallel
 * edges count once, since they are several relations of one pair, not several paths. Unnormalised: in a star with
 * five leaves the centre scores 10 (the pairs of leaves), each pair of nodes counted once.
 *
 * <p>With {@code samples >= nodes} it is exact (JGraphT's {@code BetweennessCentrality} would count parallel edges
 * as distinct paths). Otherwise it runs the single-source stage from {@code samples} sources drawn with a seeded
 * {@link Random} and scales by nodes/samples, the estimator of Brandes and Pich (2007): unbiased, and about
 * samples/nodes of the exact cost. Computed once, on first use.
 */
public final class BrandesBetweenness<V, E> implements VertexScoringAlgorithm<V, Double> {
    private final Graph<V, E> graph;
    private final int samples;
    private final long seed;
    private final Lazy<Map<V, Double>> scores = new Lazy<>(this::compute);

    /** Exact betweenness. */
    public BrandesBetweenness(Graph<V, E> graph) {
        this(graph, Integer.MAX_VALUE, 0);
    }

    /** Betweenness from at most {@code samples} (>= 1) random sources, drawn with this seed. */
    public BrandesBetweenness(Graph<V, E> graph, int samples, long seed) {
        if (graph == null || samples < 1) {
            throw new IllegalArgumentException("betweenness needs a graph and at least 1 sample, was " + samples);
        }
        this.graph = graph;
        this.samples = samples;
        this.seed = seed;
    }

    @Override
    public Map<V, Double> getScores() {
        return scores.get();
    }

    @Override
    public Double getVertexScore(V v) {
        Double s = scores.get().get(v);
        if (s == null) {
            throw new IllegalArgumentException("no vertex " + v + " in the graph");
        }
        return s;
    }

    private Map<V, Double> compute() {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            V v = vertices.get(i);
            int[] ns = new int[graph.edgesOf(v).size()];
            int k = 0;
            for (E e : graph.edgesOf(v)) {
                V s = graph.getEdgeSource(e);
                int j = index.get(s.equals(v) ? graph.getEdgeTarget(e) : s);
                if (j != i) {
                    ns[k++] = j;
                }
            }
            adj[i] = Arrays.stream(ns, 0, k).sorted().distinct().toArray();
        }
        List<Integer> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sources.add(i);
        }
        int used = Math.min(samples, n);
        if (used < n) {
            Collections.shuffle(sources, new Random(seed));
        }
        double[] cb = new double[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] dist = new int[n];
        int[] order = new int[n];
        Arrays.fill(dist, -1);
        for (int s = 0; s < used; s++) {
            accumulate(sources.get(s), adj, cb, sigma, delta, dist, order);
        }
        double scale = (double) n / used / 2; // undirected: each pair is seen from both ends
        Map<V, Double> result = new LinkedHashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            result.put(vertices.get(i), cb[i] * scale);
        }
        return Collections.unmodifiableMap(result);
    }

    /** Brandes' single-source stage: BFS from s, then dependencies back from the farthest nodes. */
    private static void accumulate(int s, int[][] adj, double[] cb, double[] sigma, double[] delta, int[] dist,
            int[] order) {
        int head = 0;
        int tail = 0;
        order[tail++] = s;
        dist[s] = 0;
        sigma[s] = 1;
        while (head < tail) {
            int v = order[head++];
            for (int w : adj[v]) {
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    order[tail++] = w;
                }
                if (dist[w] == dist[v] + 1) {
                    sigma[w] += sigma[v];
                }
            }
        }
        for (int i = tail - 1; i >= 0; i--) {
            int w = order[i];
            for (int v : adj[w]) {
                if (dist[v] == dist[w] - 1) {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
            }
            if (w != s) {
                cb[w] += delta[w];
            }
        }
        for (int i = 0; i < tail; i++) { // reset only what was touched
            int v = order[i];
            dist[v] = -1;
            sigma[v] = 0;
            delta[v] = 0;
        }
    }
}
