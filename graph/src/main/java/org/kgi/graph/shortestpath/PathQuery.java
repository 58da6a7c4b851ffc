package org.kgi.graph.shortestpath;

import java.util.Set;

import org.kgi.graph.DateWindow;
import org.kgi.graph.EdgeFilter;
import org.kgi.graph.GraphLimits;
import org.kgi.graph.Kind;
import org.kgi.graph.NodeFilter;
import org.kgi.graph.Relation;

/**
 * What paths {@link ShortestPaths} may use.
 *
 * @param maxLength most hops, 1 to {@link GraphLimits#MAX_PATH_LENGTH}
 * @param through which nodes a path may pass through (the two ends are exempt)
 * @param edges which edges it may follow (relations, time window)
 */
public record PathQuery(int maxLength, NodeFilter through, EdgeFilter edges) {
    /** Any path of at most {@link GraphLimits#MAX_PATH_LENGTH} hops. */
    public static final PathQuery DEFAULT = new PathQuery(GraphLimits.MAX_PATH_LENGTH, NodeFilter.ALL, EdgeFilter.ALL);

    public PathQuery {
        GraphLimits.checkPathLength(maxLength);
        through = through == null ? NodeFilter.ALL : through;
        edges = edges == null ? EdgeFilter.ALL : edges;
    }

    public static PathQuery maxLength(int maxLength) {
        return new PathQuery(maxLength, NodeFilter.ALL, EdgeFilter.ALL);
    }

    /** Only through nodes of these kinds, e.g. actors and events. */
    public PathQuery through(Kind... kinds) {
        return new PathQuery(maxLength, new NodeFilter(Set.of(kinds), through.types(), through.generic()), edges);
    }

    /** Through the generic actors ("civilians", "police"...) or not (the two ends may be generic either way). */
    public PathQuery throughGeneric(boolean generic) {
        return new PathQuery(maxLength, through.generic(generic), edges);
    }

    public PathQuery relations(Relation... relations) {
        return new PathQuery(maxLength, through, new EdgeFilter(Set.of(relations), edges.window()));
    }

    public PathQuery window(DateWindow window) {
        return new PathQuery(maxLength, through, new EdgeFilter(edges.relations(), window));
    }
}
