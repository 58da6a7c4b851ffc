package org.kgi.graph.lookup;

import org.kgi.graph.Node;

/**
 * A node found by name.
 *
 * @param node the node
 * @param matched the name or alias that matched, as written
 */
public record NameMatch(Node node, String matched) {
    public NameMatch {
        if (node == null || matched == null) {
            throw new IllegalArgumentException("a name match needs a node and the matched name");
        }
    }
}
