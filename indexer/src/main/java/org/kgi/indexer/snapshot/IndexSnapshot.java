package org.kgi.indexer.snapshot;

import java.util.Objects;

/**
 * What was derived from one index generation: the entity catalog (and the knowledge graph). Immutable.
 *
 * @param version   the index reader version it was built from
 * @param documents live reports in that generation
 */
public record IndexSnapshot(long version, int documents, EntityCatalog catalog) {
    public static final IndexSnapshot EMPTY = new IndexSnapshot(-1, 0, EntityCatalog.EMPTY);

    public IndexSnapshot {
        Objects.requireNonNull(catalog, "catalog");
    }
}
