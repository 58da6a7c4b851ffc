package org.kgi.graph;

/**
 * The int-level view of a {@link KnowledgeGraph}, for searches that must not allocate per edge: vertices are
 * ordinals {@code 0..vertexCount()-1} (in node insertion order), edges are ordinals {@code 0..edgeCount()-1} (in
 * edge insertion order). The edges touching a vertex are numbered {@code 0..degree(v)-1}: its outgoing edges, then
 * its incoming ones, each in insertion order (the order of {@link KnowledgeGraph#edgesOf}). Immutable.
 */
public final class GraphStore {
    private final IdTable index;
    private final EventColumns ids; // the ids, and the compact events (whose nodes[v] is null)
    private final Node[] nodes;
    private final EdgeData edges;
    private final int[] start; // the edges touching v are adjacency entries start[v]..start[v + 1]-1
    private final int[] outCount; // of which the first outCount[v] are its outgoing edges
    private final int[] adjEdge; // per entry: the edge,
    private final int[] adjNeighbour; // the vertex at its other end,
    private final int[] adjInfo; // and its relation (top 4 bits) and weight (low 28 bits, saturated)

    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int WEIGHT_BITS = 28;
    private static final int WEIGHT_MASK = (1 << WEIGHT_BITS) - 1;

    GraphStore(IdTable index, Node[] nodes, EdgeData edges) {
        this.index = index;
        this.ids = edges.ids;
        this.nodes = nodes;
        this.edges = edges;
        int n = nodes.length;
        int m = edges.count;
        start = new int[n + 1];
        outCount = new int[n];
        for (int e = 0; e < m; e++) {
            start[edges.src[e] + 1]++;
            start[edges.dst[e] + 1]++;
            outCount[edges.src[e]]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        adjEdge = new int[2 * m];
        adjNeighbour = new int[2 * m];
        adjInfo = new int[2 * m];
        int[] outFill = new int[n];
        int[] inFill = new int[n];
        for (int v = 0; v < n; v++) {
            outFill[v] = start[v];
            inFill[v] = start[v] + outCount[v];
        }
        for (int e = 0; e < m; e++) { // in edge order, so that each vertex's outgoing and incoming edges keep it
            int s = edges.src[e];
            int t = edges.dst[e];
            int info = edges.rel[e] << WEIGHT_BITS | (int) Math.min(WEIGHT_MASK, edges.weight(e));
            put(outFill[s]++, e, t, info);
            put(inFill[t]++, e, s, info);
        }
    }

    private void put(int i, int e, int neighbour, int info) {
        adjEdge[i] = e;
        adjNeighbour[i] = neighbour;
        adjInfo[i] = info;
    }

    /**
     * A structure derived from this (immutable) store, computed once by {@code make} on first use and shared by every
     * query after: the store's own cache, so that it lives exactly as long as the graph does.
     */
    public <T> T derived(Class<T> type, java.util.function.Function<GraphStore, T> make) {
        return type.cast(derived.computeIfAbsent(type, k -> make.apply(this)));
    }

    public int vertexCount() {
        return nodes.length;
    }

    public int edgeCount() {
        return edges.count;
    }

    /** The ordinal of the node with this id, or -1. */
    public int ordinal(String id) {
        int v = index.get(id);
        return v >= 0 || id == null ? v : ids.find(id);
    }

    public String id(int v) {
        return ids.id(v);
    }

    /** The node of vertex {@code v} (a compact event's is made now: ask {@link #kind} for the kind alone). */
    public Node node(int v) {
        Node n = nodes[v];
        return n != null ? n : ids.node(v);
    }

    /** {@code id(a).compareTo(id(b))}, without making the ids of compact events (for sorting millions of them). */
    public int compareIds(int a, int b) {
        return ids.compareIds(a, b);
    }

    public Kind kind(int v) {
        Node n = nodes[v];
        return n != null ? n.kind() : Kind.EVENT;
    }

    /** The number of edges touching vertex {@code v}, in either direction. */
    public int degree(int v) {
        return start[v + 1] - start[v];
    }

    public int outDegree(int v) {
        return outCount[v];
    }

    public int inDegree(int v) {
        return start[v + 1] - start[v] - outCount[v];
    }

    /** The {@code k}-th edge touching {@code v} ({@code 0 <= k < degree(v)}): outgoing ones first. */
    public int edgeOf(int v, int k) {
        return adjEdge[start[v] + k];
    }

    /** The {@code k}-th outgoing edge of {@code v}. */
    public int outEdge(int v, int k) {
        return adjEdge[start[v] + k];
    }

    /**
     * The first adjacency entry of {@code v}: the edges touching {@code v} are the entries {@code first(v)} to
     * {@code first(v + 1) - 1}, outgoing ones first, each giving {@link #entryEdge} and {@link #entryNeighbour}
     * from arrays read in sequence (a hub's edges are scattered over the edge columns; its entries are not).
     */
    public int first(int v) {
        return start[v];
    }

    /** The edge of an adjacency entry. */
    public int entryEdge(int i) {
        return adjEdge[i];
    }

    /** The vertex at the other end of an adjacency entry's edge. */
    public int entryNeighbour(int i) {
        return adjNeighbour[i];
    }

    public int source(int e) {
        return edges.src[e];
    }

    public int target(int e) {
        return edges.dst[e];
    }

    /** The other end of edge {@code e} from vertex {@code v}. */
    public int opposite(int e, int v) {
        int s = edges.src[e];
        return s == v ? edges.dst[e] : s;
    }

    public Relation relation(int e) {
        return edges.relation(e);
    }

    public long weight(int e) {
        return edges.weight(e);
    }

    /** The weight of edge {@code e} under the filter ({@link EdgeFilter#weight}): 0 when it is excluded. */
    public long weight(int e, EdgeFilter filter) {
        return edges.weight(e, filter);
    }

    /** The weight of edges under a filter, with the filter's relations and days looked up once. */
    public Weigher weigher(EdgeFilter filter) {
        return new Weigher(edges, filter);
    }

    /** {@link #weight(int, EdgeFilter)} for one filter, prepared: no per-edge date arithmetic or set lookup. */
    public final class Weigher {
        private final EdgeData edges;
        private final boolean[] relations;
        private final boolean unbounded;
        private final int fromDay;
        private final int toDay;

        Weigher(EdgeData edges, EdgeFilter filter) {
            this.edges = edges;
            this.relations = new boolean[Relation.values().length];
            for (Relation r : Relation.values()) {
                relations[r.ordinal()] = filter.relations().isEmpty() || filter.relations().contains(r);
            }
            this.unbounded = filter.window().isUnbounded();
            this.fromDay = filter.window().fromDay();
            this.toDay = filter.window().toDay();
        }

        /** The weight of the edge of adjacency entry {@code i}: 0 when the filter excludes it. */
        public long entryWeight(int i) {
            int info = adjInfo[i];
            if (!relations[info >>> WEIGHT_BITS]) {
                return 0;
            }
            int w = info & WEIGHT_MASK;
            return unbounded && w < WEIGHT_MASK ? w : weight(adjEdge[i]);
        }

        /** The weight of edge {@code e}: 0 when the filter excludes it. */
        public long weight(int e) {
            if (!relations[edges.rel[e]]) {
                return 0;
            }
            return unbounded ? edges.weight(e) : edges.weightWithin(e, fromDay, toDay);
        }
    }

    /** Edge {@code e} as an object. */
    public Edge edge(int e) {
        return new Edge(edges, e);
    }

    /** The ordinal of an edge of this graph, or -1 when it belongs to another graph (or is a restricted copy). */
    public int ordinal(Edge e) {
        return e != null && e.data() == edges ? e.index() : -1;
    }


    EdgeData edges() {
        return edges;
    }
}
