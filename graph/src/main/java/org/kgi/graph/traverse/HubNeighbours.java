package org.kgi.graph.traverse;

import java.util.Arrays;
import org.kgi.graph.EdgeFilter;
import org.kgi.graph.GraphStore;
import org.kgi.graph.TopK;

/**
 * The depth-1 neighbourhood of every hub (a node with at least {@value #MIN_DEGREE} adjacency entries), computed
 * once per graph: its {@value #KEEP} best neighbours in {@link Neighbourhood}'s order (score, then id), their
 * scores, the edges to each, and how many neighbours it has in all. An unfiltered depth-1 query on a hub (the
 * most common question asked of the most connected actors and places) is then answered without walking tens of
 * thousands of edges; every other query walks the graph as before.
 */
final class HubNeighbours {
    static final int MIN_DEGREE = 1_024;
    static final int KEEP = 256;

    /** One hub's answer. */
    record Hub(int[] neighbours, long[] scores, int[] edgeStart, int[] edges, int others) {
    }

    private final Hub[] hubs;

    private HubNeighbours(Hub[] hubs) {
        this.hubs = hubs;
    }

    /** The hub answer for {@code v}, or null when {@code v} is not a hub. */
    Hub of(int v) {
        return hubs[v];
    }

    static HubNeighbours of(GraphStore g) {
        return g.derived(HubNeighbours.class, HubNeighbours::build);
    }

    private static HubNeighbours build(GraphStore g) {
        int n = g.vertexCount();
        Hub[] hubs = new Hub[n];
        GraphStore.Weigher weigher = g.weigher(EdgeFilter.ALL);
        long[] score = null;
        int[] touched = null;
        int[] rank = null;
        for (int v = 0; v < n; v++) {
            int from = g.first(v);
            int to = g.first(v + 1);
            if (to - from < MIN_DEGREE) {
                continue;
            }
            if (score == null) {
                score = new long[n];
                touched = new int[16];
                rank = new int[n];
                Arrays.fill(rank, -1);
            }
            int count = 0;
            for (int i = from; i < to; i++) {
                long w = weigher.entryWeight(i);
                int u = g.entryNeighbour(i);
                if (w == 0 || u == v) {
                    continue;
                }
                if (score[u] == 0) {
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = u;
                }
                score[u] += w;
            }
            long[] s = score;
            int[] t = touched;
            TopK best = new TopK(KEEP, (a, b) -> {
                int c = Long.compare(s[t[b]], s[t[a]]);
                return c != 0 ? c : g.compareIds(t[a], t[b]);
            });
            for (int k = 0; k < count; k++) {
                best.offer(k);
            }
            int[] top = best.sorted();
            int[] neighbours = new int[top.length];
            long[] scores = new long[top.length];
            for (int r = 0; r < top.length; r++) {
                neighbours[r] = touched[top[r]];
                scores[r] = score[neighbours[r]];
                rank[neighbours[r]] = r;
            }
            int[] edgeStart = new int[top.length + 1];
            for (int i = from; i < to; i++) {
                int u = g.entryNeighbour(i);
                if (u != v && rank[u] >= 0 && weigher.entryWeight(i) != 0) {
                    edgeStart[rank[u] + 1]++;
                }
            }
            for (int r = 0; r < top.length; r++) {
                edgeStart[r + 1] += edgeStart[r];
            }
            int[] edges = new int[edgeStart[top.length]];
            int[] fill = Arrays.copyOf(edgeStart, top.length);
            for (int i = from; i < to; i++) {
                int u = g.entryNeighbour(i);
                if (u != v && rank[u] >= 0 && weigher.entryWeight(i) != 0) {
                    edges[fill[rank[u]]++] = g.entryEdge(i);
                }
            }
            hubs[v] = new Hub(neighbours, scores, edgeStart, edges, count);
            for (int k = 0; k < count; k++) {
                score[touched[k]] = 0;
            }
            for (int u : neighbours) {
                rank[u] = -1;
            }
        }
        return new HubNeighbours(hubs);
    }
}
