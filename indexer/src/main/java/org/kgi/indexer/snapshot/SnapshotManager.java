package org.kgi.indexer.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what is derived from the index in step with a {@link SearcherManager}, built on first use after each
 * change: the entity catalog ({@link #catalog()}, cheap, used by every search) and the whole snapshot with the
 * knowledge graph ({@link #current()}, costly, used by graph queries). A process that never asks (a batch
 * indexing run) never pays for them. Readers always get a complete one, built from one reader generation.
 */
public final class SnapshotManager {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotManager.class);

    /** A catalog and the reader generation it was built from. */
    private record Catalog(long version, int documents, EntityCatalog catalog) {
    }

    private final SearcherManager searchers;
    /** Graph builds wait for each other, not for catalog builds. */
    private final Object graphLock = new Object();
    private volatile Catalog catalog = new Catalog(-1, 0, EntityCatalog.EMPTY);
    private volatile IndexSnapshot full = IndexSnapshot.EMPTY;
    /** Whether a {@link #warm} build is running. */
    private final AtomicBoolean warming = new AtomicBoolean();

    public SnapshotManager(SearcherManager searchers) {
        this.searchers = searchers;
    }

    /** The entity catalog of the index as searches currently see it. */
    public EntityCatalog catalog() {
        return withReader(reader -> {
            IndexSnapshot f = full;
            if (same(f.version(), f.documents(), reader)) {
                return f.catalog();
            }
            Catalog c = catalog;
            return same(c.version(), c.documents(), reader) ? c.catalog() : rebuildCatalog(reader);
        });
    }

    /** The snapshot, with the knowledge graph, of the index as searches currently see it. */
    public IndexSnapshot current() {
        return withReader(reader -> {
            IndexSnapshot f = full;
            return same(f.version(), f.documents(), reader) ? f : rebuild(reader);
        });
    }

    /** Whether {@link #current()} would answer at once (the graph of the current generation is built). */
    public boolean graphReady() {
        return withReader(reader -> same(full.version(), full.documents(), reader));
    }

    /** The last snapshot built, maybe of an earlier generation of the index ({@link IndexSnapshot#EMPTY} at first). */
    public IndexSnapshot lastBuilt() {
        return full;
    }

    /**
     * Builds the graph of the current generation on a background thread, unless it is built or being built: a server
     * whose index changed need not wait for a graph query to start the rebuild.
     */
    public void warm() {
        if (graphReady() || !warming.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform().name("kgi-graph-warm").daemon().priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                current();
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.warn("building the knowledge graph failed: {}", e.toString());
            } finally {
                warming.set(false);
            }
        });
    }

    /** Live reports now. */
    public int documents() {
        return withReader(DirectoryReader::numDocs);
    }

    private static boolean same(long version, int documents, DirectoryReader reader) {
        return version == reader.getVersion() && documents == reader.numDocs();
    }

    private synchronized EntityCatalog rebuildCatalog(DirectoryReader reader) throws IOException {
        Catalog c = catalog;
        if (same(c.version(), c.documents(), reader)) {
            return c.catalog();
        }
        long start = System.nanoTime();
        EntityCatalog built = SnapshotBuilder.buildCatalog(reader);
        catalog = new Catalog(reader.getVersion(), reader.numDocs(), built);
        LOG.info("entity catalog of {} reports built in {} ms", reader.numDocs(), (System.nanoTime() - start) / 1_000_000);
        return built;
    }

    private IndexSnapshot rebuild(DirectoryReader reader) throws IOException {
        synchronized (graphLock) {
            IndexSnapshot f = full;
            if (same(f.version(), f.documents(), reader)) {
                return f;
            }
            long start = System.nanoTime();
            Catalog c = catalog; // built for searches from this same reader: not counted again
            IndexSnapshot next = SnapshotBuilder.build(reader, same(c.version(), c.documents(), reader) ? c.catalog() : null);
            full = next;
            LOG.info("knowledge graph of {} reports built in {} ms: {} nodes, {} edges", next.documents(),
                    (System.nanoTime() - start) / 1_000_000, next.graph().nodeCount(), next.graph().edgeCount());
            Thread.ofPlatform().name("kgi-graph-prepare").daemon().start(() -> {
                long t0 = System.nanoTime();
                try {
                    SnapshotBuilder.prepare(next.graph());
                    LOG.info("knowledge graph of {} reports prepared for hub and path queries in {} ms",
                            next.documents(), (System.nanoTime() - t0) / 1_000_000);
                } catch (RuntimeException | OutOfMemoryError e) {
                    LOG.warn("preparing the knowledge graph failed (queries compute what they need): {}", e.toString());
                }
            });
            return next;
        }
    }

    /** Work on the current reader. */
    private interface ReaderWork<T> {
        T apply(DirectoryReader reader) throws IOException;
    }

    private <T> T withReader(ReaderWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply((DirectoryReader) s.getIndexReader());
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
