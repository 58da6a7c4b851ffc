package org.kgi.indexer.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.kgi.indexer.corpus.CorpusFile;
import org.kgi.indexer.corpus.CorpusWalker;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.extract.Extractor;

/**
 * Brings the index in line with a corpus directory: new files are added, changed ones replaced, deleted
 * ones removed, unchanged ones left alone (same size and time, or same SHA-256). Files are read, extracted
 * and written by a pool of workers fed from a bounded queue, so memory grows with the number of files (their
 * paths and fingerprints), never with their contents.
 * Each file's reports are replaced atomically ({@link IndexWriter#updateDocuments}); changes are committed in
 * batches, so a crash loses at most the last batch and the next run picks up from the last commit.
 */
public final class CorpusIndexer {
    /** By default, commit after this many changed files (each commit flushes small segments that must be merged later)... */
    public static final int COMMIT_EVERY_FILES = 10_000;
    /** ...or after this long, whichever comes first. */
    static final long COMMIT_EVERY_MILLIS = 30_000;
    /**
     * Commit user data: the fingerprint of the extractor that made the committed reports and the version of the
     * schema they were written with ({@link #stamp}).
     */
    public static final String EXTRACTOR_KEY = "extractor";
    /** Files queued per worker. */
    static final int QUEUE_PER_THREAD = 4;

    private final KgiIndex index;
    private final ReportReader reader;
    private final Extractor extractor;
    private final SyncListener listener;
    private final int threads;
    private final int commitEvery;
    /** Read-held while a long file is written a chunk at a time, write-held by a commit: none between two chunks. */
    private final ReentrantReadWriteLock fileWrites = new ReentrantReadWriteLock();
    /** The running sync's commits, for {@link #commitNow}. */
    private volatile Batches running;

