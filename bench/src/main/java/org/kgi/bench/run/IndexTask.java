package org.kgi.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.kgi.indexer.corpus.CorpusFile;
import org.kgi.indexer.corpus.CorpusWalker;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReadException;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.index.SyncListener;
import org.kgi.indexer.index.SyncSummary;
import org.kgi.server.Services;

/**
 * The two indexing runs compared, each meant to run alone in a child JVM: kgi's own synchronisation
 * (read, hash, extract, map, Lucene) and the bare-Lucene baseline over the same files read the same way.
 */
public final class IndexTask {
    /** kgi's IndexWriter RAM buffer ({@code KgiIndex}); the baseline uses the same. */
    static final double RAM_BUFFER_MB = org.kgi.indexer.index.KgiIndex.RAM_BUFFER_MB;

    /**
     * @param seconds      time of the indexing itself (JVM start-up excluded), commit included
     * @param files        files in the corpus
     * @param bytes        bytes of those files
     * @param reports      reports written to the index
     * @param changed      files (re)indexed (kgi: added + updated)
     * @param failed       files that failed
     * @param peakUsed     peak heap in use, bytes
     * @param peakLive     peak heap in use after a collection, bytes
     * @param peakRss      peak resident set size, bytes
     * @param collections  garbage collections during the run (peakLive is sampled at those)
     */
    public record Result(double seconds, long files, long bytes, long reports, long changed, long failed,
                         long peakUsed, long peakLive, long peakRss, long collections) {
    }

    private IndexTask() {
    }

    public static Result kgi(Path corpus, Path index, boolean full) throws Exception {
        long[] walked = new long[2];
        SyncListener listener = new SyncListener() {
            @Override
            public void started(long files, long bytes) {
                walked[0] = files;
                walked[1] = bytes;
            }
        };
        try (HeapSampler heap = new HeapSampler(); Services services = Services.open(index)) {
            long t0 = System.nanoTime();
            SyncSummary s = services.sync(corpus, full, listener);
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Result(seconds, walked[0], walked[1], s.reports(), s.added() + s.updated(), s.failed().size(),
                    heap.peakUsedBytes(), heap.peakLiveBytes(), HeapSampler.peakRssBytes(), HeapSampler.collections());
        }
    }

    /** Bare Lucene: StandardAnalyzer, a StringField id and an unstored TextField body, same RAM buffer. */
    public static Result lucene(Path corpus, Path index) throws Exception {
        Files.createDirectories(index);
        ReportReader reader = new ReportReader();
        long[] n = new long[4];
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(RAM_BUFFER_MB);
        try (HeapSampler heap = new HeapSampler(); FSDirectory dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, config)) {
            long t0 = System.nanoTime();
            try {
                new CorpusWalker(corpus).walk((CorpusFile f) -> {
                    n[0]++;
                    n[1] += Math.max(0, f.size());
                    try {
                        for (Report r : reader.read(f).reports()) {
                            Document doc = new Document();
                            doc.add(new StringField("id", r.id(), Field.Store.YES));
                            doc.add(new TextField("body", r.text(), Field.Store.NO));
                            writer.addDocument(doc);
                            n[2]++;
                        }
                        n[3]++;
                    } catch (ReportReadException e) {
                        // counted as failed below
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Result(seconds, n[0], n[1], n[2], n[3], n[0] - n[3], heap.peakUsedBytes(), heap.peakLiveBytes(),
                    HeapSampler.peakRssBytes(), HeapSampler.collections());
        }
    }
}
