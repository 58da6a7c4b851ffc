package org.kgi.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A writable index directory: the one {@link IndexWriter} and a near-real-time {@link SearcherManager}
 * over it. The directory's last commit is the source of truth: whatever happens to the process, the
 * next open sees that commit and nothing half-written.
 */
public final class KgiIndex implements Closeable {
    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private KgiIndex(Path path, Directory directory, Analyzer analyzer, IndexWriter writer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (creating if needed) the index at {@code path} for writing. */
    public static KgiIndex open(Path path) throws IOException {
        Files.createDirectories(path);
        Directory dir = FSDirectory.open(path);
        Analyzer analyzer = Schema.analyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        try {
            IndexWriter writer = new IndexWriter(dir, config);
            return new KgiIndex(path, dir, analyzer, writer);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IndexBusyException("the index at " + path + " is in use by another kgi process (a running 'kgi serve'?)", e);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public IndexWriter writer() {
        return writer;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Searchers over the latest changes, committed or not. */
    public SearcherManager searchers() {
        return searchers;
    }

    /** The user data of the last commit ({@code corpus}, {@code committed}, {@code extractor}...). */
    public Map<String, String> commitData() throws IOException {
        Map<String, String> data = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : writer.getLiveCommitData() == null ? java.util.List.<Map.Entry<String, String>>of() : writer.getLiveCommitData()) {
            data.put(e.getKey(), e.getValue());
        }
        return data;
    }

    /** Commits pending changes (if any) with the given user data, then makes them visible to searches. */
    public void commit(Map<String, String> userData) throws IOException {
        Map<String, String> data = commitData();
        boolean newData = !data.entrySet().containsAll(userData.entrySet());
        if (writer.hasUncommittedChanges() || newData && userData.containsKey(CorpusIndexer.EXTRACTOR_KEY)) {
            data.putAll(userData);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        searchers.maybeRefreshBlocking();
    }

    /**
     * Closes without committing: pending changes since the last {@link #commit} are dropped, exactly as if
     * the process had died.
     */
    @Override
    public void close() throws IOException {
        try (Directory d = directory; IndexWriter w = writer; SearcherManager s = searchers) {
            w.rollback();
        }
    }
}
