package org.kgi.graph;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which edges a query may use: those of the given relations (empty = all) with evidence in the window. An edge
 * passes if its {@link Edge#weightWithin weight in the window} is positive.
 *
 * @param relations allowed relations; empty means every relation
 * @param window the dates the evidence must fall in
 */
public record EdgeFilter(Set<Relation> relations, DateWindow window) {
    /** Every edge. */
    public static final EdgeFilter ALL = new EdgeFilter(Set.of(), DateWindow.ALL);

    public EdgeFilter {
        relations = relations == null || relations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(relations));
        window = window == null ? DateWindow.ALL : window;
    }

    /** The edge's weight under this filter: 0 when the edge is excluded. */
    public long weight(Edge edge) {
        if (!relations.isEmpty() && !relations.contains(edge.relation())) {
            return 0;
        }
        return edge.weightWithin(window);
    }

    /** Whether this filter lets every edge through with its whole weight. */
    public boolean isAll() {
        return relations.isEmpty() && window.isUnbounded();
    }

    public boolean accepts(Edge edge) {
        return weight(edge) > 0;
    }
}
