package org.kgi.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUndirectedGraph;

/**
 * An immutable snapshot of the knowledge graph: nodes (by id) and typed, evidence-carrying edges, held in a JGraphT
 * directed multigraph whose vertices are the node ids. Safe to share between threads; every query in this module
 * takes one. Built with {@link #builder()}; {@link #window} cuts a time slice that is itself a
 * {@code KnowledgeGraph}.
 */
public final class KnowledgeGraph {
    private final Map<String, Node> nodes;
    private final Graph<String, Edge> directed;
    private final Graph<String, Edge> undirected;
    private final DateWindow window;
    private final long droppedLinks;

    KnowledgeGraph(Map<String, Node> nodes, List<Edge> edges, DateWindow window, long droppedLinks) {
        CompactGraph graph = new CompactGraph(nodes.keySet(), nodes.size(), edges);
        this.nodes = Collections.unmodifiableMap(nodes);
        this.directed = graph;
        this.undirected = new AsUndirectedGraph<>(graph);
        this.window = window;
        this.droppedLinks = droppedLinks;
    }

    /** A builder for a graph of unknown size. */
    public static Builder builder() {
        return new Builder(1 << 10, 1 << 12);
    }

    /** A builder whose maps are sized for about this many nodes and edges (saves rehashing on big builds). */
    public static Builder builder(int expectedNodes, int expectedEdges) {
        return new Builder(expectedNodes, expectedEdges);
    }

    /** The node with this id, if present. */
    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The node with this id, or {@link UnknownNodeException}. */
    public Node requireNode(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new UnknownNodeException(id);
        }
        return node;
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** All nodes, in insertion order. */
    public Collection<Node> nodes() {
        return nodes.values();
    }

    /** All edges, in insertion order. */
    public Set<Edge> edges() {
        return directed.edgeSet();
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return directed.edgeSet().size();
    }

    /** The edges touching a node, in either direction. */
    public Set<Edge> edgesOf(String id) {
        requireNode(id);
        return undirected.edgesOf(id);
    }

    /** The number of edges touching a node, in either direction (one per relation and neighbour). */
    public int degree(String id) {
        requireNode(id);
        return undirected.degreeOf(id);
    }

    /** The sum of the weights of the edges touching a node. */
    public long weightedDegree(String id) {
        long sum = 0;
        for (Edge e : edgesOf(id)) {
            sum += e.weight();
        }
        return sum;
    }

    /**
     * The directed multigraph (unmodifiable; compact adjacency arrays, see {@code CompactGraph}): vertices are node
     * ids, edges point from source to target. Any JGraphT algorithm can run on it.
     */
    public Graph<String, Edge> graph() {
        return directed;
    }

    /** The same graph seen as undirected (unmodifiable), for connectivity, paths and centralities. */
    public Graph<String, Edge> undirectedGraph() {
        return undirected;
    }

    /** The window this snapshot was cut to ({@link DateWindow#ALL} for the whole graph). */
    public DateWindow window() {
        return window;
    }

    /** Links given to the builder that were dropped: an unknown end, or a node linked to itself. */
    public long droppedLinks() {
        return droppedLinks;
    }

    /** Same as {@link #window(DateWindow)}; either bound may be null. */
    public KnowledgeGraph window(LocalDate from, LocalDate to) {
        return window(DateWindow.of(from, to));
    }

    /**
     * The time slice: the edges with at least one evidence item dated within the window, each with its weight,
     * dates and evidence restricted to that window ({@link Edge#restrictTo}), and only the nodes those edges
     * touch. Costs one pass over the edges (O(E)); queries with a window parameter filter on the fly instead.
     * Returns this graph for {@link DateWindow#ALL}.
     */
    public KnowledgeGraph window(DateWindow slice) {
        if (slice.isUnbounded()) {
            return this;
        }
        DateWindow effective = intersect(window, slice);
        List<Edge> kept = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (Edge e : directed.edgeSet()) {
            Optional<Edge> inside = effective == null ? Optional.empty() : e.restrictTo(effective);
            if (inside.isPresent()) {
                kept.add(inside.get());
                touched.add(e.source());
                touched.add(e.target());
            }
        }
        Map<String, Node> keptNodes = new LinkedHashMap<>(touched.size() * 4 / 3 + 1);
        for (Node n : nodes.values()) {
            if (touched.contains(n.id())) {
                keptNodes.put(n.id(), n);
            }
        }
        return new KnowledgeGraph(keptNodes, kept, effective == null ? slice : effective, 0);
    }

