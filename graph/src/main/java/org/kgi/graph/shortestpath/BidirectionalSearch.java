package org.kgi.graph.shortestpath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kgi.graph.GraphStore;
import org.kgi.graph.IntIndex;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.NodeFilter;
import org.kgi.graph.QueryBudget;

/**
 * Bidirectional breadth-first search for one shortest path to a fixed target, always growing the smaller frontier
 * by a whole level, so that the first level that meets the other side holds a shortest path. Supports Yen's
 * restrictions: nodes that may not be used, and first steps that may not be taken from the source. Works on the
 * graph's vertex and edge ordinals ({@link GraphStore}), so that it allocates per node reached, not per edge.
 */
final class BidirectionalSearch {
    private final GraphStore g;
    private final GraphStore.Weigher weigher;
    private final NodeFilter through;
    private final int origin;
    private final int target;

    BidirectionalSearch(KnowledgeGraph graph, PathQuery query, String origin, String target) {
        this.g = graph.store();
        this.weigher = g.weigher(query.edges());
        this.through = query.through();
        this.origin = g.ordinal(origin);
        this.target = g.ordinal(target);
    }

    /**
     * A shortest path from {@code source} to the target of at most {@code maxLength} hops, avoiding
     * {@code blockedNodes} and not stepping from {@code source} straight to a node of {@code blockedNext}.
     */
    Optional<List<String>> find(String sourceId, int maxLength, Set<String> blockedNodes, Set<String> blockedNext,
            QueryBudget budget) {
        if (maxLength < 1) {
            return Optional.empty();
        }
        int source = g.ordinal(sourceId);
        IntIndex blocked = ordinals(blockedNodes);
        IntIndex blockedFirst = ordinals(blockedNext);
        Side forwardSide = new Side(source);
        Side backwardSide = new Side(target);
        forwardSide.cost = g.degree(source);
        backwardSide.cost = g.degree(target);
        while (forwardSide.front.length > 0 && backwardSide.front.length > 0
                && forwardSide.depth + backwardSide.depth < maxLength) {
            // grow the side whose next level is cheaper to scan (the sum of its frontier's degrees: a frontier of
            // three nodes may hold a country with a million edges)
            boolean forward = forwardSide.cost <= backwardSide.cost;
            Side side = forward ? forwardSide : backwardSide;
            Side other = forward ? backwardSide : forwardSide;
            int[] next = new int[16];
            int size = 0;
            long cost = 0;
            for (int u : side.byDegree(g)) {
                for (int i = g.first(u), end = g.first(u + 1); i < end; i++) {
                    budget.step();
                    int w = g.entryNeighbour(i);
                    if (side.reached.contains(w) || !allowed(u, w, source, blocked, blockedFirst) || weigher.entryWeight(i) <= 0) {
                        continue;
                    }
                    budget.visit();
                    side.add(w, u);
                    if (other.reached.contains(w)) {
                        // the first meeting is a shortest path: every node the other side reached before its
                        // frontier has had its neighbours reached, so a meeting there would have been found at
                        // an earlier level; all meetings of this level have the same length. The low-degree
                        // nodes of the level are grown first, so that a hub is scanned only when no path avoids it.
                        return Optional.of(join(w, forwardSide, backwardSide));
                    }
                    if (size == next.length) {
                        next = Arrays.copyOf(next, size * 2);
                    }
                    next[size++] = w;
                    cost += g.degree(w);
                }
            }
            side.front = Arrays.copyOf(next, size);
            side.cost = cost;
            side.depth++;
        }
        return Optional.empty();
    }

    private IntIndex ordinals(Set<String> ids) {
        IntIndex out = new IntIndex(ids.size());
        for (String id : ids) {
            int v = g.ordinal(id);
            if (v >= 0 && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private boolean allowed(int u, int w, int source, IntIndex blockedNodes, IntIndex blockedNext) {
        if (blockedNodes.contains(w) || (u == source && blockedNext.contains(w))
                || (w == source && blockedNext.contains(u))) {
            return false;
        }
        if (w == origin || w == target || through.isAll()) {
            return true;
        }
        return through.test(g.node(w));
    }

    private List<String> join(int meet, Side forward, Side backward) {
        List<String> path = new ArrayList<>();
        for (int v = meet; v >= 0; v = forward.parentOf(v)) {
            path.add(g.id(v));
        }
        Collections.reverse(path);
        for (int v = backward.parentOf(meet); v >= 0; v = backward.parentOf(v)) {
            path.add(g.id(v));
        }
        return path;
    }

    /** One direction of the search: the nodes it reached, with their parent, and its frontier. */
    private static final class Side {
        final IntIndex reached = new IntIndex(1024);
        int[] parent = new int[1024];
        int[] front;
        long cost; // the sum of the frontier's degrees
        int depth;

        /** The frontier, its nodes of lowest degree first. */
        int[] byDegree(GraphStore g) {
            if (front.length < 2) {
                return front;
            }
            long[] keyed = new long[front.length];
            for (int i = 0; i < front.length; i++) {
                keyed[i] = (long) g.degree(front[i]) << 32 | front[i];
            }
            Arrays.sort(keyed);
            int[] out = new int[front.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) keyed[i];
            }
            return out;
        }

        Side(int start) {
            add(start, -1);
            front = new int[] {start};
        }

        void add(int v, int from) {
            int r = reached.add(v);
            if (r == parent.length) {
                parent = Arrays.copyOf(parent, r * 2);
            }
            parent[r] = from;
        }

        /** The parent of a reached node, or -1 for the start (or a node this side did not reach). */
        int parentOf(int v) {
            int r = reached.indexOf(v);
            return r < 0 ? -1 : parent[r];
        }
    }
}
