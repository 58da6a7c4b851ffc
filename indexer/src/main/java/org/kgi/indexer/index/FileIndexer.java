package org.kgi.indexer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.kgi.indexer.corpus.CorpusFile;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReadException;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.extract.Extractor;
import org.kgi.indexer.index.SyncSummary.FileIssue;

/**
 * Indexes one corpus file at a time, from any number of threads: decides whether it changed, reads it,
 * extracts each report and replaces the file's reports in the index in one atomic update. Counts every
 * outcome.
 */
final class FileIndexer {
    /** Reports of one file written together: a file of more is written a chunk at a time. */
    static final int CHUNK = 512;

    private final IndexWriter writer;
    /** Held while a file is written a chunk at a time: a commit waits for its last chunk. */
    private final Lock writing;
    private final ReportReader reader;
    private final Extractor extractor;
    private final IndexState state;
    /** The files the index held when the run began (a full run's too): one written again is updated, not added. */
    private final Set<String> indexedBefore;
    private final boolean full;
    private final Map<String, String> idToPath;
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicLong reports = new AtomicLong();
    private final List<FileIssue> failed = Collections.synchronizedList(new ArrayList<>());
    private final List<FileIssue> skipped = Collections.synchronizedList(new ArrayList<>());
    private final List<FileIssue> warnings = Collections.synchronizedList(new ArrayList<>());

    /**
     * The ids each JSON file held when the run started: those it no longer holds once read again are free (any other
     * file's one id is the one its name gives, the same whatever it holds).
     */
    private final Map<String, List<String>> idsBefore = new HashMap<>();
    /** Files whose id another file of the corpus takes: the reason each is not indexed. */
    private final Map<String, String> outranked = new HashMap<>();
    /** Files with a report refused because another file held its id, and those ids: tried again at the end. */
    private final Map<String, Refused> refused = new ConcurrentHashMap<>();
    /**
     * The JSON files and the files with a refused report written in this run, and how many reports each: to count
     * them once when they are read again at the end.
     */
    private final Map<String, Integer> written = new ConcurrentHashMap<>();
    /** The files of the corpus. */
    private final List<CorpusFile> all;
    /** The ids of this run's JSON reports refused for another JSON file's, and the refused files' paths. */
    private final Map<String, Set<String>> contenders = new ConcurrentHashMap<>();

    /** The files whose reports in the index this run deleted or replaced. */
    private final Set<String> replaced = ConcurrentHashMap.newKeySet();

    private record Refused(CorpusFile file, Set<String> ids) {
    }

    /**
     * @param all     the files the corpus holds now: of two files whose names give them one id ({@code UPPER.txt}
     *                and {@code UPPER.pdf}), the one whose report holds it keeps it, else the first by path, whatever
     *                the order the workers take them in; a file's report id is taken before a JSON file's report
     *                claims it
     * @param present the paths of {@code all}: an id indexed from a file that is gone is free for another file in
     *                this run (the gone file's reports are deleted after it)
     * @param indexedBefore the files the index held when the run began, which a full run has deleted since
     */
    FileIndexer(IndexWriter writer, ReportReader reader, Extractor extractor, IndexState state, boolean full,
                List<CorpusFile> all, Set<String> present, Set<String> indexedBefore, Lock writing) {
        this.writer = writer;
        this.writing = writing;
        this.all = all;
        this.reader = reader;
        this.extractor = extractor;
        this.state = state;
        this.indexedBefore = indexedBefore;
        this.full = full;
        this.idToPath = new ConcurrentHashMap<>(state.idToPath());
        idToPath.values().removeIf(p -> !p.isEmpty() && !present.contains(p));
        idToPath.forEach((id, path) -> {
            if (ReportReader.isJson(path)) {
                idsBefore.computeIfAbsent(path, p -> new ArrayList<>()).add(id);
            }
        });
        Map<String, List<String>> shared = named(all);
        for (CorpusFile f : all) {
            if (namedByPath(f)) { // a file's own id, taken before any JSON report can claim it
                String id = f.defaultId();
                if (!shared.containsKey(id)) {
                    idToPath.putIfAbsent(id, f.relativePath());
                }
            }
        }
        shared.forEach((id, paths) -> {
            String holder = idToPath.get(id);
            if (holder != null && !paths.contains(holder)) {
                return; // held by a JSON file's report: the files are refused as they come, and tried again
            }
            String winner = holder != null ? holder : Collections.min(paths);
            idToPath.put(id, winner);
            for (String p : paths) {
                if (!p.equals(winner)) {
                    outranked.put(p, "report id '" + id + "' is also the id of '" + winner + "', which keeps it");
                }
            }
        });
    }

