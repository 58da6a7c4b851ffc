package org.kgi.graph.traverse;

import java.util.Set;

import org.kgi.graph.DateWindow;
import org.kgi.graph.EdgeFilter;
import org.kgi.graph.GraphLimits;
import org.kgi.graph.Kind;
import org.kgi.graph.NodeFilter;
import org.kgi.graph.Relation;

/**
 * What {@link Neighbourhood#around} explores.
 *
 * @param depth hops from the start, 1 to {@link GraphLimits#MAX_DEPTH}
 * @param nodes which nodes may be reached (and passed through); the start node is always included
 * @param edges which edges may be followed (relations, time window)
 * @param limit most nodes returned, the start included, 1 to {@link GraphLimits#MAX_LIMIT}
 */
public record NeighbourhoodQuery(int depth, NodeFilter nodes, EdgeFilter edges, int limit) {
    /** The number of nodes returned when no limit is given. */
    public static final int DEFAULT_LIMIT = 100;

    public NeighbourhoodQuery {
        GraphLimits.checkDepth(depth);
        GraphLimits.checkLimit(limit);
        nodes = nodes == null ? NodeFilter.ALL : nodes;
        edges = edges == null ? EdgeFilter.ALL : edges;
    }

    /** All neighbours to this depth, {@link #DEFAULT_LIMIT} at most. */
    public static NeighbourhoodQuery depth(int depth) {
        return new NeighbourhoodQuery(depth, NodeFilter.ALL, EdgeFilter.ALL, DEFAULT_LIMIT);
    }

    public NeighbourhoodQuery kinds(Kind... kinds) {
        return new NeighbourhoodQuery(depth, new NodeFilter(Set.of(kinds), nodes.types(), nodes.generic()), edges,
                limit);
    }

    public NeighbourhoodQuery types(String... types) {
        return new NeighbourhoodQuery(depth, new NodeFilter(nodes.kinds(), Set.of(types), nodes.generic()), edges,
                limit);
    }

    /** With the generic actors ("civilians", "police"...) or without them (the start excepted). */
    public NeighbourhoodQuery generic(boolean generic) {
        return new NeighbourhoodQuery(depth, nodes.generic(generic), edges, limit);
    }

    public NeighbourhoodQuery relations(Relation... relations) {
        return new NeighbourhoodQuery(depth, nodes, new EdgeFilter(Set.of(relations), edges.window()), limit);
    }

    public NeighbourhoodQuery window(DateWindow window) {
        return new NeighbourhoodQuery(depth, nodes, new EdgeFilter(edges.relations(), window), limit);
    }

    public NeighbourhoodQuery limit(int limit) {
        return new NeighbourhoodQuery(depth, nodes, edges, limit);
    }
}