    /** The intersection of two windows, or null when it is empty. */
    private static DateWindow intersect(DateWindow a, DateWindow b) {
        LocalDate from = a.from() == null ? b.from() : b.from() == null ? a.from()
                : a.from().isAfter(b.from()) ? a.from() : b.from();
        LocalDate to = a.to() == null ? b.to() : b.to() == null ? a.to() : a.to().isBefore(b.to()) ? a.to() : b.to();
        return from != null && to != null && from.isAfter(to) ? null : DateWindow.of(from, to);
    }

    /**
     * Collects nodes and links, then {@link #build()}s the immutable graph. Not thread-safe; use once.
     *
     * <p>Nodes: a later {@link #addNode} for a known id is merged into the first ({@link Node#mergedWith}).
     * Links: one edge per (source, target, relation), symmetric relations with source &lt; target, each link adding
     * its evidence. Links may be added before their nodes; at {@link #build()} links whose source or target never
     * became a node, and links from a node to itself, are dropped and counted in
     * {@link KnowledgeGraph#droppedLinks()} (extraction noise should not fail a whole index run).
     */
    public static final class Builder {
        private final Map<String, Node> nodes;
        private final Map<EdgeKey, EdgeAccumulator> links;
        private long selfLinks;
        private boolean built;

        private Builder(int expectedNodes, int expectedEdges) {
            if (expectedNodes < 0 || expectedEdges < 0) {
                throw new IllegalArgumentException("expected sizes must be >= 0");
            }
            this.nodes = new LinkedHashMap<>(Math.max(16, expectedNodes * 4 / 3 + 1));
            this.links = new LinkedHashMap<>(Math.max(16, expectedEdges * 4 / 3 + 1));
        }

        /** Adds a node, or merges it into the node already added with the same id. */
        public Builder addNode(Node node) {
            checkOpen();
            nodes.merge(node.id(), node, Node::mergedWith);
            return this;
        }

        /** Adds one piece of evidence for the edge (source, target, relation), creating the edge if needed. */
        public Builder addLink(String source, String target, Relation relation, Evidence evidence) {
            checkOpen();
            if (source == null || target == null || relation == null || evidence == null) {
                throw new IllegalArgumentException("addLink needs a source, target, relation and evidence");
            }
            if (source.equals(target)) {
                selfLinks++;
                return this;
            }
            if (relation.isSymmetric() && source.compareTo(target) > 0) {
                String swap = source;
                source = target;
                target = swap;
            }
            links.computeIfAbsent(new EdgeKey(source, target, relation), k -> new EdgeAccumulator()).add(evidence);
            return this;
        }

        /** The immutable graph. The builder cannot be used afterwards. */
        public KnowledgeGraph build() {
            checkOpen();
            built = true;
            List<Edge> edges = new ArrayList<>(links.size());
            long dropped = selfLinks;
            for (Map.Entry<EdgeKey, EdgeAccumulator> link : links.entrySet()) {
                EdgeKey key = link.getKey();
                Node source = nodes.get(key.source());
                Node target = nodes.get(key.target());
                if (source == null || target == null) {
                    dropped += link.getValue().count();
                } else { // the node's own id string, so that each id is stored once
                    edges.add(link.getValue().toEdge(source.id(), target.id(), key.relation()));
                }
            }
            links.clear();
            return new KnowledgeGraph(nodes, edges, DateWindow.ALL, dropped);
        }

        private void checkOpen() {
            if (built) {
                throw new IllegalStateException("this builder has already built its graph");
            }
        }

        private record EdgeKey(String source, String target, Relation relation) {
        }
    }
}
