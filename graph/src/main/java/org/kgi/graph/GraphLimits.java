package org.kgi.graph;

import java.time.Duration;

/**
 * Bounds on graph queries. The static caps (depth, k, path length, result size) are fixed and checked by the
 * {@code check*} methods, which throw {@link IllegalArgumentException} naming the allowed range; the
 * record's components (nodes visited, time) are the per-query budget, configurable for tests and big servers.
 *
 * @param maxVisited most nodes a traversal may discover before {@link QueryTooLargeException}
 * @param deadline longest a single query may run before {@link QueryTooLargeException}
 */
public record GraphLimits(int maxVisited, Duration deadline) {
    /** Neighbourhood depth: 1 to 3. */
    public static final int MAX_DEPTH = 3;
    /** Number of alternative paths: 1 to 10. */
    public static final int MAX_K = 10;
    /** Path length in hops: 1 to 6. */
    public static final int MAX_PATH_LENGTH = 6;
    /** Result size (nodes, rankings, timeline entries): 1 to 500. */
    public static final int MAX_LIMIT = 500;
    /** 100,000 nodes visited and 2 seconds per query. */
    public static final GraphLimits DEFAULT = new GraphLimits(100_000, Duration.ofSeconds(2));

    public GraphLimits {
        if (maxVisited < 1) {
            throw new IllegalArgumentException("maxVisited must be at least 1, was " + maxVisited);
        }
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be a positive duration, was " + deadline);
        }
    }

    public static int checkDepth(int depth) {
        return inRange("depth", depth, MAX_DEPTH);
    }

    public static int checkK(int k) {
        return inRange("k", k, MAX_K);
    }

    public static int checkPathLength(int maxLength) {
        return inRange("maxLength", maxLength, MAX_PATH_LENGTH);
    }

    public static int checkLimit(int limit) {
        return inRange("limit", limit, MAX_LIMIT);
    }

    /** The instant (System.nanoTime) after which a query started now must stop. */
    public long deadlineFromNow() {
        return System.nanoTime() + deadline.toNanos();
    }

    private static int inRange(String name, int value, int max) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(name + " must be between 1 and " + max + ", was " + value);
        }
        return value;
    }
}
