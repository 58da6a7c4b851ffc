package org.kgi.graph;

/**
 * The int-level view of a {@link KnowledgeGraph}, for searches that must not allocate per edge: vertices are
 * ordinals {@code 0..vertexCount()-1} (in node insertion order), edges are ordinals {@code 0..edgeCount()-1} (in
 * edge insertion order). The edges touching a vertex are numbered {@code 0..degree(v)-1}: its outgoing edges, then
 * its incoming ones, each in insertion order (the order of {@link KnowledgeGraph#edgesOf}). Immutable.
 */
public final class GraphStore {
    private final IdTable index;
    private final String[] ids;
    private final Node[] nodes;
    private final EdgeData edges;
    private final int[] outStart;
    private final int[] out;
    private final int[] inStart;
    private final int[] in;

    GraphStore(IdTable index, Node[] nodes, EdgeData edges) {
        this.index = index;
        this.ids = edges.ids;
        this.nodes = nodes;
        this.edges = edges;
        int n = nodes.length;
        int m = edges.count;
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            outStart[edges.src[e] + 1]++;
            inStart[edges.dst[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            outStart[v + 1] += outStart[v];
            inStart[v + 1] += inStart[v];
        }
        out = new int[m];
        in = new int[m];
        int[] outFill = outStart.clone();
        int[] inFill = inStart.clone();
        for (int e = 0; e < m; e++) {
            out[outFill[edges.src[e]]++] = e;
            in[inFill[edges.dst[e]]++] = e;
        }
    }

    public int vertexCount() {
        return nodes.length;
    }

    public int edgeCount() {
        return edges.count;
    }

    /** The ordinal of the node with this id, or -1. */
    public int ordinal(String id) {
        return index.get(id);
    }

    public String id(int v) {
        return ids[v];
    }

    public Node node(int v) {
        return nodes[v];
    }

    /** The number of edges touching vertex {@code v}, in either direction. */
    public int degree(int v) {
        return outStart[v + 1] - outStart[v] + inStart[v + 1] - inStart[v];
    }

    public int outDegree(int v) {
        return outStart[v + 1] - outStart[v];
    }

    public int inDegree(int v) {
        return inStart[v + 1] - inStart[v];
    }

    /** The {@code k}-th edge touching {@code v} ({@code 0 <= k < degree(v)}): outgoing ones first. */
    public int edgeOf(int v, int k) {
        int outs = outStart[v + 1] - outStart[v];
        return k < outs ? out[outStart[v] + k] : in[inStart[v] + k - outs];
    }

    /** The {@code k}-th outgoing edge of {@code v}. */
    public int outEdge(int v, int k) {
        return out[outStart[v] + k];
    }

    /** The {@code k}-th incoming edge of {@code v}. */
    public int inEdge(int v, int k) {
        return in[inStart[v] + k];
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
    public static final class Weigher {
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

    IdTable index() {
        return index;
    }

    Node[] nodes() {
        return nodes;
    }

    EdgeData edges() {
        return edges;
    }
}
