package org.kgi.graph;

/** A query named a node id that is not in the graph (or not in the time window it was cut to). */
public final class UnknownNodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String id;

    public UnknownNodeException(String id) {
        super("no node '" + id + "' in the graph");
        this.id = id;
    }

    /** The id that was not found. */
    public String id() {
        return id;
    }
}
