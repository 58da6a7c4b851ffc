package org.kgi.indexer.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link IndexSnapshot} in step with a {@link SearcherManager}: after every refresh that changed
 * the index, a new snapshot is built from the new reader and swapped in atomically; until then readers
 * keep the previous, complete one.
 */
public final class SnapshotManager implements ReferenceManager.RefreshListener {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotManager.class);
    private final SearcherManager searchers;
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>(IndexSnapshot.EMPTY);

    private SnapshotManager(SearcherManager searchers) {
        this.searchers = searchers;
    }

    /** Builds the first snapshot now and follows every later refresh of {@code searchers}. */
    public static SnapshotManager follow(SearcherManager searchers) throws IOException {
        SnapshotManager m = new SnapshotManager(searchers);
        m.rebuild();
        searchers.addListener(m);
        return m;
    }

    public IndexSnapshot current() {
        return current.get();
    }

    @Override
    public void beforeRefresh() {
    }

    @Override
    public void afterRefresh(boolean didRefresh) {
        if (didRefresh) {
            try {
                rebuild();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private synchronized void rebuild() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            DirectoryReader reader = (DirectoryReader) s.getIndexReader();
            if (reader.getVersion() == current.get().version()) {
                return;
            }
            long start = System.nanoTime();
            IndexSnapshot next = SnapshotBuilder.build(reader);
            current.set(next);
            LOG.debug("snapshot of index version {} built in {} ms", next.version(), (System.nanoTime() - start) / 1_000_000);
        } finally {
            searchers.release(s);
        }
    }
}
