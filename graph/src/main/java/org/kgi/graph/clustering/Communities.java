package org.kgi.graph.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.kgi.graph.Edge;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.NodeFilter;

/**
 * Communities by label propagation (JGraphT's {@link LabelPropagationClustering}, seeded so that a snapshot always
 * gives the same answer) over the simple undirected graph of the nodes of the chosen kinds and the edges between
 * them. Communities smaller than {@code minSize} (isolated nodes, mostly) are left out. Computed once, on first use;
 * thread-safe.
 */
public final class Communities {
    private final KnowledgeGraph graph;
    private final Set<Kind> kinds;
    private final boolean generic;
    private final int minSize;
    private final long seed;
    private volatile List<Community> communities;
    private volatile Map<String, Community> byMember;

    /** Communities of actors with at least 2 members, seed 42. */
    public Communities(KnowledgeGraph graph) {
        this(graph, EnumSet.of(Kind.ACTOR), 2, 42);
    }

    /**
     * @param kinds the kinds of node clustered (e.g. actors, or actors and places); not empty
     * @param minSize the smallest community reported (>= 1)
     * @param seed the label propagation seed
     */
    public Communities(KnowledgeGraph graph, Set<Kind> kinds, int minSize, long seed) {
        this(graph, kinds, true, minSize, seed);
    }

    /**
     * @param generic whether the generic actors ("civilians", "police", "unidentified gunmen") are clustered too: hubs
     *                of many reports' events, they pull unrelated actors into one community
     */
    public Communities(KnowledgeGraph graph, Set<Kind> kinds, boolean generic, int minSize, long seed) {
        if (graph == null || kinds == null || kinds.isEmpty() || minSize < 1) {
            throw new IllegalArgumentException("Communities needs a graph, at least one kind and minSize >= 1");
        }
        this.graph = graph;
        this.generic = generic;
        this.kinds = EnumSet.copyOf(kinds);
        this.minSize = minSize;
        this.seed = seed;
    }

    /** The communities, largest first (ties by first member's id). */
    public List<Community> communities() {
        List<Community> c = communities;
        if (c == null) {
            synchronized (this) {
                c = communities;
                if (c == null) {
                    c = compute();
                    Map<String, Community> index = new HashMap<>();
                    for (Community community : c) {
                        community.members().forEach(m -> index.put(m, community));
                    }
                    byMember = index;
                    communities = c;
                }
            }
        }
        return c;
    }

    /** The community of a node, if it is in one. */
    public Optional<Community> communityOf(String id) {
        communities();
        return Optional.ofNullable(byMember.get(id));
    }

    private List<Community> compute() {
        Graph<String, DefaultEdge> sub = new SimpleGraph<>(DefaultEdge.class);
        NodeFilter clustered = new NodeFilter(kinds, Set.of(), generic);
        for (Node n : graph.nodes()) {
            if (clustered.test(n)) {
                sub.addVertex(n.id());
            }
        }
        for (Edge e : graph.edges()) {
            if (sub.containsVertex(e.source()) && sub.containsVertex(e.target())) {
                sub.addEdge(e.source(), e.target());
            }
        }
        List<List<String>> groups = new ArrayList<>();
        for (Set<String> cluster : new LabelPropagationClustering<>(sub, new Random(seed)).getClustering()) {
            if (cluster.size() >= minSize) {
                List<String> members = new ArrayList<>(cluster);
                members.sort(Comparator.comparingInt(graph::degree).reversed().thenComparing(Comparator.naturalOrder()));
                groups.add(members);
            }
        }
        groups.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(m -> m.get(0)));
        List<Community> result = new ArrayList<>(groups.size());
        for (List<String> members : groups) {
            result.add(new Community(result.size(), members));
        }
        return List.copyOf(result);
    }
}
