package org.kgi.graph.shortestpath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.kgi.graph.GraphStore;
import org.kgi.graph.IntList;
import org.kgi.graph.Kind;
import org.kgi.graph.LongIntTable;
import org.kgi.graph.QueryBudget;

/**
 * The graph between actors and places only, for unfiltered shortest paths on big graphs: two of them are one hop
 * apart when an edge joins them, two hops apart when they share an event (an event is joined to actors and places
 * only, so every path between two of them is a sequence of such steps, each remembered by one event that
 * witnesses it). A million reports give some fifteen million events but only tens of thousands of actors and
 * places: a bidirectional Dijkstra over this graph (weights 1 and 2) answers in milliseconds what a breadth-first
 * search over the events must walk hundreds of thousands of nodes for, with the same length.
 *
 * <p>Computed once per graph ({@link GraphStore#derived}); {@link #of} gives null when the premise does not hold
 * (callers then search the whole graph).
 */
final class EntityHops {
    private static final int INF = Integer.MAX_VALUE / 2;
    /** An event joined to more actors and places than this makes the graph search whole (its pairs could be millions). */
    static final int MAX_EVENT_ENTITIES = 256;

    private final int[] entityOf; // vertex -> entity number, or -1 for an event
    private final int[] vertexOf; // entity number -> vertex
    private final int[] start; // CSR over entity numbers
    private final int[] neighbour;
    private final int[] witness; // the event of a two-hop step, or -1 for an edge

    private EntityHops(int[] entityOf, int[] vertexOf, int[] start, int[] neighbour, int[] witness) {
        this.entityOf = entityOf;
        this.vertexOf = vertexOf;
        this.start = start;
        this.neighbour = neighbour;
        this.witness = witness;
    }

    /**
     * The entity graph of {@code g}, or null when {@code g} joins two events or has an event joined to more than
     * {@link #MAX_EVENT_ENTITIES} actors and places (then a path could be missed or the pairs explode).
     */
    static EntityHops of(GraphStore g) {
        return g.derived(Holder.class, s -> new Holder(build(s))).hops();
    }

    /** What {@link GraphStore#derived} keeps (it keeps no null). */
    private record Holder(EntityHops hops) {
    }

    private static EntityHops build(GraphStore g) {
        int n = g.vertexCount();
        int[] entityOf = new int[n];
        int entities = 0;
        for (int v = 0; v < n; v++) {
            entityOf[v] = g.kind(v) == Kind.EVENT ? -1 : entities++;
        }
        int[] vertexOf = new int[entities];
        for (int v = 0; v < n; v++) {
            if (entityOf[v] >= 0) {
                vertexOf[entityOf[v]] = v;
            }
        }
        LongIntTable pairs = new LongIntTable(1 << 15); // (a << 32 | b), a < b -> the witnessing event, or -1
        int[] seen = new int[16];
        for (int v = 0; v < n; v++) {
            int a = entityOf[v];
            if (a >= 0) {
                for (int i = g.first(v), end = g.first(v + 1); i < end; i++) {
                    int b = entityOf[g.entryNeighbour(i)];
                    if (b > a) {
                        pairs.put((long) a << 32 | b, -1); // an edge: one hop, whatever event also joins them
                    }
                }
                continue;
            }
            int count = 0;
            for (int i = g.first(v), end = g.first(v + 1); i < end; i++) {
                int w = g.entryNeighbour(i);
                int b = entityOf[w];
                if (b < 0) {
                    return null; // an edge between two events: the premise does not hold
                }
                boolean dup = false;
                for (int k = 0; k < count && !dup; k++) {
                    dup = seen[k] == b;
                }
                if (!dup) {
                    if (count == seen.length) {
                        seen = Arrays.copyOf(seen, count * 2);
                    }
                    seen[count++] = b;
                }
            }
            if (count > MAX_EVENT_ENTITIES) {
                return null;
            }
            for (int x = 0; x < count; x++) {
                for (int y = 0; y < count; y++) {
                    if (seen[x] < seen[y]) {
                        pairs.putIfAbsent((long) seen[x] << 32 | seen[y], v);
                    }
                }
            }
        }
        int[] start = new int[entities + 1];
        for (int slot = 0; slot < pairs.capacity(); slot++) {
            long key = pairs.keyAt(slot);
            if (key >= 0) {
                start[(int) (key >>> 32) + 1]++;
                start[(int) key + 1]++;
            }
        }
        for (int e = 0; e < entities; e++) {
            start[e + 1] += start[e];
        }
        int[] neighbour = new int[start[entities]];
        int[] witness = new int[start[entities]];
        int[] fill = Arrays.copyOf(start, entities);
        for (int slot = 0; slot < pairs.capacity(); slot++) {
            long key = pairs.keyAt(slot);
            if (key >= 0) {
                int a = (int) (key >>> 32);
                int b = (int) key;
                neighbour[fill[a]] = b;
                witness[fill[a]++] = pairs.valueAt(slot);
                neighbour[fill[b]] = a;
                witness[fill[b]++] = pairs.valueAt(slot);
            }
        }
        // each entity's steps in neighbour order (the table's order is its hash's): answers do not depend on it
        long[] step = new long[16];
        for (int e = 0; e < entities; e++) {
            int from = start[e];
            int count = start[e + 1] - from;
            if (step.length < count) {
                step = new long[count];
            }
            for (int k = 0; k < count; k++) {
                step[k] = (long) neighbour[from + k] << 32 | (witness[from + k] + 1L);
            }
            Arrays.sort(step, 0, count);
            for (int k = 0; k < count; k++) {
                neighbour[from + k] = (int) (step[k] >>> 32);
                witness[from + k] = (int) step[k] - 1;
            }
        }
        return new EntityHops(entityOf, vertexOf, start, neighbour, witness);
    }