    /** Indexes {@code file} if it is new or changed; true if the index changed. */
    boolean index(CorpusFile file) throws IOException {
        return index(file, false);
    }

    /**
     * Of JSON files whose reports took the same id in this run, the first by path keeps it, whatever the order the
     * workers read them in: where a later one took it, that one and the refused ones are read again, one at a time,
     * the later one first with the id given to the first; returns how many changed the index.
     */
    int settleContests() throws IOException {
        int changed = 0;
        Map<String, CorpusFile> files = null;
        for (String id : new TreeSet<>(contenders.keySet())) {
            String owner = idToPath.get(id);
            TreeSet<String> refusedOnes = new TreeSet<>(contenders.get(id));
            String first = refusedOnes.first();
            if (owner == null || owner.equals(state.idToPath().get(id)) || first.compareTo(owner) > 0
                    || !refused.containsKey(first)) {
                continue; // held from an earlier run, or already by the first
            }
            if (files == null) {
                files = new HashMap<>();
                for (CorpusFile f : all) {
                    files.put(f.relativePath(), f);
                }
            }
            CorpusFile ownerFile = files.get(owner);
            if (ownerFile == null) {
                continue;
            }
            idToPath.put(id, first);
            List<CorpusFile> again = new ArrayList<>();
            again.add(ownerFile);
            for (String path : refusedOnes) {
                Refused r = refused.remove(path);
                if (r != null) {
                    again.add(r.file());
                }
            }
            for (CorpusFile f : again) {
                failed.removeIf(issue -> issue.file().equals(f.relativePath()));
                warnings.removeIf(issue -> issue.file().equals(f.relativePath()));
                changed += index(f, true) ? 1 : 0;
            }
        }
        return changed;
    }

    /**
     * Indexes again, one at a time in the order of their paths, the files a report of which was refused because
     * another file held its id, when that file has let it go since (a report moved from one JSON-lines file to
     * another, the first read before the second); returns how many changed the index.
     */
    int retryRefused() throws IOException {
        int changed = 0;
        for (String path : new TreeSet<>(refused.keySet())) {
            Refused r = refused.remove(path);
            boolean freed = r.ids().stream().anyMatch(id -> idToPath.get(id) == null || path.equals(idToPath.get(id)));
            if (freed) {
                failed.removeIf(issue -> issue.file().equals(path));
                warnings.removeIf(issue -> issue.file().equals(path));
                changed += index(r.file(), true) ? 1 : 0;
            }
        }
        return changed;
    }

