package org.kgi.indexer.snapshot;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link IndexSnapshot} in step with a {@link SearcherManager}: {@link #current()} returns the
 * snapshot of the newest refreshed reader, building it first if the index changed since the last one (so a
 * process that never asks, such as a batch indexing run, never pays for it). Readers always get a complete
 * snapshot; one built for an older generation is never mixed with a newer one.
 */
public final class SnapshotManager {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotManager.class);
    private final SearcherManager searchers;
    private volatile IndexSnapshot current = IndexSnapshot.EMPTY;

    public SnapshotManager(SearcherManager searchers) {
        this.searchers = searchers;
    }

    /** The snapshot of the index as searches currently see it. */
    public IndexSnapshot current() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                DirectoryReader reader = (DirectoryReader) s.getIndexReader();
                IndexSnapshot snap = current;
                return snap.version() == reader.getVersion() && snap.documents() == reader.numDocs() ? snap : rebuild(reader);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private synchronized IndexSnapshot rebuild(DirectoryReader reader) throws IOException {
        IndexSnapshot snap = current;
        if (snap.version() == reader.getVersion() && snap.documents() == reader.numDocs()) {
            return snap;
        }
        long start = System.nanoTime();
        IndexSnapshot next = SnapshotBuilder.build(reader);
        current = next;
        LOG.info("snapshot of {} reports built in {} ms", next.documents(), (System.nanoTime() - start) / 1_000_000);
        return next;
    }
}
