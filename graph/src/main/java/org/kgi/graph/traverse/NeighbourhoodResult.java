package org.kgi.graph.traverse;

import java.util.List;

import org.kgi.graph.Edge;

/**
 * The answer of {@link Neighbourhood#around}.
 *
 * @param nodes the start first, then by distance, then by score (heaviest first), then by id
 * @param edges the traversed edges among the returned nodes, as seen in the query's window, heaviest first
 * @param truncated whether more nodes were reached than the limit let through
 */
public record NeighbourhoodResult(List<Reached> nodes, List<Edge> edges, boolean truncated) {
    public NeighbourhoodResult {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
