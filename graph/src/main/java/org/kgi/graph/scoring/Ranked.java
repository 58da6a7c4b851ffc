package org.kgi.graph.scoring;

import org.kgi.graph.Node;

/**
 * One line of a ranking.
 *
 * @param node the node
 * @param score its score under the measure asked for
 */
public record Ranked(Node node, double score) {
    public Ranked {
        if (node == null || Double.isNaN(score)) {
            throw new IllegalArgumentException("a ranked node needs a node and a score");
        }
    }
}