    private boolean index(CorpusFile file, boolean again) throws IOException {
        String path = file.relativePath();
        if (lockFile(file)) {
            skipped.add(new FileIssue(path, "an Office lock file (~$), not a report"));
            return false;
        }
        if (file.linkInCorpus()) {
            skipped.add(new FileIssue(path, "a link to '" + file.linkedTo() + "', which is indexed as itself"));
            return false;
        }
        if (!ReportReader.supports(file)) {
            skipped.add(new FileIssue(path, Files.isDirectory(file.file())
                    ? "a link to a folder, not followed (links to folders are not walked: they can loop)"
                    : "unsupported file type"
                    + (file.extension().isEmpty() ? " (no extension)" : " '." + file.extension() + "'")));
            return false;
        }
        String outrankedBy = outranked.get(path);
        if (outrankedBy != null) {
            failed.add(new FileIssue(path, outrankedBy));
            return false;
        }
        Fingerprint known = full || again ? null : state.files().get(path);
        if (known != null && known.sameStat(file.size(), file.modifiedMillis())) {
            unchanged.incrementAndGet();
            return false;
        }
        String hash;
        try {
            hash = Sha256.of(file.file());
        } catch (IOException e) {
            failed.add(new FileIssue(path, "cannot read: " + ReportReader.describe(e)));
            return false;
        }
        if (known != null && known.sha256().equals(hash)) {
            if (known.partial()) {
                failAgain(file);
            }
            unchanged.incrementAndGet();
            return false;
        }
        Integer before = again ? written.get(path) : null;
        boolean replaces = state.files().containsKey(path) || before != null;
        List<Document> docs = new ArrayList<>();
        List<String> claimed = new ArrayList<>();
        Set<String> holds = new HashSet<>();
        int chunked = 0; // reports of a long JSON-lines file written so far, a chunk at a time
        try {
            ReportReader.Result result = reader.read(file);
            // a file with reports it could not read is read again by every run, and fails each, until it is mended
            Fingerprint fingerprint = result.lost().isEmpty()
                    ? new Fingerprint(file.size(), file.modifiedMillis(), hash) : Fingerprint.partial(hash);
            for (String lost : result.lost()) {
                failed.add(new FileIssue(path, lost + " (its other reports are indexed)"));
            }
            Set<String> ids = new HashSet<>();
            List<String> skippedReports = new ArrayList<>();
            for (Report report : result.reports()) {
                if (!ids.add(report.id())) {
                    // the index holds one report an id: the file's first report of that id is kept
                    skippedReports.add("report id '" + report.id() + "' repeats an earlier report of this file,"
                            + " skipped");
                    continue;
                }
                String owner = idToPath.putIfAbsent(report.id(), path);
                if (owner != null && !owner.equals(path)) {
                    if (!again && !owner.isEmpty()) {
                        refused.computeIfAbsent(path, p -> new Refused(file, ConcurrentHashMap.newKeySet()))
                                .ids().add(report.id());
                        if (ReportReader.isJson(owner)) {
                            contenders.computeIfAbsent(report.id(), id -> ConcurrentHashMap.newKeySet()).add(path);
                        }
                    }
                    String used = "report id '" + report.id() + "' is already used by "
                            + (owner.isEmpty() ? "a report sent to the API" : "'" + owner + "'");
                    if (result.reports().size() == 1) {
                        throw new ReportReadException(used);
                    }
                    skippedReports.add(used + ", skipped"); // the file's other reports are indexed
                    continue;
                }
                if (owner == null) {
                    claimed.add(report.id());
                }
                docs.add(ReportMapper.toDocument(report, extractor.extract(report), fingerprint));
                holds.add(report.id());
                if (docs.size() == CHUNK) {
                    // a file of many reports is written a chunk at a time, not held whole (400,000 lines took
                    // gigabytes); no commit comes between its first chunk and its last
                    if (chunked == 0) {
                        writing.lock();
                        if (replaces) {
                            writer.deleteDocuments(new Term(Schema.PATH, path));
                        }
                    }
                    writer.addDocuments(docs);
                    chunked += docs.size();
                    docs.clear();
                }
            }
            if (docs.isEmpty() && chunked == 0 && !skippedReports.isEmpty()) {
                throw new ReportReadException(skippedReports.get(0).replace(", skipped", "")
                        + (skippedReports.size() > 1 ? " (and every other report of the file is taken too)" : ""));
            }
            for (String w : result.warnings()) {
                warnings.add(new FileIssue(path, w));
            }
            for (String w : skippedReports) {
                warnings.add(new FileIssue(path, w));
            }
        } catch (ReportReadException e) {
            claimed.forEach(idToPath::remove);
            failed.add(new FileIssue(path, e.getMessage()));
            if (before != null) { // read again at the end, it no longer has a report to index: its first goes
                writer.deleteDocuments(new Term(Schema.PATH, path));
                replaced.add(path);
                reports.addAndGet(-before);
                (indexedBefore.contains(path) ? updated : added).decrementAndGet();
                written.remove(path);
            }
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            claimed.forEach(idToPath::remove);
            if (chunked > 0) { // the chunks written go: the file is read again by the next run
                writer.deleteDocuments(new Term(Schema.PATH, path));
                replaced.add(path);
                writing.unlock();
            }
            failed.add(new FileIssue(path, "could not be processed: " + e
                    + (chunked > 0 && replaces ? " (its reports indexed before are deleted until it is mended)" : "")));
            return false;
        } catch (IOException | Error e) { // the run stops; its commits must not wait for this file
            if (chunked > 0) {
                writing.unlock();
            }
            throw e;
        }
        int count = chunked + docs.size();
        if (refused.containsKey(path) || ReportReader.isJson(path)) {
            written.put(path, count); // to be read again at the end, if what it was refused is let go
        }
        if (chunked > 0) {
            try {
                writer.addDocuments(docs);
            } finally {
                writing.unlock();
            }
        } else if (!replaces) {
            // nothing in the index has this path (a full run's state has no files: it deleted them all first)
            writer.addDocuments(docs);
        } else {
            writer.updateDocuments(new Term(Schema.PATH, path), docs);
        }
        if (replaces) {
            replaced.add(path);
        }
        for (String id : idsBefore.getOrDefault(path, List.of())) {
            if (!holds.contains(id)) {
                idToPath.remove(id, path); // the file no longer holds it: free for another file
            }
        }
        reports.addAndGet(count - (before == null ? 0 : before));
        if (before == null) {
            (indexedBefore.contains(path) ? updated : added).incrementAndGet();
        }
        return true;
    }

