package org.kgi.indexer.snapshot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.kgi.indexer.index.GraphRecord;
import org.kgi.indexer.index.GraphRecordCodec;
import org.kgi.indexer.index.Schema;

/** Builds an {@link IndexSnapshot} by decoding every live report's graph record (doc values only). */
public final class SnapshotBuilder {
    private SnapshotBuilder() {
    }

    /** The entity catalog of whatever {@code searchers} currently holds. */
    public static EntityCatalog buildCatalog(org.apache.lucene.search.SearcherManager searchers) throws IOException {
        org.apache.lucene.search.IndexSearcher s = searchers.acquire();
        try {
            return buildCatalog((DirectoryReader) s.getIndexReader());
        } finally {
            searchers.release(s);
        }
    }

    /** The snapshot of whatever {@code searchers} currently holds. */
    public static IndexSnapshot build(org.apache.lucene.search.SearcherManager searchers) throws IOException {
        org.apache.lucene.search.IndexSearcher s = searchers.acquire();
        try {
            return build((DirectoryReader) s.getIndexReader());
        } finally {
            searchers.release(s);
        }
    }

    /** The entity catalog alone, from the entity part of each graph record: cheap, all that search needs. */
    public static EntityCatalog buildCatalog(DirectoryReader reader) throws IOException {
        EntityCatalog.Builder catalog = new EntityCatalog.Builder();
        // decoding and counting overlap; strings not interned: for the entities alone, copying them is cheaper
        forEachRecord(reader, false, GraphRecordCodec::decodeEntities, catalog::addReport);
        return catalog.build();
    }

    public static IndexSnapshot build(DirectoryReader reader) throws IOException {
        return build(reader, null);
    }

    /**
     * The snapshot of {@code reader}, with {@code catalog} as its entity catalog when one was already built from this
     * same reader (a server builds the catalog first, for searches), else counted along the way.
     */
    public static IndexSnapshot build(DirectoryReader reader, EntityCatalog catalog) throws IOException {
        EntityCatalog.Builder counted = catalog == null ? new EntityCatalog.Builder() : null;
        GraphAssembler graph = new GraphAssembler(reader.numDocs());
        // the decoding thread also prepares the events; this one counts the entities (unless given) and adds events and links
        forEachRecord(reader, true, (bytes, strings) -> graph.prepare(GraphRecordCodec.decode(bytes, strings)), prepared -> {
            if (counted != null) {
                counted.addReport(prepared.record().entities());
            }
            graph.add(prepared);
        });
        EntityCatalog entities = counted != null ? counted.build() : catalog;
        org.kgi.graph.KnowledgeGraph g = graph.build(entities);
        return new IndexSnapshot(reader.getVersion(), reader.numDocs(), entities, g);
    }

    /**
     * Computes what makes a graph's costliest queries fast, once per graph: the neighbourhoods of hubs and the graph
     * of actors and places for shortest paths. Queries are answered without it (whatever they need is computed on
     * first use and kept), so a server swaps a new graph in first and prepares it after, in the background.
     */
    public static void prepare(org.kgi.graph.KnowledgeGraph g) {
        org.kgi.graph.traverse.Neighbourhood.prepare(g);
        org.kgi.graph.shortestpath.ShortestPaths.prepare(g);
    }

    private static final int BATCH = 256;
    private static final List<Object> END = List.of();

    @SuppressWarnings("unchecked")
    private static <T> List<T> end() {
        return (List<T>) END;
    }

    /**
     * Every live report's graph record, in index order, through {@code decoded} on another thread, which reads and
     * decodes the records (with one string interner for them all when {@code intern}, else none; a bounded queue of
     * batches between the threads),
     * then what that gave to {@code consumer} on this thread: the two overlap on two cores. Whatever
     * {@code decoded} touches is complete when this returns.
     */
    static <T> void forEachRecord(DirectoryReader reader, boolean intern,
            java.util.function.BiFunction<org.apache.lucene.util.BytesRef, GraphRecordCodec.Interner, T> decoded,
            Consumer<T> consumer) throws IOException {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(8);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread decoder = Thread.ofPlatform().name("kgi-graph-decoder").daemon().start(() -> {
            try {
                List<T> batch = new ArrayList<>(BATCH);
                GraphRecordCodec.Interner strings = intern ? new GraphRecordCodec.Interner() : null;
                for (LeafReaderContext leaf : reader.leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    BinaryDocValues values = DocValues.getBinary(leaf.reader(), Schema.GRAPH);
                    for (int doc = values.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS && !stop.get(); doc = values.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            batch.add(decoded.apply(values.binaryValue(), strings));
                            if (batch.size() == BATCH) {
                                queue.put(batch);
                                batch = new ArrayList<>(BATCH);
                            }
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    queue.put(batch);
                }
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                try {
                    queue.put(end());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try {
            for (List<T> batch = queue.take(); batch != END; batch = queue.take()) {
                batch.forEach(consumer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rebuilding the graph", e);
        } catch (RuntimeException | Error e) {
            stop.set(true);
            queue.clear();
            throw e;
        }
        Throwable t = failure.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IOException(t);
        }
    }
}
