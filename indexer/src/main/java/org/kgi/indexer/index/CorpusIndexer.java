package org.kgi.indexer.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.kgi.indexer.corpus.CorpusFile;
import org.kgi.indexer.corpus.CorpusWalker;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReadException;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.extract.Extractor;
import org.kgi.indexer.index.SyncSummary.FileIssue;

/**
 * Brings the index in line with a corpus directory: new files are added, changed ones replaced, deleted
 * ones removed, unchanged ones left alone (same size and time, or same SHA-256). Each file's reports are
 * replaced atomically ({@link IndexWriter#updateDocuments}); changes are committed in batches, so a
 * crash loses at most the last batch and the next run picks up from the last commit.
 */
public final class CorpusIndexer {
    /** Commit after this many changed files... */
    static final int COMMIT_EVERY_FILES = 2_000;
    /** ...or after this long, whichever comes first. */
    static final long COMMIT_EVERY_MILLIS = 15_000;

    private final KgiIndex index;
    private final ReportReader reader;
    private final Extractor extractor;
    private final SyncListener listener;

    public CorpusIndexer(KgiIndex index, ReportReader reader, Extractor extractor, SyncListener listener) {
        this.index = index;
        this.reader = reader;
        this.extractor = extractor;
        this.listener = listener;
    }

    /**
     * @param full re-read every file, as if the index held none of them (reports sent to the API are kept)
     */
    public SyncSummary sync(Path corpus, boolean full) throws IOException {
        CorpusWalker walker = new CorpusWalker(corpus);
        long[] totals = new long[2];
        walker.walk(f -> {
            totals[0]++;
            totals[1] += Math.max(f.size(), 0);
        });
        listener.started(totals[0], totals[1]);

        IndexWriter writer = index.writer();
        if (full) {
            writer.deleteDocuments(new FieldExistsQuery(Schema.PATH));
        }
        IndexState state;
        try (DirectoryReader current = DirectoryReader.open(writer)) {
            state = IndexState.read(current);
        }
        Run run = new Run(corpus, state, full);
        try {
            walker.walk(file -> {
                try {
                    run.visit(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                listener.fileDone(file);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (String path : state.files().keySet()) {
            if (!run.seen.contains(path)) {
                writer.deleteDocuments(new Term(Schema.PATH, path));
                run.deleted++;
            }
        }
        commit(corpus, run.done);
        return new SyncSummary(run.added, run.updated, run.unchanged, run.deleted, run.failed, run.skipped,
                run.warnings, run.reports);
    }

    private void commit(Path corpus, long filesDone) throws IOException {
        index.commit(Map.of("corpus", corpus.toAbsolutePath().normalize().toString(),
                "committed", Instant.now().toString()));
        listener.committed(filesDone);
    }

    /** The counters and bookkeeping of one synchronisation. */
    private final class Run {
        final Path corpus;
        final IndexState state;
        final boolean full;
        final Set<String> seen = new HashSet<>();
        final List<FileIssue> failed = new ArrayList<>();
        final List<FileIssue> skipped = new ArrayList<>();
        final List<FileIssue> warnings = new ArrayList<>();
        int added;
        int updated;
        int unchanged;
        int deleted;
        long reports;
        long done;
        int changedSinceCommit;
        long lastCommit = System.currentTimeMillis();

        Run(Path corpus, IndexState state, boolean full) {
            this.corpus = corpus;
            this.state = state;
            this.full = full;
        }

        void visit(CorpusFile file) throws IOException {
            done++;
            String path = file.relativePath();
            seen.add(path);
            if (!ReportReader.supports(file)) {
                skipped.add(new FileIssue(path, "unsupported file type"
                        + (file.extension().isEmpty() ? " (no extension)" : " '." + file.extension() + "'")));
                return;
            }
            Fingerprint known = full ? null : state.files().get(path);
            if (known != null && known.sameStat(file.size(), file.modifiedMillis())) {
                unchanged++;
                return;
            }
            String hash;
            try {
                hash = sha256(file.file());
            } catch (IOException e) {
                failed.add(new FileIssue(path, "cannot read: " + e.getClass().getSimpleName().replace("Exception", "")
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
                return;
            }
            if (known != null && known.sha256().equals(hash)) {
                unchanged++;
                return;
            }
            List<Document> docs = new ArrayList<>();
            try {
                ReportReader.Result result = reader.read(file);
                for (Report report : result.reports()) {
                    String owner = state.idToPath().get(report.id());
                    if (owner != null && !owner.equals(path)) {
                        throw new ReportReadException("report id '" + report.id() + "' is already used by "
                                + (owner.isEmpty() ? "a report sent to the API" : "'" + owner + "'"));
                    }
                    docs.add(ReportMapper.toDocument(report, extractor.extract(report),
                            new Fingerprint(file.size(), file.modifiedMillis(), hash)));
                }
                for (String w : result.warnings()) {
                    warnings.add(new FileIssue(path, w));
                }
                for (Report report : result.reports()) {
                    state.idToPath().put(report.id(), path);
                }
            } catch (ReportReadException e) {
                failed.add(new FileIssue(path, e.getMessage()));
                return;
            } catch (RuntimeException e) {
                failed.add(new FileIssue(path, "could not be processed: " + e));
                return;
            }
            index.writer().updateDocuments(new Term(Schema.PATH, path), docs);
            reports += docs.size();
            if (state.files().containsKey(path)) {
                updated++;
            } else {
                added++;
            }
            if (++changedSinceCommit >= COMMIT_EVERY_FILES
                    || System.currentTimeMillis() - lastCommit >= COMMIT_EVERY_MILLIS) {
                commit(corpus, done);
                changedSinceCommit = 0;
                lastCommit = System.currentTimeMillis();
            }
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
