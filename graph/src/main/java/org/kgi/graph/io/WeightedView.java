package org.kgi.graph.io;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsWeightedGraph;
import org.kgi.graph.Edge;

/** The graph with each edge weighted by its evidence count, for exporters that write JGraphT edge weights. */
final class WeightedView extends AsWeightedGraph<String, Edge> {
    private static final long serialVersionUID = 1L;

    WeightedView(Graph<String, Edge> graph) {
        super(graph, e -> (double) e.weight(), false, false);
    }
}
