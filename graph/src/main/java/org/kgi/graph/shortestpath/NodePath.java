package org.kgi.graph.shortestpath;

import java.util.List;

import org.kgi.graph.Edge;

/**
 * A simple path.
 *
 * @param nodes the node ids from start to end
 * @param edges for each hop in order, every edge joining its two nodes that the query allowed (so there may be more
 *              edges than hops when, say, two actors both opposed and acted together), as seen in the query's window
 */
public record NodePath(List<String> nodes, List<Edge> edges) {
    public NodePath {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one node");
        }
    }

    /** The number of hops. */
    public int length() {
        return nodes.size() - 1;
    }
}
