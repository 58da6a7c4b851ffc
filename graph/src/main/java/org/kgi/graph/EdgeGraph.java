package org.kgi.graph;

import java.util.LinkedHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.GraphSpecificsStrategy;
import org.jgrapht.graph.IntrusiveEdgesSpecifics;
import org.jgrapht.graph.UniformIntrusiveEdgesSpecifics;
import org.jgrapht.graph.specifics.ArrayUnenforcedSetEdgeSetFactory;
import org.jgrapht.graph.specifics.DirectedSpecifics;
import org.jgrapht.graph.specifics.Specifics;

/**
 * The JGraphT graph behind a {@link KnowledgeGraph}: a directed multigraph (several relations may join the same
 * pair) without self-loops, whose internal maps are pre-sized and insertion-ordered (so iteration is
 * deterministic), and without JGraphT's "fast lookup" pair index: the builder already merges edges by
 * (source, target, relation), so that index would only cost memory.
 */
final class EdgeGraph extends AbstractBaseGraph<String, Edge> {
    private static final long serialVersionUID = 1L;

    EdgeGraph(int expectedNodes, int expectedEdges) {
        super(null, null, new DefaultGraphType.Builder().directed().allowMultipleEdges(true).allowSelfLoops(false)
                .weighted(false).build(), new Presized(expectedNodes, expectedEdges));
    }

    private record Presized(int nodes, int edges) implements GraphSpecificsStrategy<String, Edge> {
        private static final long serialVersionUID = 1L;

        @Override
        public Function<GraphType, IntrusiveEdgesSpecifics<String, Edge>> getIntrusiveEdgesSpecificsFactory() {
            int capacity = capacity(edges);
            return type -> new UniformIntrusiveEdgesSpecifics<>(new LinkedHashMap<>(capacity));
        }

        @Override
        public BiFunction<Graph<String, Edge>, GraphType, Specifics<String, Edge>> getSpecificsFactory() {
            int capacity = capacity(nodes);
            return (graph, type) -> new DirectedSpecifics<>(graph, new LinkedHashMap<>(capacity),
                    new ArrayUnenforcedSetEdgeSetFactory<>());
        }

        private static int capacity(int expected) {
            return (int) Math.min(1 << 30, Math.max(16, expected * 4L / 3 + 1));
        }
    }
}
