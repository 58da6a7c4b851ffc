package org.kgi.graph;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The JGraphT graph behind a {@link KnowledgeGraph}: an unmodifiable directed multigraph (several relations may join
 * the same pair; no self-loops) over node ids, stored as compressed adjacency arrays: for each vertex its outgoing
 * and its incoming edges are a slice of one array each. Every JGraphT algorithm works on it through the
 * {@link org.jgrapht.Graph} interface.
 *
 * <p>Why not {@code DirectedMultigraph}: it keeps a hash map entry per edge (edge to endpoints) and a growing set per
 * vertex, so building a million edges spent seconds in hash lookups and GC. Here an {@link Edge} knows its ends, the
 * arrays are filled in two counting passes, and building costs two id lookups per edge. The price:
 * {@link #containsEdge(Edge)} scans the source's outgoing edges (O(degree)).
 */
final class CompactGraph extends AbstractGraph<String, Edge> {
    private static final GraphType TYPE = new DefaultGraphType.Builder().directed().allowMultipleEdges(true)
            .allowSelfLoops(false).weighted(false).modifiable(false).build();

    private final Map<String, Integer> index;
    private final Set<String> vertexSet;
    private final Edge[] edges;
    private final int[] outStart;
    private final Edge[] out;
    private final int[] inStart;
    private final Edge[] in;
    private final Set<Edge> edgeSet;

    /** The graph of these vertices and edges (whose ends must be among the vertices), in their order. */
    CompactGraph(Iterable<String> vertices, int vertexCount, List<Edge> edgeList) {
        index = new LinkedHashMap<>(Math.max(16, vertexCount * 4 / 3 + 1));
        for (String v : vertices) {
            index.put(v, index.size());
        }
        int n = index.size();
        vertexSet = Collections.unmodifiableSet(index.keySet());
        edges = edgeList.toArray(Edge[]::new);
        int[] src = new int[edges.length];
        int[] dst = new int[edges.length];
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        for (int i = 0; i < edges.length; i++) {
            src[i] = vertex(edges[i].source());
            dst[i] = vertex(edges[i].target());
            outStart[src[i] + 1]++;
            inStart[dst[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            outStart[v + 1] += outStart[v];
            inStart[v + 1] += inStart[v];
        }
        out = new Edge[edges.length];
        in = new Edge[edges.length];
        int[] outFill = outStart.clone();
        int[] inFill = inStart.clone();
        for (int i = 0; i < edges.length; i++) {
            out[outFill[src[i]]++] = edges[i];
            in[inFill[dst[i]]++] = edges[i];
        }
        edgeSet = new Slice(edges, 0, edges.length, null, 0, 0) {
            @Override
            public boolean contains(Object o) {
                return o instanceof Edge e && containsEdge(e);
            }
        };
    }

    private int vertex(String v) {
        Integer i = index.get(v);
        if (i == null) {
            throw new IllegalArgumentException("no vertex " + v + " in the graph");
        }
        return i;
    }

    @Override
    public Set<Edge> getAllEdges(String source, String target) {
        Integer s = source == null ? null : index.get(source);
        if (s == null || target == null || !index.containsKey(target)) {
            return null; // the Graph contract for absent vertices
        }
        Set<Edge> found = new java.util.LinkedHashSet<>();
        for (int i = outStart[s]; i < outStart[s + 1]; i++) {
            if (out[i].target().equals(target)) {
                found.add(out[i]);
            }
        }
        return Collections.unmodifiableSet(found);
    }

    @Override
    public Edge getEdge(String source, String target) {
        Integer s = source == null ? null : index.get(source);
        if (s == null) {
            return null;
        }
        for (int i = outStart[s]; i < outStart[s + 1]; i++) {
            if (out[i].target().equals(target)) {
                return out[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsEdge(Edge e) {
        Integer s = e == null ? null : index.get(e.source());
        if (s == null) {
            return false;
        }
        for (int i = outStart[s]; i < outStart[s + 1]; i++) {
            if (out[i] == e) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean containsVertex(String v) {
        return index.containsKey(v);
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
        int i = vertex(v);
        return outStart[i + 1] - outStart[i] + inStart[i + 1] - inStart[i];
    }

    @Override
    public Set<Edge> edgesOf(String v) {
        int i = vertex(v);
        return new Slice(out, outStart[i], outStart[i + 1], in, inStart[i], inStart[i + 1]);
    }

    @Override
    public int inDegreeOf(String v) {
        int i = vertex(v);
        return inStart[i + 1] - inStart[i];
    }

    @Override
    public Set<Edge> incomingEdgesOf(String v) {
        int i = vertex(v);
        return new Slice(in, inStart[i], inStart[i + 1], null, 0, 0);
    }

    @Override
    public int outDegreeOf(String v) {
        int i = vertex(v);
        return outStart[i + 1] - outStart[i];
    }

    @Override
    public Set<Edge> outgoingEdgesOf(String v) {
        int i = vertex(v);
        return new Slice(out, outStart[i], outStart[i + 1], null, 0, 0);
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

    /** An unmodifiable set over one or two ranges of edge arrays (distinct edges: no self-loops). */
    private static class Slice extends AbstractSet<Edge> {
        private final Edge[] a;
        private final int aFrom;
        private final int aTo;
        private final Edge[] b;
        private final int bFrom;
        private final int bTo;

        Slice(Edge[] a, int aFrom, int aTo, Edge[] b, int bFrom, int bTo) {
            this.a = a;
            this.aFrom = aFrom;
            this.aTo = aTo;
            this.b = b;
            this.bFrom = bFrom;
            this.bTo = bTo;
        }

        @Override
        public int size() {
            return aTo - aFrom + bTo - bFrom;
        }

        @Override
        public boolean contains(Object o) {
            for (int i = aFrom; i < aTo; i++) {
                if (a[i] == o) {
                    return true;
                }
            }
            for (int i = bFrom; i < bTo; i++) {
                if (b[i] == o) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Iterator<Edge> iterator() {
            return new Iterator<>() {
                private int i = aFrom;
                private int j = bFrom;

                @Override
                public boolean hasNext() {
                    return i < aTo || j < bTo;
                }

                @Override
                public Edge next() {
                    if (i < aTo) {
                        return a[i++];
                    }
                    if (j < bTo) {
                        return b[j++];
                    }
                    throw new NoSuchElementException();
                }
            };
        }
    }
}