    /**
     * @param threads     workers reading, extracting and writing files
     * @param commitEvery commit after this many changed files (or {@link #COMMIT_EVERY_MILLIS}, whichever is first)
     */
    public CorpusIndexer(KgiIndex index, ReportReader reader, Extractor extractor, SyncListener listener, int threads,
                         int commitEvery) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, not " + threads);
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1, not " + commitEvery);
        }
        this.commitEvery = commitEvery;
        this.index = index;
        this.reader = reader;
        this.extractor = extractor;
        this.listener = listener;
        this.threads = threads;
    }

    /** With one worker per available processor and the default commit batch. */
    public CorpusIndexer(KgiIndex index, ReportReader reader, Extractor extractor, SyncListener listener) {
        this(index, reader, extractor, listener, Runtime.getRuntime().availableProcessors(), COMMIT_EVERY_FILES);
    }

    /**
     * @param full re-read every file, as if the index held none of them (reports sent to the API are kept)
     */
    public SyncSummary sync(Path corpus, boolean full) throws IOException {
        IndexWriter writer = index.writer();
        // What the index holds is read while the corpus is walked (each takes most of a second at 100,000 reports)
        ExecutorService stateReader = Executors.newSingleThreadExecutor(r -> daemon(r, "kgi-index-state"));
        Future<IndexState> stateRead = stateReader.submit(() -> readState(writer));
        stateReader.shutdown();
        // One walk: the list gives the progress its totals and the workers their files (a few hundred bytes a file)
        List<CorpusFile> all = new ArrayList<>();
        long[] bytes = new long[1];
        // folders that cannot be listed (their permissions): a failure each, and their reports kept as they are
        Map<String, IOException> unreadable = new TreeMap<>();
        try {
            new CorpusWalker(corpus, index.path()).walk(f -> {
                all.add(f);
                bytes[0] += Math.max(f.size(), 0);
            }, unreadable::put);
        } finally {
            awaitQuietly(stateReader);
        }
        listener.started(all.size(), bytes[0]);

        String previous = index.commitData().get(EXTRACTOR_KEY);
        boolean extractorChanged = previous != null && !previous.equals(stamp());
        full = full || extractorChanged;
        IndexState state = result(stateRead);
        IndexState before = state;
        if (all.isEmpty() && !full && !state.files().isEmpty()) {
            // an unmounted disk or a mistyped path looks like a corpus whose every file was deleted
            throw new EmptyCorpusException("the corpus " + corpus + " holds no file, and the index holds "
                    + state.files().size() + " files' reports from a corpus: nothing was deleted (if the corpus is"
                    + " meant to be empty, run with --full)");
        }
        Set<String> present = new HashSet<>(all.size() * 2);
        for (CorpusFile f : all) {
            if (!f.linkInCorpus()) { // a link to a file of the corpus, indexed by an older kgi, is deleted
                present.add(f.relativePath());
            }
        }
        Set<String> gone = new HashSet<>(state.files().keySet()); // deleted below, or by a full run with the rest
        gone.removeAll(present);
        gone.removeIf(path -> unreadable.keySet().stream().anyMatch(folder -> path.startsWith(folder + "/")));
        if (full) {
            BooleanQuery.Builder fromFiles = new BooleanQuery.Builder().add(new FieldExistsQuery(Schema.PATH),
                    BooleanClause.Occur.MUST);
            unreadable.keySet().forEach(folder -> fromFiles.add(new PrefixQuery(new Term(Schema.PATH, folder + "/")),
                    BooleanClause.Occur.MUST_NOT));
            writer.deleteDocuments(fromFiles.build());
            state = state.withoutFiles();
        }
        FileIndexer files = new FileIndexer(index.writer(), reader, extractor, state, full, all, present,
                before.files().keySet(), fileWrites.readLock());
        unreadable.forEach((folder, e) -> files.failed(folder, "cannot read the folder (" + ReportReader.describe(e)
                + "): its files were not read, and their reports in the index are kept as they were"));
        Batches batches = new Batches(corpus);
        running = batches;
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "kgi-index"));
        Semaphore queue = new Semaphore(threads * QUEUE_PER_THREAD);
        try {
            for (CorpusFile file : all) {
                if (fatal.get() != null) {
                    break;
                }
                queue.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        if (fatal.get() == null && files.index(file)) {
                            batches.changed();
                        }
                    } catch (Throwable t) {
                        fatal.compareAndSet(null, t);
                    } finally {
                        queue.release();
                        synchronized (listener) {
                            listener.fileDone(file);
                        }
                    }
                });
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        Throwable t = fatal.get();
        if (t instanceof IOException io) {
            throw io;
        } else if (t instanceof Error e) {
            throw e;
        } else if (t != null) {
            throw new IOException("indexing stopped: " + t, t);
        }
        for (int i = files.settleContests() + files.retryRefused(); i > 0; i--) {
            batches.changed();
        }
        for (String path : gone) {
            writer.deleteDocuments(new Term(Schema.PATH, path)); // (a full run deleted them already)
        }
        batches.commit();
        SyncSummary summary = files.summary(gone.size()).withRemoved(removed(before, full, gone, files));
        return extractorChanged ? summary.withNote("the extractor, its aliases file or the index schema changed since the last run: every file was extracted again") : summary;
    }

    /**
     * How many reports the index held {@code before} the run and holds no more, looked up in what it committed: of the
     * reports of the files gone and of the files whose reports the run deleted or wrote again (every file's in a full
     * run), those no file holds now (a report moved to another file is not counted).
     */
    private long removed(IndexState before, boolean full, Set<String> gone, FileIndexer files) throws IOException {
        List<BytesRef> maybe = new ArrayList<>();
        before.idToPath().forEach((id, path) -> {
            if (!path.isEmpty() && (full || gone.contains(path) || files.rewrote(path))) {
                maybe.add(new BytesRef(id));
            }
        });
        if (maybe.isEmpty()) {
            return 0;
        }
        // the commit refreshed the index's searchers; each id is one report's at most
        IndexSearcher searcher = index.searchers().acquire();
        try {
            return maybe.size() - searcher.count(new TermInSetQuery(Schema.ID, maybe));
        } finally {
            index.searchers().release(searcher);
        }
    }

    /**
     * Commits what the running sync has indexed so far, as its periodic commits do (each file whole or not at all),
     * when the process is asked to stop (Ctrl-C): the next run goes on from there. Returns the files changed so far,
     * or -1 when no sync runs or the index is already closed.
     */
    public int commitNow() {
        Batches b = running;
        if (b == null) {
            return -1;
        }
        try {
            b.commit();
            return b.done.get();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * What the index holds: read from its last commit when nothing is pending (opening a reader on the writer
     * flushes and starts merges that would compete with the run's own work), else from the writer.
     */
    private static IndexState readState(IndexWriter writer) throws IOException {
        if (!writer.hasUncommittedChanges() && DirectoryReader.indexExists(writer.getDirectory())) {
            try (DirectoryReader committed = DirectoryReader.open(writer.getDirectory())) {
                return IndexState.read(committed);
            }
        }
        try (DirectoryReader current = DirectoryReader.open(writer)) {
            return IndexState.read(current);
        }
    }

    /** What made the committed reports: the extractor's fingerprint and the schema version. */
    private String stamp() {
        return extractor.fingerprint() + "+schema-" + Schema.VERSION;
    }

    /** The state read on another thread; its failure is thrown as it would have been on this one. */
    private static IndexState result(Future<IndexState> read) throws IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the index state");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            } else if (c instanceof RuntimeException r) {
                throw r;
            } else if (c instanceof Error err) {
                throw err;
            }
            throw new IOException("cannot read the index state: " + c, c);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.HOURS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Commits every {@code commitEvery} changed files or {@link #COMMIT_EVERY_MILLIS}. */
    private final class Batches {
        private final Path corpus;
        private final AtomicInteger sinceCommit = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private volatile long lastCommit = System.currentTimeMillis();

        Batches(Path corpus) {
            this.corpus = corpus;
        }

        void changed() throws IOException {
            done.incrementAndGet();
            if (sinceCommit.incrementAndGet() >= commitEvery
                    || System.currentTimeMillis() - lastCommit >= COMMIT_EVERY_MILLIS) {
                synchronized (this) {
                    if (sinceCommit.get() > 0) {
                        sinceCommit.set(0);
                        commit();
                    }
                }
            }
        }

        synchronized void commit() throws IOException {
            fileWrites.writeLock().lock(); // not between the chunks of a long file
            try {
                index.commit(Map.of("corpus", corpus.toAbsolutePath().normalize().toString(), EXTRACTOR_KEY, stamp()));
            } finally {
                fileWrites.writeLock().unlock();
            }
            lastCommit = System.currentTimeMillis();
            listener.committed(done.get());
        }
    }
}