    /** Whether this graph answers for a path between these two vertices (both actors or places). */
    boolean covers(int from, int to) {
        return from >= 0 && to >= 0 && entityOf[from] >= 0 && entityOf[to] >= 0;
    }

    /**
     * A shortest path (in hops of the whole graph) from {@code from} to {@code to}, both actors or places, of at most
     * {@code maxLength} hops, as vertices of the whole graph (the witnessing events in between); empty when there
     * is none. A bidirectional Dijkstra over weights 1 and 2, settling a whole distance at a time from the side with
     * fewer entries to scan at its current distance, stopping as soon as no path left to find can be shorter than
     * the best meeting.
     */
    Optional<int[]> shortest(int from, int to, int maxLength, QueryBudget budget) {
        int s = entityOf[from];
        int t = entityOf[to];
        if (s == t) {
            return Optional.of(new int[] {from});
        }
        Side fw = new Side(s, vertexOf.length, maxLength);
        Side bw = new Side(t, vertexOf.length, maxLength);
        int best = INF;
        int meet = -1;
        search:
        while (true) {
            int df = fw.next();
            int db = bw.next();
            // a path not found yet is at least df + db + 1 long: on it, the first node the forward side has not
            // settled and the next node after it would otherwise both be labelled by the two sides, a meeting
            if (df < 0 || db < 0 || df + db + 1 >= best || df + db + 1 > maxLength) {
                break;
            }
            // settle the distance whose nodes have fewer entries to scan
            boolean forward = fw.cost(df, start) <= bw.cost(db, start);
            Side side = forward ? fw : bw;
            Side other = forward ? bw : fw;
            int d = forward ? df : db;
            int bound = df + db + 1;
            IntList bucket = side.buckets[d];
            for (int k = 0; k < bucket.size; k++) { // weights are at least 1: the bucket does not grow meanwhile
                int u = bucket.items[k];
                if (side.dist[u] != d) {
                    continue; // labelled again later at a shorter distance
                }
                for (int i = start[u], end = start[u + 1]; i < end; i++) {
                    budget.step();
                    int w = neighbour[i];
                    int nd = d + (witness[i] < 0 ? 1 : 2);
                    if (nd > maxLength || nd >= side.dist[w]) {
                        continue;
                    }
                    if (side.dist[w] == INF) {
                        budget.visit();
                    }
                    side.dist[w] = nd;
                    side.parent[w] = u;
                    side.via[w] = witness[i];
                    side.buckets[nd].add(w);
                    if (other.dist[w] != INF && nd + other.dist[w] < best) {
                        best = nd + other.dist[w];
                        meet = w;
                        if (best <= bound) {
                            break search; // nothing shorter is left to find
                        }
                    }
                }
            }
            side.done = d;
        }
        if (meet < 0 || best > maxLength) {
            return Optional.empty();
        }
        List<Integer> path = new ArrayList<>();
        for (int e = meet; e != s; e = fw.parent[e]) {
            path.add(vertexOf[e]);
            if (fw.via[e] >= 0) {
                path.add(fw.via[e]);
            }
        }
        path.add(from);
        java.util.Collections.reverse(path);
        for (int e = meet; e != t; e = bw.parent[e]) {
            if (bw.via[e] >= 0) {
                path.add(bw.via[e]);
            }
            path.add(vertexOf[bw.parent[e]]);
        }
        return Optional.of(path.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One side of the search: distances, parents and the step taken, by entity number; a bucket per distance. */
    private static final class Side {
        final int[] dist;
        final int[] parent;
        final int[] via;
        final IntList[] buckets;
        int done = -1; // the distances up to this one are settled

        Side(int start, int n, int maxLength) {
            dist = new int[n];
            Arrays.fill(dist, INF);
            parent = new int[n];
            via = new int[n];
            buckets = new IntList[maxLength + 1];
            for (int d = 0; d <= maxLength; d++) {
                buckets[d] = new IntList();
            }
            dist[start] = 0;
            parent[start] = -1;
            via[start] = -1;
            buckets[0].add(start);
        }

        /** The entries to scan to settle distance {@code d}. */
        long cost(int d, int[] start) {
            IntList b = buckets[d];
            long sum = 0;
            for (int k = 0; k < b.size; k++) {
                int u = b.items[k];
                if (dist[u] == d) {
                    sum += start[u + 1] - start[u];
                }
            }
            return sum;
        }

        /** The smallest distance not yet settled that has nodes, or -1. */
        int next() {
            for (int d = done + 1; d < buckets.length; d++) {
                if (buckets[d].size > 0) {
                    return d;
                }
            }
            return -1;
        }
    }

}
