package org.kgi.graph.scoring;

import java.util.Locale;

/** What {@link Rankings} can rank nodes by. */
public enum Measure {
    /** The number of incident edges (one per relation and neighbour). */
    DEGREE,
    /** The summed weight (evidence count) of the incident edges. */
    WEIGHTED_DEGREE,
    /** PageRank (damping 0.85) over the undirected view, edges weighted by their evidence count. */
    PAGERANK,
    /** Betweenness centrality over the undirected simple view (see {@link BrandesBetweenness}). */
    BETWEENNESS;

    /** The lower snake case name used in query parameters, e.g. {@code weighted_degree}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label such as {@code pagerank} or {@code weighted-degree} (any case). */
    public static Measure parse(String label) {
        if (label != null) {
            String key = label.strip().replace('-', '_');
            for (Measure m : values()) {
                if (m.name().equalsIgnoreCase(key)) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("unknown ranking '" + label
                + "' (expected degree, weighted_degree, pagerank or betweenness)");
    }
}
