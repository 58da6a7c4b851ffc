package org.kgi.graph;

/**
 * The budget of one running query: counts nodes visited and checks the clock now and then, throwing
 * {@link QueryTooLargeException} with a message that says what was asked and how to narrow it. Not thread-safe:
 * one per query.
 */
public final class QueryBudget {
    private final GraphLimits limits;
    private final String what;
    private final String hint;
    private final long deadline;
    private int visited;
    private int steps;

    /**
     * @param what the query, as the message should name it, e.g. {@code depth 3 from actor:x}
     * @param hint how to narrow it, e.g. {@code lower depth or add filters}
     */
    public QueryBudget(GraphLimits limits, String what, String hint) {
        this(limits, what, hint, limits.deadlineFromNow());
    }

    private QueryBudget(GraphLimits limits, String what, String hint, long deadline) {
        this.limits = limits;
        this.what = what;
        this.hint = hint;
        this.deadline = deadline;
    }

    /** A budget for a sub-search of the same query: the same deadline, a fresh count of visited nodes. */
    public QueryBudget fresh() {
        return new QueryBudget(limits, what, hint, deadline);
    }

    /** Counts one more visited node. */
    public void visit() {
        if (++visited > limits.maxVisited()) {
            throw new QueryTooLargeException(what + " reaches more than " + limits.maxVisited() + " nodes; " + hint);
        }
        step();
    }

    /** Counts one unit of work (an edge looked at); checks the deadline every 1024 steps. */
    public void step() {
        if ((++steps & 1023) == 0 && System.nanoTime() - deadline > 0) {
            throw new QueryTooLargeException(what + " takes longer than " + limits.deadline().toMillis() + " ms; " + hint);
        }
    }

    /** Nodes visited so far. */
    public int visited() {
        return visited;
    }
}
