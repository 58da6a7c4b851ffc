package org.kgi.server.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kgi.indexer.corpus.CorpusFile;

/** A progress bar on the terminal: files done of all, megabytes, rate and time left. */
final class ProgressBarListener implements Progress {
    private final PrintStream out;
    private ProgressBar bar;
    private double totalMb;
    private long doneBytes;
    private long done;

    ProgressBarListener(PrintStream out) {
        this.out = out;
    }

    @Override
    public void started(long files, long bytes) {
        totalMb = bytes / 1e6;
        bar = new ProgressBarBuilder().setTaskName("indexing").setInitialMax(files).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).showSpeed().setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out)).build();
    }

    @Override
    public void fileDone(CorpusFile file) {
        done++;
        doneBytes += Math.max(0, file.size());
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(String.format(" %.1f/%.1f MB", doneBytes / 1e6, totalMb));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
