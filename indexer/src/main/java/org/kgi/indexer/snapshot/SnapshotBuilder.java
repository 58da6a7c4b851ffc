package org.kgi.indexer.snapshot;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.kgi.graph.IntList;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.indexer.index.NumberedRecords;
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
        String[] strings = forEachRecord(reader, false, batch -> {
            int[] data = batch.data.items;
            for (int r = 0, pos = 0; r < batch.count; r++) {
                pos = catalog.addReport(data, pos);
            }
        });
        return withMergedCounts(catalog.build(strings), reader);
    }

    /**
     * {@code catalog} with each entity that others are taken for ({@link EntityCatalog#merged}) counted in the reports
     * that name it or any of them, each once (a report can name both "the Brotherhood" and the Bois-Lenoir
     * Brotherhood), as the actor facet counts it.
     */
    private static EntityCatalog withMergedCounts(EntityCatalog catalog, DirectoryReader reader) throws IOException {
        if (catalog.merges().isEmpty()) {
            return catalog;
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Map<String, Integer> counts = new HashMap<>();
        for (String id : catalog.merges().keySet()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            catalog.withMerged(id).forEach(each -> any.add(new TermQuery(new Term(Schema.ACTOR, each)),
                    BooleanClause.Occur.SHOULD));
            counts.put(id, searcher.count(any.build()));
        }
        return catalog.withDocumentCounts(counts);
    }

    public static IndexSnapshot build(DirectoryReader reader) throws IOException {
        return build(reader, null);
    }

    /**
     * The snapshot of {@code reader}, with {@code catalog} as its entity catalog when one was already built from this
     * same reader (a server builds the catalog first, for searches), else built first: the graph needs it from the
     * start, for the actors that reports name in part and others in full ({@link EntityCatalog#canonical}).
     */
    public static IndexSnapshot build(DirectoryReader reader, EntityCatalog catalog) throws IOException {
        EntityCatalog entities = catalog != null ? catalog : buildCatalog(reader);
        GraphAssembler graph = new GraphAssembler(reader.numDocs(), entities);
        // the decoding thread reads the records into ints; this one adds events and links
        forEachRecord(reader, true, batch -> {
            graph.strings(batch.strings);
            int[] data = batch.data.items;
            for (int r = 0, pos = 0; r < batch.count; r++) {
                int day = data[pos];
                pos = GraphAssembler.skipEntities(data, pos);
                pos = graph.add(batch.reports[r], day, data, pos);
            }
        });
        return new IndexSnapshot(reader.getVersion(), reader.numDocs(), entities, graph.build());
    }

    /**
     * Computes what makes a graph's costliest queries fast, once per graph: the neighbourhoods of hubs and the graph
     * of actors and places for shortest paths. Queries are answered without it (whatever they need is computed on
     * first use and kept), so a server swaps a new graph in first and prepares it after, in the background.
     */
    public static void prepare(KnowledgeGraph g) {
        org.kgi.graph.traverse.Neighbourhood.prepare(g);
        org.kgi.graph.shortestpath.ShortestPaths.prepare(g);
    }

    private static final int BATCH = 256;

    /** Records decoded by {@link NumberedRecords}, one after the other, with their reports' ids. */
    static final class Batch {
        final IntList data = new IntList();
        final String[] reports = new String[BATCH];
        int count;
        String[] strings; // names every string number in data
    }

    private static final Batch END = new Batch();

    /**
     * Every live report's graph record, in index order, decoded on another thread into {@link Batch}es of
     * {@link NumberedRecords} (all of each record, or its entities alone), then given to {@code consumer} on this
     * thread: the two overlap on two cores. Returns the strings of every number in the batches.
     */
    static String[] forEachRecord(DirectoryReader reader, boolean all, Consumer<Batch> consumer) throws IOException {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
        BlockingQueue<Batch> free = new ArrayBlockingQueue<>(16); // batches read, to fill again
        NumberedRecords.Decoder decoder = new NumberedRecords.Decoder(new NumberedRecords.StringNumbers());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread reading = Thread.ofPlatform().name("kgi-graph-decoder").daemon().start(() -> {
            try {
                Batch batch = new Batch();
                for (LeafReaderContext leaf : reader.leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    BinaryDocValues values = DocValues.getBinary(leaf.reader(), Schema.GRAPH);
                    for (int doc = values.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS && !stop.get(); doc = values.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            batch.reports[batch.count++] = decoder.decode(values.binaryValue(), all, batch.data);
                            if (batch.count == BATCH) {
                                batch.strings = decoder.strings().view();
                                queue.put(batch);
                                batch = free.poll();
                                if (batch == null) {
                                    batch = new Batch();
                                }
                                batch.count = 0;
                                batch.data.size = 0;
                            }
                        }
                    }
                }
                if (batch.count > 0) {
                    batch.strings = decoder.strings().view();
                    queue.put(batch);
                }
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                try {
                    queue.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try {
            for (Batch batch = queue.take(); batch != END; batch = queue.take()) {
                consumer.accept(batch);
                free.offer(batch);
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
        return decoder.strings().view(); // its writes happened before END was put
    }
}