    /**
     * Reads again a file indexed without the reports it could not read (a JSON-lines file's broken lines), unchanged
     * since: those reports fail again, with their reasons, and what it indexed stays as it is.
     */
    private void failAgain(CorpusFile file) {
        String path = file.relativePath();
        try {
            for (String lost : reader.read(file).lost()) {
                failed.add(new FileIssue(path, lost + " (its other reports are indexed)"));
            }
        } catch (ReportReadException | RuntimeException e) {
            failed.add(new FileIssue(path, "could not be read again: " + e.getMessage()
                    + " (its reports indexed before are kept)"));
        }
    }

    /**
     * The ids two or more files' names give, and those files' paths, found without a map of every file's id (a
     * million files' ids would take a few hundred MB): a sorted array of 64-bit hashes of the ids shows which are
     * repeated, and only files with a repeated hash have their id kept.
     */
    private static Map<String, List<String>> named(List<CorpusFile> all) {
        long[] hashes = new long[all.size()];
        int n = 0;
        for (CorpusFile f : all) {
            if (namedByPath(f)) {
                hashes[n++] = hash(f.defaultId());
            }
        }
        Arrays.sort(hashes, 0, n);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < n; i++) {
            if (hashes[i] == hashes[i - 1]) {
                repeated.add(hashes[i]);
            }
        }
        Map<String, List<String>> named = new HashMap<>();
        if (repeated.isEmpty()) {
            return named;
        }
        for (CorpusFile f : all) {
            if (namedByPath(f) && repeated.contains(hash(f.defaultId()))) {
                named.computeIfAbsent(f.defaultId(), id -> new ArrayList<>()).add(f.relativePath());
            }
        }
        named.values().removeIf(paths -> paths.size() < 2); // (two ids of one hash)
        return named;
    }

    private static boolean namedByPath(CorpusFile f) {
        return ReportReader.supports(f) && ReportReader.idFromPath(f) && !lockFile(f) && !f.linkInCorpus();
    }

    /** A 64-bit hash of a string (FNV-1a over its characters, then mixed). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    /** Whether a file is the lock an Office program keeps beside a document it has open ({@code ~$report.docx}). */
    private static boolean lockFile(CorpusFile f) {
        return f.file().getFileName().toString().startsWith("~$");
    }

    /** Whether this run deleted or replaced reports of {@code path} that the index held. */
    boolean rewrote(String path) {
        return replaced.contains(path);
    }

    /** Counts {@code path} (a file or folder not read) as failed, for {@code reason}. */
    void failed(String path, String reason) {
        failed.add(new FileIssue(path, reason));
    }

    SyncSummary summary(int deleted) {
        return new SyncSummary(added.get(), updated.get(), unchanged.get(), deleted, sorted(failed), sorted(skipped),
                sorted(warnings), reports.get());
    }

    private static List<FileIssue> sorted(List<FileIssue> issues) {
        synchronized (issues) {
            List<FileIssue> copy = new ArrayList<>(issues);
            copy.sort(java.util.Comparator.comparing(FileIssue::file).thenComparing(FileIssue::reason));
            return copy;
        }
    }
}
