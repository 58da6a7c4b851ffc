package org.kgi.indexer.snapshot;

import java.util.Objects;
import org.kgi.graph.KnowledgeGraph;

/**
 * What was derived from one index generation: the entity catalog and the knowledge graph. Immutable.
 *
 * @param version   the index reader version it was built from
 * @param documents live reports in that generation
 */
public record IndexSnapshot(long version, int documents, EntityCatalog catalog, KnowledgeGraph graph) {
    public static final IndexSnapshot EMPTY = new IndexSnapshot(-1, 0, EntityCatalog.EMPTY, KnowledgeGraph.builder(0, 0).build());

    public IndexSnapshot {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(graph, "graph");
    }
}
