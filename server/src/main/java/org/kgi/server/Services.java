package org.kgi.server;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.extract.Extractor;
import org.kgi.indexer.index.CorpusIndexer;
import org.kgi.indexer.index.KgiIndex;
import org.kgi.indexer.index.ReportMapper;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.index.SyncListener;
import org.kgi.indexer.index.SyncSummary;
import org.kgi.indexer.search.ReportSearcher;
import org.kgi.indexer.search.ReportStore;
import org.kgi.indexer.snapshot.IndexSnapshot;
import org.kgi.indexer.snapshot.SnapshotManager;
import org.kgi.server.graph.GraphAnswers;

/**
 * Everything a running kgi needs, built once and shared: the writable index, the snapshot (entity catalog)
 * that follows it, the searcher and store over its near-real-time readers, and the extractor. Closing it
 * closes the index without committing.
 */
public final class Services implements Closeable {
    private final KgiIndex index;
    private final Extractor extractor;
    private final SnapshotManager snapshots;
    private final ReportSearcher searcher;
    private final ReportStore store;
    private final GraphAnswers graph;
    /** One synchronisation at a time. */
    private final Object syncLock = new Object();

    public Services(KgiIndex index, Extractor extractor) throws IOException {
        this.index = index;
        this.extractor = extractor;
        this.snapshots = new SnapshotManager(index.searchers());
        this.searcher = new ReportSearcher(index.searchers(), index.analyzer(), snapshots::catalog);
        this.store = new ReportStore(index.searchers(), index.analyzer());
        this.graph = new GraphAnswers(snapshots::current, store, searcher);
    }

    /** Opens the index at {@code indexDir} with the standard extractor. */
    public static Services open(Path indexDir) throws IOException {
        return open(indexDir, Extractors.standard());
    }

    /** Opens the index at {@code indexDir} with {@code extractor}. */
    public static Services open(Path indexDir, Extractor extractor) throws IOException {
        KgiIndex index = KgiIndex.open(indexDir);
        try {
            return new Services(index, extractor);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    public KgiIndex index() {
        return index;
    }

    public ReportSearcher searcher() {
        return searcher;
    }

    public ReportStore store() {
        return store;
    }

    public GraphAnswers graph() {
        return graph;
    }

    public Extractor extractor() {
        return extractor;
    }

    /** The snapshot with the knowledge graph (built now if the index changed since the last one). */
    public IndexSnapshot snapshot() {
        return snapshots.current();
    }

    /** The entity catalog (cheap; built now if the index changed since the last one). */
    public org.kgi.indexer.snapshot.EntityCatalog catalog() {
        return snapshots.catalog();
    }

    /** Live reports now. */
    public int documents() {
        return snapshots.documents();
    }

    /** Whether the knowledge graph of the current index is built. */
    public boolean graphReady() {
        return snapshots.graphReady();
    }

    /** The last knowledge graph built (of the current index or an earlier one), and a rebuild started if it is old. */
    public IndexSnapshot lastSnapshotWarming() {
        snapshots.warm();
        return snapshots.lastBuilt();
    }

    /** Synchronises {@code corpus} into the index with {@code threads} workers (see {@link CorpusIndexer}). */
    public SyncSummary sync(Path corpus, boolean full, SyncListener listener, int threads, int commitEvery) throws IOException {
        synchronized (syncLock) {
            CorpusIndexer indexer = new CorpusIndexer(index, new ReportReader(), extractor, listener, threads,
                    commitEvery);
            syncing = indexer;
            try {
                return indexer.sync(corpus, full);
            } finally {
                syncing = null;
            }
        }
    }

    /** The sync running, if any: {@link CorpusIndexer#commitNow} commits what it has done so far. */
    private volatile CorpusIndexer syncing;

    /** Commits what the running sync has indexed so far (see {@link CorpusIndexer#commitNow}); -1 if none runs. */
    public int commitRunningSync() {
        CorpusIndexer s = syncing;
        return s == null ? -1 : s.commitNow();
    }

    /** With the default commit batch. */
    public SyncSummary sync(Path corpus, boolean full, SyncListener listener, int threads) throws IOException {
        return sync(corpus, full, listener, threads, CorpusIndexer.COMMIT_EVERY_FILES);
    }

    /** With one worker per processor. */
    public SyncSummary sync(Path corpus, boolean full, SyncListener listener) throws IOException {
        return sync(corpus, full, listener, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Adds or replaces one report sent to the API, commits, and makes it searchable before returning.
     *
     * @throws IllegalStateException if the id belongs to a report read from a corpus file
     */
    public synchronized String put(Report report) throws IOException {
        Optional<String> path = store.pathOf(report.id());
        if (path.isPresent() && !path.get().isEmpty()) {
            throw new IllegalStateException("report " + report.id() + " comes from the corpus file '" + path.get()
                    + "'; change that file, or send this report with another id");
        }
        index.writer().updateDocument(new Term(Schema.ID, report.id()),
                ReportMapper.toDocument(report, extractor.extract(report), null));
        index.commit(Map.of());
        return report.id();
    }

    /** Deletes a report; false if there was none with this id. */
    public synchronized boolean delete(String id) throws IOException {
        if (store.pathOf(id).isEmpty()) {
            return false;
        }
        index.writer().deleteDocuments(new Term(Schema.ID, id));
        index.commit(Map.of());
        return true;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
