package org.kgi.server;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.extract.Extractor;
import org.kgi.indexer.index.CorpusIndexer;
import org.kgi.indexer.index.KgiIndex;
import org.kgi.indexer.index.SyncListener;
import org.kgi.indexer.index.SyncSummary;
import org.kgi.indexer.search.ReportSearcher;

/**
 * Everything a running kgi needs, built once and shared: the writable index, the searcher over its
 * near-real-time snapshots, and the extractor. Closing it closes the index without committing.
 */
public final class Services implements Closeable {
    private final KgiIndex index;
    private final Extractor extractor;
    private final ReportSearcher searcher;

    public Services(KgiIndex index, Extractor extractor) {
        this.index = index;
        this.extractor = extractor;
        this.searcher = new ReportSearcher(index.searchers(), index.analyzer());
    }

    /** Opens the index at {@code indexDir} with the default extractor. */
    public static Services open(Path indexDir) throws IOException {
        return new Services(KgiIndex.open(indexDir), Extractors.standard());
    }

    public KgiIndex index() {
        return index;
    }

    public ReportSearcher searcher() {
        return searcher;
    }

    public Extractor extractor() {
        return extractor;
    }

    /** Synchronises {@code corpus} into the index (see {@link CorpusIndexer}). */
    public SyncSummary sync(Path corpus, boolean full, SyncListener listener) throws IOException {
        return new CorpusIndexer(index, new ReportReader(), extractor, listener).sync(corpus, full);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
