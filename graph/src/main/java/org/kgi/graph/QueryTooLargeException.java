package org.kgi.graph;

/**
 * A query would visit more nodes than {@link GraphLimits#maxVisited()} or run longer than
 * {@link GraphLimits#deadline()}; the message says what to change (lower depth, add filters).
 */
public final class QueryTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryTooLargeException(String message) {
        super(message);
    }
}
