package org.kgi.server.cli;

import java.io.PrintWriter;
import org.kgi.indexer.corpus.CorpusFile;

/** Progress as a plain line every few seconds: files and megabytes done, rate. */
final class ProgressLines implements Progress {
    private static final long EVERY_MILLIS = 2_000;
    private final PrintWriter out;
    private long files;
    private long bytes;
    private long doneFiles;
    private long doneBytes;
    private long start;
    private long lastPrint;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(long files, long bytes) {
        this.files = files;
        this.bytes = bytes;
        this.start = System.currentTimeMillis();
        this.lastPrint = start;
    }

    @Override
    public void fileDone(CorpusFile file) {
        doneFiles++;
        doneBytes += Math.max(0, file.size());
        long now = System.currentTimeMillis();
        if (now - lastPrint >= EVERY_MILLIS) {
            lastPrint = now;
            double secs = Math.max(0.001, (now - start) / 1000.0);
            out.printf("kgi: %d/%d files (%d%%), %.1f/%.1f MB, %.0f files/s%n", doneFiles, files,
                    files == 0 ? 100 : doneFiles * 100 / files, doneBytes / 1e6, bytes / 1e6, doneFiles / secs);
            out.flush();
        }
    }
}
