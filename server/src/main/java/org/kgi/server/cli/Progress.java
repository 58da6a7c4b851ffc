package org.kgi.server.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.kgi.indexer.index.SyncListener;

/** How indexing progress is shown, closed when the run ends. */
interface Progress extends SyncListener, AutoCloseable {
    @Override
    default void close() {
    }

    /** A bar when {@code ./kgi} runs on a terminal (and not in CI), plain periodic lines otherwise. */
    static Progress forRun(PrintWriter err) {
        if ("1".equals(System.getenv("KGI_TERMINAL")) && System.getenv("CI") == null) {
            return new ProgressBarListener(new PrintStream(System.err, true));
        }
        return new ProgressLines(err);
    }
}
