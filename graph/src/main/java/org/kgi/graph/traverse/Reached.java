package org.kgi.graph.traverse;

import org.kgi.graph.Node;

/**
 * A node reached by a neighbourhood query.
 *
 * @param node the node
 * @param distance hops from the start (0 for the start itself)
 * @param score the summed weight of the edges that reach it from the previous level (0 for the start)
 */
public record Reached(Node node, int distance, long score) {
    public Reached {
        if (node == null || distance < 0 || score < 0) {
            throw new IllegalArgumentException("reached node needs a node, distance >= 0 and score >= 0");
        }
    }
}
