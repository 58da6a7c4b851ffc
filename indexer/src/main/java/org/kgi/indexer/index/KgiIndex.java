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
    /** IndexWriter's RAM buffer; the benchmark's bare-Lucene baseline uses the same. */
    public static final double RAM_BUFFER_MB = 64;
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
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
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

    /** Commit user data: when the commit was made. */
    public static final String COMMITTED_KEY = "committed";

    /** The user data of the last commit ({@link #COMMITTED_KEY}, and what callers recorded). */
    public Map<String, String> commitData() {
        Map<String, String> data = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /**
     * Commits pending changes, or {@code facts} that differ from the last commit's (merged into its user data,
     * with the time of the commit), then makes them visible to searches. Nothing new: nothing is written.
     */
    public void commit(Map<String, String> facts) throws IOException {
        Map<String, String> data = commitData();
        if (writer.hasUncommittedChanges() || !data.entrySet().containsAll(facts.entrySet())) {
            data.putAll(facts);
            data.put(COMMITTED_KEY, java.time.Instant.now().toString());
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
