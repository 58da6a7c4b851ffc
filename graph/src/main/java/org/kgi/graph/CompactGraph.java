package org.kgi.graph;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The JGraphT graph behind a {@link KnowledgeGraph}: an unmodifiable directed multigraph (several relations may join
 * the same pair; no self-loops) over node ids, a view of the {@link GraphStore}'s compressed adjacency arrays (for
 * each vertex its outgoing and its incoming edge ordinals are a slice of one int array each). Every JGraphT
 * algorithm works on it through the {@link org.jgrapht.Graph} interface.
 *
 * <p>No object is kept per vertex or edge: the vertices are the node id strings, and the {@link Edge}s are made as
 * the sets are iterated (equal when they are the same row, see {@link Edge#equals}).
 */
final class CompactGraph extends AbstractGraph<String, Edge> {
    private static final GraphType TYPE = new DefaultGraphType.Builder().directed().allowMultipleEdges(true)
            .allowSelfLoops(false).weighted(false).modifiable(false).build();

    private final GraphStore store;
    private final Set<String> vertexSet;
    private final Set<Edge> edgeSet;

    CompactGraph(GraphStore store) {
        this.store = store;
        this.vertexSet = new Numbered<>(store.vertexCount(), store::id, o -> o instanceof String s && store.ordinal(s) >= 0);
        this.edgeSet = new Numbered<>(store.edgeCount(), store::edge, o -> o instanceof Edge e && containsEdge(e));
    }

    /** An unmodifiable set of the items numbered 0..size-1. */
    private static final class Numbered<T> extends AbstractSet<T> {
        private final int size;
        private final IntFunction<T> item;
        private final Predicate<Object> contains;

        Numbered(int size, IntFunction<T> item, Predicate<Object> contains) {
            this.size = size;
            this.item = item;
            this.contains = contains;
        }

        @Override
        public boolean contains(Object o) {
            return contains.test(o);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < size;
                }

                @Override
                public T next() {
                    if (i >= size) {
                        throw new NoSuchElementException();
                    }
                    return item.apply(i++);
                }
            };
        }
    }

    private int vertex(String v) {
        int i = store.ordinal(v);
        if (i < 0) {
            throw new IllegalArgumentException("no vertex " + v + " in the graph");
        }
        return i;
    }

    @Override
    public Set<Edge> getAllEdges(String source, String target) {
        int s = source == null ? -1 : store.ordinal(source);
        int t = target == null ? -1 : store.ordinal(target);
        if (s < 0 || t < 0) {
            return null; // the Graph contract for absent vertices
        }
        Set<Edge> found = new java.util.LinkedHashSet<>();
        for (int k = 0; k < store.outDegree(s); k++) {
            int e = store.outEdge(s, k);
            if (store.target(e) == t) {
                found.add(store.edge(e));
            }
        }
        return Collections.unmodifiableSet(found);
    }

    @Override
    public Edge getEdge(String source, String target) {
        int s = source == null ? -1 : store.ordinal(source);
        int t = target == null ? -1 : store.ordinal(target);
        if (s < 0 || t < 0) {
            return null;
        }
        for (int k = 0; k < store.outDegree(s); k++) {
            int e = store.outEdge(s, k);
            if (store.target(e) == t) {
                return store.edge(e);
            }
        }
        return null;
    }

    @Override
    public boolean containsEdge(Edge e) {
        return store.ordinal(e) >= 0;
    }

    @Override
    public boolean containsVertex(String v) {
        return store.ordinal(v) >= 0;
    }

    @Override
    public Set<Edge> edgeSet() {
        return edgeSet;
    }

    @Override
    public Set<String> vertexSet() {
        return vertexSet;
    }

    @Override
    public int degreeOf(String v) {
        return store.degree(vertex(v));
    }

    @Override
    public Set<Edge> edgesOf(String v) {
        int i = vertex(v);
        return slice(i, 0, store.degree(i));
    }

    @Override
    public int inDegreeOf(String v) {
        return store.inDegree(vertex(v));
    }

    @Override
    public Set<Edge> incomingEdgesOf(String v) {
        int i = vertex(v);
        return slice(i, store.outDegree(i), store.degree(i));
    }

    @Override
    public int outDegreeOf(String v) {
        return store.outDegree(vertex(v));
    }

    @Override
    public Set<Edge> outgoingEdgesOf(String v) {
        int i = vertex(v);
        return slice(i, 0, store.outDegree(i));
    }

    @Override
    public String getEdgeSource(Edge e) {
        return e.source();
    }

    @Override
    public String getEdgeTarget(Edge e) {
        return e.target();
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Edge e) {
        return DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public Supplier<String> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Edge> getEdgeSupplier() {
        return null;
    }

    @Override
    public Edge addEdge(String source, String target) {
        throw unmodifiable();
    }

    @Override
    public boolean addEdge(String source, String target, Edge e) {
        throw unmodifiable();
    }

    @Override
    public String addVertex() {
        throw unmodifiable();
    }

    @Override
    public boolean addVertex(String v) {
        throw unmodifiable();
    }

    @Override
    public Edge removeEdge(String source, String target) {
        throw unmodifiable();
    }

    @Override
    public boolean removeEdge(Edge e) {
        throw unmodifiable();
    }

    @Override
    public boolean removeVertex(String v) {
        throw unmodifiable();
    }

    @Override
    public void setEdgeWeight(Edge e, double weight) {
        throw unmodifiable();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("a knowledge graph snapshot is immutable");
    }

    /** The edges {@code from..to-1} touching {@code v} (outgoing ones first; distinct edges: no self-loops). */
    private Set<Edge> slice(int v, int from, int to) {
        boolean outs = from == 0 && to > 0;
        boolean ins = to > store.outDegree(v);
        return new Numbered<>(to - from, k -> store.edge(store.edgeOf(v, from + k)), o -> {
            int e = o instanceof Edge edge ? store.ordinal(edge) : -1;
            return e >= 0 && ((outs && store.source(e) == v) || (ins && store.target(e) == v));
        });
    }
}
